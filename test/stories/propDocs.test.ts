// Storybook's props tables come from scripts/prop-docs.mjs (tsc's view of each component's props,
// with the comments of the interfaces that declare them), committed as stories/support/propDocs.generated.json
// and applied by .storybook/withPropDocs.ts. A prop added to a component's type and not to its table,
// a prop without a comment, or a type shown as "union" fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withPropDocs } from '../../.storybook/withPropDocs';
import { OUTPUT, propDocs } from '../../scripts/prop-docs.mjs';
import { SignUpConfirmation } from '../../src/components/SignUpConfirmation';

const committed = JSON.parse(readFileSync(OUTPUT, 'utf8')) as ReturnType<typeof propDocs>;
const exported = [...readFileSync('src/components/index.ts', 'utf8').matchAll(/export \{ (\w+) \}/g)]
  .map((match) => match[1]!)
  .filter((name) => /^[A-Z]/.test(name));

describe('Storybook props tables', () => {
  // tsc emits the declarations of the components' whole import graph: seconds on a loaded machine.
  it('match the components’ types (else run `node scripts/prop-docs.mjs`)', { timeout: 120_000 }, () => {
    const fresh = propDocs();
    for (const [component, props] of Object.entries(fresh)) {
      expect(Object.keys(committed[component] ?? {}), `${component}: the props its type has`).toEqual(Object.keys(props));
    }
    expect(committed).toEqual(fresh);
  });

  it('cover every component the package exports, each prop typed and described', () => {
    expect(exported).toEqual(
      expect.arrayContaining(['SignUpConfirmation', 'AttributeVerification', 'ResendCodeButton', 'CognitoConfirmTheme']),
    );
    expect(Object.keys(committed).sort()).toEqual(exported.sort());
    for (const [component, props] of Object.entries(committed)) {
      expect(Object.keys(props).length, component).toBeGreaterThan(3);
      for (const [prop, doc] of Object.entries(props)) {
        expect(doc.type, `${component}.${prop}`).toMatch(/\S/);
        expect(doc.type, `${component}.${prop}`).not.toMatch(/^(union|other)$|\bundefined$|import\(/);
        expect(doc.description, `${component}.${prop} has a comment`).toMatch(/\S/);
      }
    }
  });

  it('list SignUpConfirmation’s sign-in props and the screen’s, with their types', () => {
    const table = committed['SignUpConfirmation']!;
    expect(table).toMatchObject({
      signUpSession: { type: 'string', category: 'Signing in' },
      onSignedIn: { type: '(result: AuthenticationResult, username: string) => void', category: 'Signing in' },
      onSignInChallenge: { type: '(challenge: InitiateAuthResponse, username: string) => void', category: 'Signing in' },
      onSignInError: { type: '(error: CognitoConfirmError, username: string) => void', category: 'Signing in' },
      headingLevel: { type: '1 | 2 | 3 | 4 | 5 | 6', category: 'Screen' },
      signInHref: { type: 'string | ((username: string) => string)' },
      classNames: { type: 'KitClassNames', category: 'Styling' },
      messages: { type: 'PartialKitMessages', category: 'Texts' },
    });
    expect(committed['AttributeVerification']!['accessToken']).toMatchObject({ type: 'string', required: true });
    // React's button attributes pass through ResendCodeButton but are not the kit's to document.
    expect(committed['ResendCodeButton']).not.toHaveProperty('onMouseEnter');
    expect(committed['ResendCodeButton']!['username']).toEqual(expect.objectContaining({ type: 'string' }));
  });

  it('are applied over react-docgen’s rows, keeping a story’s own controls', () => {
    const argTypes = withPropDocs({
      component: SignUpConfirmation,
      argTypes: {
        codeLength: { name: 'codeLength', control: { type: 'number', min: 4, max: 8 }, table: { type: { summary: 'union' } } },
      },
    } as unknown as Parameters<typeof withPropDocs>[0]);
    expect(argTypes['codeLength']).toMatchObject({
      control: { type: 'number', min: 4, max: 8 },
      table: { type: { summary: 'number' }, category: 'Screen' },
    });
    expect(argTypes['signUpSession']).toMatchObject({
      name: 'signUpSession',
      description: expect.stringContaining('SignUp'),
      table: { type: { summary: 'string' }, category: 'Signing in' },
    });
    expect(Object.keys(argTypes)).toEqual(expect.arrayContaining(Object.keys(committed['SignUpConfirmation']!)));
    expect(withPropDocs.secondPass).toBe(true);
  });
});
