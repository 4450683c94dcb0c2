import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Issue 30: a new flow adds no bytes to the others' use cases. The password reset's operations, password
// rule, answer reading and error texts are reachable only from the reset's own functions, hook and screen.
const repo = resolve(import.meta.dirname, '../../..');
const peers = Object.keys(JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8')).peerDependencies);

/** The production bundle of some named imports of the browser entry, as size-limit builds it. */
async function bundle(names: string): Promise<string> {
  const result = await build({
    stdin: { contents: `import { ${names} } from './src/index.ts';\nconsole.log(${names});`, resolveDir: repo, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    write: false,
    external: peers,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

// What only the reset has: its operations, the password form of InitiateAuth, the password scrubbing
// (withoutSecret searches an Error's stack too), and its two error texts.
const RESET_ONLY = [
  '"ForgotPassword"',
  '"ConfirmForgotPassword"',
  'PREFERRED_CHALLENGE',
  '.stack]',
  'Choose a password that meets all the rules shown.',
  'Choose a password you have not used recently.',
];

describe('the password reset is tree-shaken from the sign-up use cases', () => {
  it.each([
    ['the headless hooks', 'CognitoConfirmProvider, useResendConfirmationCode, useConfirmSignUp, useCooldown, createFetchTransport'],
    ['the headless hook', 'CognitoConfirmProvider, useCodeConfirmation, createFetchTransport'],
    ['the seed shape', 'CognitoConfirmProvider, ResendCodeButton, CooldownTimer, MaskedDestination, createFetchTransport'],
    ['the full screen', 'CognitoConfirmProvider, SignUpConfirmation, createFetchTransport'],
    ['the attribute screen', 'CognitoConfirmProvider, AttributeVerification, createFetchTransport'],
  ])('%s carry none of it', async (_, names) => {
    const code = await bundle(names);
    for (const marker of RESET_ONLY) expect(code, marker).not.toContain(marker);
  });

  it('the reset screen carries all of it (the markers are real)', async () => {
    const code = await bundle('CognitoConfirmProvider, PasswordReset, createFetchTransport');
    for (const marker of RESET_ONLY) expect(code, marker).toContain(marker);
  });
});
