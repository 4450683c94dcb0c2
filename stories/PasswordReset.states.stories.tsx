import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PasswordReset } from '../src/components/PasswordReset';
import type { CognitoOperation } from '../src/core/protocol/operations';
import { CognitoConfirmProvider } from '../src/react/CognitoConfirmProvider';
import { useCognitoConfirm } from '../src/react/useCognitoConfirm';
import { clearRememberedResets, PASSWORD_POLICY, rememberReset, STRONG_PASSWORD } from './support/passwordResetStory';

// What can go wrong on each step of a reset, and what the person sees. Same scenario transport as
// the other screens (preview.tsx): ForgotPassword follows `resend`, ConfirmForgotPassword `confirm`
// (code 123456), the sign-in with the new password `signIn`; `record` lets a play count requests.

type Call = { operation: CognitoOperation; params: unknown };
const recorded = (parameters: Record<string, unknown>) => (parameters['cognito'] as { record: Call[] }).record;
const operations = (parameters: Record<string, unknown>) => recorded(parameters).map((call) => call.operation);

const meta = {
  title: 'Screens/PasswordReset/States',
  component: PasswordReset,
  args: { passwordPolicy: PASSWORD_POLICY, onSignIn: fn(), onConfirmSignUp: fn() },
  beforeEach: clearRememberedResets,
} satisfies Meta<typeof PasswordReset>;
export default meta;
type Story = StoryObj<typeof meta>;

const canvasOf = (element: HTMLElement) => within(element);
const button = (element: HTMLElement, name: string | RegExp) => canvasOf(element).getByRole('button', { name });
const codeField = (element: HTMLElement) => canvasOf(element).getByLabelText('Confirmation code');
const passwordField = (element: HTMLElement) => canvasOf(element).getByLabelText('New password');
const message = (element: HTMLElement, state: string) => element.querySelector(`[data-state="${state}"]`);

/** Types `name` and sends: the username step's whole action. */
async function sendFor(element: HTMLElement, name = 'ana') {
  await userEvent.type(canvasOf(element).getByLabelText('Username or email'), name);
  await userEvent.click(button(element, 'Send code'));
}

/** On the code step (name given): the code, the new password, Reset. */
async function reset(element: HTMLElement, code = '123456', password = STRONG_PASSWORD) {
  await userEvent.click(button(element, 'Send code'));
  const field = await canvasOf(element).findByLabelText('Confirmation code');
  await userEvent.type(field, code);
  await userEvent.type(passwordField(element), password);
  await userEvent.click(button(element, 'Reset password'));
}

/** The provider's `enumerationSafe`: an unknown name is answered as if a code went out. */
function EnumerationSafe({ children }: { children: ReactNode }) {
  const { config } = useCognitoConfirm();
  return <CognitoConfirmProvider config={{ ...config, enumerationSafe: true }}>{children}</CognitoConfirmProvider>;
}

// The username step

/** No such account (UserNotFoundException), on a pool that says so: the message describes the name field. */
export const NotFound: Story = {
  parameters: { cognito: { resend: 'UserNotFoundException' } },
  play: async ({ canvasElement }) => {
    await sendFor(canvasElement, 'nobody');
    const field = canvasOf(canvasElement).getByLabelText('Username or email');
    await waitFor(() => expect(field).toHaveAccessibleDescription('We could not find that account. Check the name and try again.'));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveFocus();
    await expect(field).toHaveValue('nobody');
  },
};

/**
 * The same unknown name with the provider's `enumerationSafe` (the pool's PreventUserExistenceErrors):
 * the code step opens as for anyone, worded so that it tells nobody whether the account exists.
 */
export const EnumerationSafeWording: Story = {
  parameters: { cognito: { resend: 'UserNotFoundException' } },
  render: (args) => (
    <EnumerationSafe>
      <PasswordReset {...args} />
    </EnumerationSafe>
  ),
  play: async ({ canvasElement }) => {
    await sendFor(canvasElement, 'nobody');
    await waitFor(() =>
      expect(canvasElement).toHaveTextContent('If an account exists for nobody, we sent it a code. Check your email and text messages.'),
    );
    await expect(canvasElement.querySelector('.ck-error')).toBeNull();
    await waitFor(() => expect(codeField(canvasElement)).toHaveFocus());
  },
};

/** Signed up, never confirmed (UserNotConfirmedException): the way there, "Confirm sign-up" (`onConfirmSignUp` / `confirmSignUpHref`). */
export const NotConfirmed: Story = {
  parameters: { cognito: { resend: 'UserNotConfirmedException' } },
  play: async ({ canvasElement, args }) => {
    await sendFor(canvasElement);
    await waitFor(() =>
      expect(message(canvasElement, 'not-confirmed')).toHaveTextContent(
        'This account is not confirmed yet. Confirm your sign-up first, then sign in.',
      ),
    );
    await userEvent.click(button(canvasElement, 'Confirm sign-up'));
    await expect(args.onConfirmSignUp).toHaveBeenCalledWith('ana');
  },
};

/** No verified email or phone to send a code to (Cognito's InvalidParameterException "no registered/verified …"). */
export const NoVerifiedContact: Story = {
  parameters: {
    cognito: {
      resend: 'InvalidParameterException',
      errorMessage: 'Cannot reset password for the user as there is no registered/verified email or phone_number',
    },
  },
  play: async ({ canvasElement }) => {
    await sendFor(canvasElement);
    await waitFor(() =>
      expect(message(canvasElement, 'no-contact')).toHaveTextContent(
        'This account has no verified email address or phone number to send a code to. If you have just signed up, confirm your sign-up first.',
      ),
    );
    await expect(canvasElement).not.toHaveTextContent('registered/verified');
  },
};

/** Too many resets (LimitExceededException): the kit's own wait, ticking in the sentence; Send code waits too. */
export const RateLimited: Story = {
  parameters: { cognito: { resend: 'LimitExceededException', record: [] } },
  play: async ({ canvasElement, parameters }) => {
    await sendFor(canvasElement);
    const sentence = () => message(canvasElement, 'rate-limited')?.textContent ?? '';
    await waitFor(() => expect(sentence()).toMatch(/^Too many attempts\. You can ask for a new code in (1:00|0:5\d)\.$/));
    const first = sentence();
    await waitFor(() => expect(sentence()).not.toBe(first), { timeout: 5_000 });
    await expect(canvasOf(canvasElement).getByLabelText('Username or email')).not.toHaveAttribute('aria-invalid');
    await userEvent.click(button(canvasElement, 'Send code'));
    await expect(operations(parameters)).toEqual(['ForgotPassword']);
  },
};

// The code step

/** The wrong code: said beside the code field, which keeps it; the new password is kept too. */
export const WrongCode: Story = {
  args: { username: 'ana' },
  play: async ({ canvasElement }) => {
    await reset(canvasElement, '000000');
    await waitFor(() => expect(canvasElement).toHaveTextContent('That code is not right.'));
    await expect(codeField(canvasElement)).toHaveValue('000000');
    await expect(codeField(canvasElement)).toHaveAttribute('aria-invalid', 'true');
    await expect(passwordField(canvasElement)).toHaveValue(STRONG_PASSWORD);
  },
};

/**
 * An expired code (a reset code lives an hour; here the email's link opened late, so no send of this
 * page's is cooling down): Resend sends a new one in place, and the message goes.
 */
export const ExpiredCode: Story = {
  args: { username: 'ana', initialCode: '123456' },
  parameters: { cognito: { confirm: 'ExpiredCodeException', record: [] } },
  play: async ({ canvasElement, parameters }) => {
    await userEvent.type(passwordField(canvasElement), STRONG_PASSWORD);
    await userEvent.click(button(canvasElement, 'Reset password'));
    await waitFor(() => expect(canvasElement).toHaveTextContent('That code has expired. Use Resend below to get a new one.'));
    await userEvent.click(button(canvasElement, /^Resend/));
    await waitFor(() => expect(canvasElement).not.toHaveTextContent('That code has expired.'));
    await expect(canvasElement).toHaveTextContent('New code sent to j***@e***.com.');
    await expect(operations(parameters)).toEqual(['ConfirmForgotPassword', 'ForgotPassword']);
  },
};

/** Too many wrong codes (TooManyFailedAttemptsException): wait, then a new code. */
export const TooManyFailedAttempts: Story = {
  args: { username: 'ana' },
  parameters: { cognito: { confirm: 'TooManyFailedAttemptsException' } },
  play: async ({ canvasElement }) => {
    await reset(canvasElement);
    await waitFor(() => expect(canvasElement).toHaveTextContent('Too many wrong codes. Please wait a while, then ask for a new code.'));
    await expect(passwordField(canvasElement)).not.toHaveAttribute('aria-invalid');
  },
};

/** A password that misses a rule of the pool's policy: refused before sending, the field says why. */
export const WeakPassword: Story = {
  args: { username: 'ana' },
  parameters: { cognito: { record: [] } },
  play: async ({ canvasElement, parameters }) => {
    await reset(canvasElement, '123456', 'password');
    const field = passwordField(canvasElement);
    await waitFor(() => expect(field).toHaveAccessibleDescription(/^Choose a password that meets every rule below\./));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveFocus();
    await expect(canvasElement.querySelectorAll('li[data-met]')).toHaveLength(2);
    await expect(operations(parameters)).toEqual(['ForgotPassword']);
  },
};

/**
 * The app passed no policy, and Cognito names the rule the password broke (InvalidPasswordException
 * "Password did not conform with policy: Password must have uppercase characters"): the field says it.
 */
export const RuleCognitoNamed: Story = {
  args: { username: 'ana', passwordPolicy: undefined },
  parameters: {
    cognito: {
      confirm: 'InvalidPasswordException',
      errorMessage: 'Password did not conform with policy: Password must have uppercase characters',
    },
  },
  play: async ({ canvasElement }) => {
    await reset(canvasElement, '123456', 'lowercase!1');
    const field = passwordField(canvasElement);
    await waitFor(() => expect(field).toHaveAccessibleDescription('This password was refused. It needs: An uppercase letter.'));
    await expect(field).toHaveFocus();
    await expect(codeField(canvasElement)).not.toHaveAttribute('aria-invalid');
    await expect(canvasElement).not.toHaveTextContent('did not conform');
  },
};

/** The pool's password history (PasswordHistoryPolicyViolationException): a password used before. */
export const ReusedPassword: Story = {
  args: { username: 'ana' },
  parameters: { cognito: { confirm: 'PasswordHistoryPolicyViolationException' } },
  play: async ({ canvasElement }) => {
    await reset(canvasElement);
    const field = passwordField(canvasElement);
    await waitFor(() => expect(field).toHaveAccessibleDescription(/^You have used this password before\. Choose a new one\./));
    await userEvent.type(field, 'x');
    await waitFor(() => expect(field).not.toHaveAttribute('aria-invalid'));
  },
};

/** Resend has its own cooldown (the reset's, apart from sign-up's): ten clicks, one request. */
export const ResendCooldown: Story = {
  args: { username: 'ana' },
  parameters: { cognito: { record: [] } },
  play: async ({ canvasElement, parameters }) => {
    await userEvent.click(button(canvasElement, 'Send code'));
    const resend = await canvasOf(canvasElement).findByRole('button', { name: /^Resend/ });
    await waitFor(() => expect(resend).toHaveAttribute('data-state', 'cooldown'));
    await expect(canvasOf(canvasElement).getByRole('timer')).toHaveTextContent(/^0:(30|2\d)$/);
    await expect(codeField(canvasElement)).toHaveFocus();
    for (let click = 0; click < 10; click += 1) await userEvent.click(resend);
    await expect(operations(parameters)).toEqual(['ForgotPassword']);
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
  },
};

/**
 * After a reload: this tab kept the name (only the name, in sessionStorage, for up to an hour), so the
 * code step comes back, with "Use a different name". The code and the password were never kept.
 */
export const AfterReload: Story = {
  tags: ['!autodocs'],
  parameters: { cognito: { record: [] } },
  beforeEach: () => {
    rememberReset('ana');
  },
  play: async ({ canvasElement, parameters }) => {
    await waitFor(() => expect(codeField(canvasElement)).toHaveValue(''));
    await expect(passwordField(canvasElement)).toHaveValue('');
    await expect(operations(parameters)).toEqual([]);
    await userEvent.click(button(canvasElement, 'Use a different name'));
    await expect(canvasOf(canvasElement).getByLabelText('Username or email')).toHaveValue('ana');
    await expect(Object.keys(sessionStorage).filter((key) => key.startsWith('cognito-confirm-kit:reset:'))).toEqual([]);
  },
};
