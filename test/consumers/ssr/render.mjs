// Server-renders every exported component with react-dom/server in plain Node (no window), then
// hydrates the markup in jsdom and fails on any hydration mismatch or console error.
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import * as kit from 'cognito-confirm-kit';

if (typeof window !== 'undefined') throw new Error('window must not exist during the server render');

const config = {
  userPoolId: 'eu-west-1_Consumer1',
  clientId: 'consumerclient',
  transport: kit.createFetchTransport({ region: 'eu-west-1' }),
};
const details = { Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' };
const tree = () =>
  h(
    kit.CognitoConfirmProvider,
    { config },
    h(
      kit.CognitoConfirmTheme,
      { theme: { colorPrimary: 'teal' } },
      h(kit.SignUpConfirmation, { username: 'jane', codeDeliveryDetails: details }),
      h(kit.SignUpConfirmation, {}),
      h(kit.AttributeVerification, { accessToken: 'a.b.c' }),
      h(kit.ResendCodeButton, { username: 'jane' }),
      h(kit.ResendCodeButton, { status: 'idle' }),
      h(kit.CooldownTimer, { endsAt: null }),
      h(kit.MaskedDestination, { details }),
      h(kit.ConfirmationCodeInput, { defaultValue: '12' }),
    ),
  );

const html = renderToString(tree());
for (const text of [
  'Confirm your account',
  'j***@e***.com',
  'Verify your email address',
  'Didn’t get a code?',
  'Send code',
  '--ck-color-primary:teal',
]) {
  if (!html.includes(text)) throw new Error(`server markup lacks "${text}"`);
}

const { JSDOM } = await import('jsdom');
const dom = new JSDOM(`<!doctype html><div id="root">${html}</div>`, { url: 'http://localhost/', pretendToBeVisual: true });
for (const name of [
  'window',
  'document',
  'navigator',
  'HTMLElement',
  'Node',
  'localStorage',
  'requestAnimationFrame',
  'MutationObserver',
]) {
  Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true });
}
const problems = [];
const originalError = console.error;
console.error = (...args) => problems.push(args.map(String).join(' '));
const { hydrateRoot } = await import('react-dom/client');
const { act } = await import('react');
globalThis.IS_REACT_ACT_ENVIRONMENT = true;
await (act ?? ((fn) => fn()))(async () => {
  hydrateRoot(dom.window.document.getElementById('root'), tree(), {
    onRecoverableError: (error) => problems.push(`recoverable: ${error.message}`),
  });
});
console.error = originalError;
if (problems.length > 0) throw new Error(`hydration problems:\n${problems.join('\n')}`);
console.log(`ssr ok: ${html.length} bytes of markup, hydrated without mismatch`);
