import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AttributeVerification } from '../src/components/AttributeVerification';
import { SignUpConfirmation } from '../src/components/SignUpConfirmation';
import { cooldownKey, createCooldownStore, type CooldownStore } from '../src/core/cooldown/createCooldownStore';
import { createMemoryStorage } from '../src/core/cooldown/cooldownStorage';
import type { CognitoOperation } from '../src/core/protocol/operations';
import { CognitoConfirmProvider } from '../src/react/CognitoConfirmProvider';
import { useCognitoConfirm } from '../src/react/useCognitoConfirm';

// The ordinary situations of the confirmation step, each ending well. Same scenario transport as the
// other screen stories (preview.tsx); `record` lets a play function count what was sent.

const SIGN_UP_DETAILS = { Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } as const;
const STORED_DELIVERY = { destination: 'j***@e***.com', medium: 'EMAIL' } as const;
// The pool and client the preview's provider uses.
const keyFor = (username: string, scope?: string) => cooldownKey('eu-west-1_Story123', 'storyclient', username, scope);

type Call = { operation: CognitoOperation; params: unknown };
const recorded = (parameters: Record<string, unknown>) => (parameters['cognito'] as { record: Call[] }).record;

const meta = {
  title: 'Screens/SignUpConfirmation/States',
  component: SignUpConfirmation,
  args: { username: 'jane', codeDeliveryDetails: SIGN_UP_DETAILS, onConfirmed: fn(), onSignIn: fn() },
} satisfies Meta<typeof SignUpConfirmation>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * What a reload or another tab finds: the same provider settings over a storage that already holds
 * a cooldown (as localStorage would).
 */
function StoredCooldown({ seed, children }: { seed: (store: CooldownStore) => void; children: ReactNode }) {
  const { config } = useCognitoConfirm();
  const [storage] = useState(() => {
    const memory = createMemoryStorage();
    seed(createCooldownStore({ storage: memory }));
    return memory;
  });
  return <CognitoConfirmProvider config={{ ...config, cooldownStorage: storage }}>{children}</CognitoConfirmProvider>;
}

const codeField = (canvas: HTMLElement) => within(canvas).getByLabelText('Confirmation code');

/** Confirm with nothing or half a code: refused on the spot, nothing sent, focus stays in the field. */
export const IncompleteCode: Story = {
  parameters: { cognito: { record: [] } },
  play: async ({ canvasElement, parameters }) => {
    const input = codeField(canvasElement);
    await waitFor(() => expect(input).toHaveFocus());
    const confirm = within(canvasElement).getByRole('button', { name: 'Confirm' });
    await userEvent.click(confirm);
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Enter the 6-digit code\./));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveFocus();
    await userEvent.type(input, '1234');
    await userEvent.click(confirm);
    await waitFor(() => expect(canvasElement).toHaveTextContent('The code is incomplete: 2 digits are missing.'));
    await expect(input).toHaveFocus();
    await expect(recorded(parameters)).toHaveLength(0);
  },
};

/** A tab left open after confirming in another: Cognito refuses with "Current status is CONFIRMED". */
export const AlreadyConfirmed: Story = {
  parameters: {
    cognito: { confirm: 'NotAuthorizedException', errorMessage: 'User cannot be confirmed. Current status is CONFIRMED' },
  },
  play: async ({ canvasElement, args }) => {
    await userEvent.type(codeField(canvasElement), '123456');
    const heading = await within(canvasElement).findByRole('heading', { name: 'Already confirmed' });
    await expect(canvasElement).toHaveTextContent('This account is already confirmed. Sign in to continue.');
    await expect(canvasElement.querySelector('.ck-error')).toBeNull();
    await waitFor(() => expect(heading.parentElement).toHaveFocus());
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Sign in' }));
    await expect(args.onSignIn).toHaveBeenCalledWith('jane');
    await expect(args.onConfirmed).not.toHaveBeenCalled();
  },
};

/** The same, found by Resend ("User is already confirmed."), with a Sign in link (`signInHref`). */
export const AlreadyConfirmedOnResend: Story = {
  args: { onSignIn: undefined, signInHref: '#sign-in' },
  parameters: { cognito: { resend: 'InvalidParameterException', errorMessage: 'User is already confirmed.' } },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Resend' }));
    const link = await within(canvasElement).findByRole('link', { name: 'Sign in' });
    await expect(link).toHaveAttribute('href', '#sign-in');
    await expect(canvasElement.querySelector('.ck-error')).toBeNull();
  },
};

/** An expired code: the message says so and points at Resend; a new code clears it. */
export const Expired: Story = {
  parameters: { cognito: { confirm: 'ExpiredCodeException' } },
  play: async ({ canvasElement }) => {
    const input = codeField(canvasElement);
    await userEvent.type(input, '123456');
    await waitFor(() => expect(canvasElement).toHaveTextContent('That code has expired. Use Resend below to get a new one.'));
    await expect(input).toHaveFocus();
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Resend' }));
    await waitFor(() => expect(canvasElement).not.toHaveTextContent('That code has expired.'));
    await waitFor(() => expect(input).toHaveFocus());
  },
};

/** After a reload during a rate limit: the reason comes back with the stored cooldown and counts down. */
export const RateLimitedAfterReload: Story = {
  render: (args) => (
    <StoredCooldown seed={(store) => store.start(keyFor('jane'), 'rateLimited', { destination: STORED_DELIVERY })}>
      <SignUpConfirmation {...args} codeDeliveryDetails={undefined} />
    </StoredCooldown>
  ),
  play: async ({ canvasElement }) => {
    const sentence = () => canvasElement.querySelector('[data-state="rate-limited"]')?.textContent ?? '';
    await waitFor(() => expect(sentence()).toMatch(/^Too many attempts\. You can ask for a new code in (1:00|0:5\d)\.$/));
    await expect(canvasElement).toHaveTextContent('We sent a code by email to j***@e***.com.');
    const first = sentence();
    await waitFor(() => expect(sentence()).not.toBe(first), { timeout: 5_000 });
    await expect(within(canvasElement).getByRole('button', { name: /^Resend in/ })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Another tab (or a reload without the app's state): the masked destination and the countdown come from the store. */
export const SecondTab: Story = {
  render: (args) => (
    <StoredCooldown seed={(store) => store.start(keyFor('jane'), 'sent', { destination: STORED_DELIVERY })}>
      <SignUpConfirmation {...args} codeDeliveryDetails={undefined} />
    </StoredCooldown>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('We sent a code by email to j***@e***.com.');
    await expect(within(canvasElement).getByRole('timer')).toHaveTextContent(/^0:(30|2\d)$/);
    await expect(canvasElement).toHaveTextContent(/Didn’t get a code\? Resend in 0:(30|2\d)/);
  },
};

/** Re-verifying an attribute when Cognito sends no delivery details: wording for re-verification. */
export const ReverifyWithoutDetails: Story = {
  parameters: { cognito: { details: false } },
  render: () => {
    const token = ['eyJhbGciOiJub25lIn0', btoa(JSON.stringify({ sub: 'story-person' })).replace(/=+$/, ''), 'sig'].join('.');
    return <AttributeVerification accessToken={token} />;
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(canvasElement).toHaveTextContent('We sent a code to the email address on your account.'));
    await expect(canvasElement).not.toHaveTextContent('If an account exists');
    await waitFor(() => expect(codeField(canvasElement)).toHaveFocus());
  },
};

/**
 * For stories that change a global (navigator.onLine, the WebOTP API): the docs page renders all its
 * stories in one window, where the change would reach every other story (all offline, every field
 * filled by the stubbed SMS, confirming and taking focus). They stay in the sidebar and the tests.
 */
const CANVAS_ONLY = ['!autodocs'];

const realOnLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
function setOnline(value: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value });
  window.dispatchEvent(new Event(value ? 'online' : 'offline'));
}

/** Offline: the screen says so before anything is sent; the buttons wait; back online, the person goes on. */
export const Offline: Story = {
  tags: CANVAS_ONLY,
  parameters: { cognito: { record: [] } },
  beforeEach: () => {
    setOnline(false);
    return () => {
      Reflect.deleteProperty(navigator, 'onLine');
      Object.defineProperty(Navigator.prototype, 'onLine', realOnLine);
      window.dispatchEvent(new Event('online'));
    };
  },
  play: async ({ canvasElement, parameters }) => {
    await expect(canvasElement).toHaveTextContent('You are offline. Nothing was sent: you can continue once you are back online.');
    const confirm = within(canvasElement).getByRole('button', { name: 'Confirm' });
    await expect(confirm).toHaveAttribute('aria-disabled', 'true');
    await userEvent.type(codeField(canvasElement), '123456');
    await userEvent.click(confirm);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Resend' }));
    await expect(recorded(parameters)).toHaveLength(0);
    setOnline(true);
    await waitFor(() => expect(confirm).not.toHaveAttribute('aria-disabled'));
    await expect(canvasElement).not.toHaveTextContent('You are offline.');
    await userEvent.click(confirm);
    await waitFor(() => expect(canvasElement).toHaveTextContent('Account confirmed'));
    await expect(recorded(parameters)).toHaveLength(1);
  },
};

/** WebOTP (Chrome on Android): the browser hands over the SMS code; the field fills and submits it. Stubbed here. */
export const WebOtp: Story = {
  tags: CANVAS_ONLY,
  parameters: { cognito: { record: [] } },
  beforeEach: () => stubWebOtp(() => '123456', 300),
  play: async ({ canvasElement, parameters, args }) => {
    await waitFor(() => expect(canvasElement).toHaveTextContent('Account confirmed'));
    await expect(args.onConfirmed).toHaveBeenCalledWith('jane');
    const calls = recorded(parameters);
    await expect(calls.map((call) => call.operation)).toEqual(['ConfirmSignUp']);
    await expect(calls[0]!.params).toMatchObject({ ConfirmationCode: '123456' });
  },
};

/**
 * WebOTP after a resend: the browser reads an old SMS with a wrong code; Resend asks it again (the
 * first request had answered), and the new SMS's code fills in and confirms.
 */
export const WebOtpAfterResend: Story = {
  tags: CANVAS_ONLY,
  parameters: { cognito: { record: [] } },
  beforeEach: ({ parameters }) => {
    const resent = () => recorded(parameters).some((call) => call.operation === 'ResendConfirmationCode');
    return stubWebOtp(() => (resent() ? '123456' : '000000'), 50);
  },
  play: async ({ canvasElement, parameters, args }) => {
    await waitFor(() => expect(canvasElement).toHaveTextContent('That code is not right'));
    await userEvent.click(within(canvasElement).getByRole('button', { name: /Resend/ }));
    await waitFor(() => expect(canvasElement).toHaveTextContent('Account confirmed'));
    await expect(args.onConfirmed).toHaveBeenCalledWith('jane');
    const calls = recorded(parameters);
    await expect(calls.map((call) => call.operation)).toEqual(['ConfirmSignUp', 'ResendConfirmationCode', 'ConfirmSignUp']);
    await expect(calls.map((call) => (call.params as { ConfirmationCode?: string }).ConfirmationCode)).toEqual([
      '000000',
      undefined,
      '123456',
    ]);
  },
};

/** After a resend, a visible "New code sent to …" (not only the announcement), until the next message. */
export const NewCodeSent: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Resend' }));
    const sent = await within(canvasElement).findByText('New code sent to j***@e***.com.');
    await expect(sent).toHaveAttribute('data-state', 'sent');
    await waitFor(() => expect(codeField(canvasElement)).toHaveFocus());
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(codeField(canvasElement)).toHaveAttribute('aria-invalid', 'true'));
    await expect(canvasElement).not.toHaveTextContent('New code sent');
  },
};

/**
 * Opened from a confirmation link (`codeFromUrl` puts the link's code here as `initialCode`): the code
 * waits for one tap on Confirm, never sent on load, since mail scanners open links and run pages.
 */
export const FromLink: Story = {
  args: { initialCode: '123456', autoFocus: false },
  parameters: { cognito: { record: [] } },
  play: async ({ canvasElement, parameters }) => {
    await expect(codeField(canvasElement)).toHaveValue('123456');
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-state="prefilled"]')).toHaveTextContent(
        'The code from your link is filled in. Select Confirm to finish.',
      ),
    );
    await expect(codeField(canvasElement)).not.toHaveAttribute('aria-invalid');
    await expect(operations(parameters)).not.toContain('ConfirmSignUp');
  },
};

/** Success: icon, heading, the next action. */
export const Confirmed: Story = {
  args: { initialCode: '123456' },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Confirm' }));
    await within(canvasElement).findByRole('heading', { name: 'Account confirmed' });
    await expect(canvasElement).toHaveTextContent('Your account is confirmed. You can sign in now.');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Sign in' }));
    await expect(args.onSignIn).toHaveBeenCalledWith('jane');
  },
};

const SIGN_UP_SESSION = 'story-sign-up-session-0123456789';
const operations = (parameters: Record<string, unknown>) => recorded(parameters).map((call) => call.operation);

/**
 * Signed in the moment the code is right: SignUp's Session (`signUpSession`) confirms, ConfirmSignUp's
 * signs in (InitiateAuth USER_AUTH, no password); the panel names the person, `onSignedIn` gets the tokens.
 */
export const SignedIn: Story = {
  args: { signUpSession: SIGN_UP_SESSION, onSignedIn: fn(), onSignInError: fn() },
  parameters: { cognito: { record: [] } },
  play: async ({ canvasElement, args, parameters }) => {
    await userEvent.type(codeField(canvasElement), '123456');
    const heading = await within(canvasElement).findByRole('heading', { name: 'You’re signed in' });
    await expect(canvasElement).toHaveTextContent('Signed in as jane.');
    await waitFor(() => expect(heading.parentElement).toHaveFocus());
    await expect(heading.parentElement).toHaveAttribute('data-state', 'signed-in');
    await expect(within(canvasElement).queryByRole('button', { name: 'Sign in' })).toBeNull();
    await expect(args.onConfirmed).toHaveBeenCalledWith('jane');
    await expect(args.onSignedIn).toHaveBeenCalledWith(
      expect.objectContaining({ IdToken: expect.stringMatching(/^[\w-]+\.[\w-]+\./), TokenType: 'Bearer' }),
      'jane',
    );
    await expect(args.onSignInError).not.toHaveBeenCalled();
    const [confirm, signIn] = recorded(parameters);
    await expect(confirm?.params).toMatchObject({ Session: SIGN_UP_SESSION });
    await expect(signIn?.params).toMatchObject({ AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'jane' } });
  },
};

/** A wrong code keeps SignUp's Session: the right one still signs in. */
export const SignedInAfterWrongCode: Story = {
  args: { signUpSession: SIGN_UP_SESSION, onSignedIn: fn() },
  play: async ({ canvasElement, args }) => {
    const input = codeField(canvasElement);
    await userEvent.type(input, '000000');
    await waitFor(() => expect(canvasElement).toHaveTextContent('That code is not right.'));
    await userEvent.clear(input);
    await userEvent.type(input, '123456');
    await within(canvasElement).findByRole('heading', { name: 'You’re signed in' });
    await expect(args.onSignedIn).toHaveBeenCalledTimes(1);
  },
};

/**
 * Fallback: SignUp's Session expired (AuthSessionValidity is 3–15 min). Cognito refuses it before the
 * code; the kit confirms again without it, and the person signs in as before. `onSignInError` says why.
 */
export const SignInSessionExpired: Story = {
  args: { signUpSession: SIGN_UP_SESSION, onSignedIn: fn(), onSignInError: fn() },
  parameters: { cognito: { session: 'expired', record: [] } },
  play: async ({ canvasElement, args, parameters }) => {
    await userEvent.type(codeField(canvasElement), '123456');
    await within(canvasElement).findByRole('heading', { name: 'Account confirmed' });
    await expect(operations(parameters)).toEqual(['ConfirmSignUp', 'ConfirmSignUp']);
    await expect(args.onSignInError).toHaveBeenCalledWith(expect.objectContaining({ code: 'NotAuthorizedException' }), 'jane');
    await expect(args.onSignedIn).not.toHaveBeenCalled();
    await expect(canvasElement.querySelector('.ck-error')).toBeNull();
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Sign in' }));
    await expect(args.onSignIn).toHaveBeenCalledWith('jane');
  },
};

/** Fallback: an app client without ALLOW_USER_AUTH refuses the sign-in; the person is confirmed, with Sign in. */
export const SignInNotEnabled: Story = {
  args: { signUpSession: SIGN_UP_SESSION, onSignInError: fn(), signInHref: (username: string) => `#sign-in?username=${username}` },
  parameters: {
    cognito: { signIn: 'InvalidParameterException', signInErrorMessage: 'USER_AUTH flow not enabled for this client' },
  },
  play: async ({ canvasElement, args }) => {
    await userEvent.type(codeField(canvasElement), '123456');
    const link = await within(canvasElement).findByRole('link', { name: 'Sign in' });
    await expect(link).toHaveAttribute('href', '#sign-in?username=jane');
    await expect(args.onSignInError).toHaveBeenCalledWith(expect.objectContaining({ code: 'InvalidParameterException' }), 'jane');
  },
};

/** Fallback: the pool asks for MFA. Confirmed, with Sign in; `onSignInChallenge` gets the challenge and its Session to continue. */
export const SignInChallenge: Story = {
  args: { signUpSession: SIGN_UP_SESSION, onSignInChallenge: fn(), onSignedIn: fn() },
  parameters: { cognito: { signIn: 'challenge' } },
  play: async ({ canvasElement, args }) => {
    await userEvent.type(codeField(canvasElement), '123456');
    await within(canvasElement).findByRole('heading', { name: 'Account confirmed' });
    await expect(args.onSignInChallenge).toHaveBeenCalledWith(
      expect.objectContaining({ ChallengeName: 'SMS_MFA', Session: expect.stringMatching(/./) }),
      'jane',
    );
    await expect(args.onSignedIn).not.toHaveBeenCalled();
  },
};

/** Fallback: the network fails after confirming. Confirmed all the same, with Sign in; `onSignInError` gets the NetworkError. */
export const SignInNetworkError: Story = {
  args: { signUpSession: SIGN_UP_SESSION, onSignInError: fn() },
  parameters: { cognito: { signIn: 'NetworkError' } },
  play: async ({ canvasElement, args }) => {
    await userEvent.type(codeField(canvasElement), '123456');
    await within(canvasElement).findByRole('heading', { name: 'Account confirmed' });
    await expect(within(canvasElement).getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(args.onSignInError).toHaveBeenCalledWith(expect.objectContaining({ code: 'NetworkError' }), 'jane');
  },
};

/** `resendVariant="button"` keeps a bordered resend button; Confirm stays the primary action. */
export const ResendAsButton: Story = {
  args: { resendVariant: 'button' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Resend code' })).toHaveAttribute('data-variant', 'button');
    await expect(canvasElement).not.toHaveTextContent('Didn’t get a code?');
  },
};

/**
 * A stubbed WebOTP API: each request answers after `delayMs` with the code `codeFor()` gives then,
 * unless aborted first. Returns the clean-up for `beforeEach`.
 */
function stubWebOtp(codeFor: () => string, delayMs: number): () => void {
  const get = fn(
    ({ signal }: { signal: AbortSignal }) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve({ type: 'otp', id: '', code: codeFor() }), delayMs);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new DOMException('aborted', 'AbortError'));
        });
      }),
  );
  Object.defineProperty(window, 'OTPCredential', { configurable: true, value: class OTPCredential {} });
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get } });
  return () => {
    Reflect.deleteProperty(window, 'OTPCredential');
    Reflect.deleteProperty(navigator, 'credentials');
  };
}
