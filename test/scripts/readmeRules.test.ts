// The rules scripts/check-readme.mjs holds README.md to besides compiling, on broken READMEs (so each
// rule can fail) and on the real one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  callsSignUp,
  extractBlocks,
  keepsSession,
  languageCountMismatches,
  shippedLocales,
  signUpBlocksWithoutSession,
} from '../../scripts/readmeRules.mjs';
import { DEFAULT_EMULATOR_IDS } from '../support/emulator.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const fence = (lang: string, code: string, comment = '') => `${comment ? `${comment}\n` : ''}\`\`\`${lang}\n${code}\n\`\`\`\n`;

const FETCH_SIGN_UP = `const r = await fetch(url, { headers: { 'X-Amz-Target': 'AWSCognitoIdentityProviderService.SignUp' } });
const answer = (await r.json()) as { Session?: string };
return { signUpSession: answer.Session };`;
const SDK_SIGN_UP = `const answer = await cognito.send(new SignUpCommand({ ClientId, Username }));
return { codeDeliveryDetails: answer.CodeDeliveryDetails, signUpSession: answer.Session };`;
const AMPLIFY_SIGN_UP = `import { signUp } from 'aws-amplify/auth';
import { AMPLIFY_AUTO_SIGN_IN_SESSION } from 'cognito-confirm-kit';
await signUp({ username, password, options: { autoSignIn: { authFlowType: 'USER_AUTH' } } });
export const signUpSession = AMPLIFY_AUTO_SIGN_IN_SESSION;`;

describe('every SignUp block keeps SignUp’s Session', () => {
  it.each([
    ['fetch', FETCH_SIGN_UP],
    ['AWS SDK v3', SDK_SIGN_UP],
    ['Amplify', AMPLIFY_SIGN_UP],
  ])('a %s SignUp that hands the Session on passes', (_name, code) => {
    expect(callsSignUp(code)).toBe(true);
    expect(keepsSession(code)).toBe(true);
  });

  it.each([
    ['fetch, Session never read', FETCH_SIGN_UP.replace('signUpSession: answer.Session', 'ok: true')],
    ['fetch, Session typed but not handed on', FETCH_SIGN_UP.replace('return { signUpSession: answer.Session };', 'return answer;')],
    ['AWS SDK v3, only the delivery details', SDK_SIGN_UP.replace(', signUpSession: answer.Session', '')],
    ['Amplify without autoSignIn', AMPLIFY_SIGN_UP.replace("autoSignIn: { authFlowType: 'USER_AUTH' }", 'userAttributes: {}')],
    ['Amplify without the marker', AMPLIFY_SIGN_UP.replace(/AMPLIFY_AUTO_SIGN_IN_SESSION/g, 'undefined')],
  ])('a SignUp block that drops it fails, at its fence line: %s', (_name, code) => {
    const markdown = `# App\n\ntext\n${fence('ts', code)}`;
    expect(signUpBlocksWithoutSession(extractBlocks(markdown))).toEqual([4]);
  });

  it('blocks that do not call SignUp are not held to it (ConfirmSignUp, SignUpConfirmation, a sh block)', () => {
    const markdown = [
      fence('tsx', '<SignUpConfirmation username="jane" />'),
      fence('ts', "await send('AWSCognitoIdentityProviderService.ConfirmSignUp');"),
      fence('sh', "curl -H 'X-Amz-Target: AWSCognitoIdentityProviderService.SignUp'"),
    ].join('\n');
    expect(signUpBlocksWithoutSession(extractBlocks(markdown))).toEqual([]);
  });

  it('README.md: each of its SignUp blocks (fetch, AWS SDK v3, Amplify at least) keeps the Session', () => {
    const blocks = extractBlocks(readme);
    const signUps = blocks.filter((block) => callsSignUp(block.code));
    expect(signUps.length).toBeGreaterThanOrEqual(3);
    expect(signUpBlocksWithoutSession(blocks)).toEqual([]);
  });
});

describe('the drop-in is one app, not pieces to merge', () => {
  it('README.md: one confirm page, which signs in, imported by the app; no hidden navigate', () => {
    const blocks = extractBlocks(readme);
    expect(blocks.filter((block) => /export function ConfirmPage\b/.test(block.code))).toHaveLength(1);
    const page = blocks.find((block) => block.file === 'ConfirmPage.tsx');
    expect(page?.code).toMatch(/signUpSession=\{/);
    expect(page?.code).toMatch(/onSignedIn=\{/);
    // Confirmed → straight on to signed in, not a detour through the sign-in page.
    expect(page?.code).not.toMatch(/onConfirmed=/);
    expect(blocks.find((block) => block.file === 'App.tsx')?.code).toMatch(/from '\.\/ConfirmPage'/);
    expect(blocks.filter((block) => /\bnavigate\b/.test(block.preamble))).toEqual([]);
  });

  it('a block names its file in the comment above it, with or without a preamble', () => {
    const [a, b] = extractBlocks(
      `${fence('tsx', 'export {}', '<!-- file: Page.tsx -->')}\n${fence('ts', 'x', '<!-- preamble: declare const x: 1; file: x.ts -->')}`,
    );
    expect(a).toMatchObject({ file: 'Page.tsx', preamble: '' });
    expect(b).toMatchObject({ file: 'x.ts', preamble: 'declare const x: 1;' });
  });
});

describe('the number of languages is counted from the package', () => {
  const withLocales = (names: string[]) => ({
    exports: { '.': {}, './core': {}, ...Object.fromEntries(names.map((name) => [`./locales/${name}`, {}])), './styles.css': '' },
  });

  it('counts ./locales/* exports', () => {
    expect(shippedLocales(withLocales(['en', 'de']))).toEqual(['en', 'de']);
    expect(shippedLocales({})).toEqual([]);
  });

  it('a README that says another number fails at that line; words and digits alike', () => {
    const markdown = 'light and dark, five languages.\n\nin 3 languages\nthose languages, other languages\nthree languages';
    const pkg = withLocales(['en', 'es', 'fr']);
    expect(languageCountMismatches(markdown, pkg)).toEqual([{ line: 1, said: 'five languages', shipped: 3 }]);
    // A locale added to the package makes every "three" wrong: nothing is hard-coded.
    expect(languageCountMismatches(markdown, withLocales(['en', 'es', 'fr', 'pt'])).map((m) => m.line)).toEqual([1, 3, 5]);
  });

  it('README.md says as many languages as package.json ships, and says it somewhere', () => {
    expect(languageCountMismatches(readme, packageJson)).toEqual([]);
    expect(readme).toMatch(/\b\w+ languages\b/);
  });
});

describe('README.md and the emulator agree', () => {
  it('the ids it shows are the emulator’s defaults', () => {
    expect(readme).toContain(`userPoolId: '${DEFAULT_EMULATOR_IDS.userPoolId}'`);
    expect(readme).toContain(`clientId: '${DEFAULT_EMULATOR_IDS.clientId}'`);
    for (const id of Object.values(DEFAULT_EMULATOR_IDS)) expect(readme).toContain(`\`${id}\``);
  });

  it('documents /_harness/info with every field it answers', () => {
    const section = readme.slice(readme.indexOf('GET /_harness/info'));
    for (const field of ['endpoint', 'userPoolId', 'clientId', 'secretClientId', 'testOnlyClientSecret', 'noUserAuthClientId']) {
      expect(section).toMatch(new RegExp(`\\b${field}: string`));
    }
  });
});
