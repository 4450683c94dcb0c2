import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PasswordReset } from '../src/components/PasswordReset';
import type { CognitoOperation } from '../src/core/protocol/operations';
import { clearRememberedResets, PASSWORD_POLICY, STRONG_PASSWORD } from './support/passwordResetStory';

// The reset from the name to signed in, over the same scenario transport as the other screens
// (preview.tsx): ForgotPassword is its send (`resend` outcome), ConfirmForgotPassword its code check
// (`confirm`, code 123456), InitiateAuth the sign-in with the new password (`signIn`).

type Call = { operation: CognitoOperation; params: unknown };
const recorded = (parameters: Record<string, unknown>) => (parameters['cognito'] as { record: Call[] }).record;
const operations = (parameters: Record<string, unknown>) => recorded(parameters).map((call) => call.operation);

const meta = {
  title: 'Screens/PasswordReset',
  component: PasswordReset,
  args: { passwordPolicy: PASSWORD_POLICY, onPasswordChanged: fn(), onSignedIn: fn(), onSignInError: fn(), onSignIn: fn() },
  argTypes: { theme: { control: 'object' } },
  // This tab remembers the name a code went to (sessionStorage): each story starts without one.
  beforeEach: clearRememberedResets,
  parameters: {
    docs: {
      description: {
        component:
          'Forgot password: the name (skipped when given) → "We sent a code to `j***@e***.com`" → the code and the new password with its rules, one Reset button → signed in with it, or "Password changed" with Sign in. Try `ana`, the code `123456` and `Str0ng!pass`.\n\n```tsx\n<PasswordReset passwordPolicy={pool.PasswordPolicy} codeFromUrl onSignedIn={(tokens) => signedIn(tokens)} signInHref="/sign-in" />\n```',
      },
    },
  },
} satisfies Meta<typeof PasswordReset>;
export default meta;
type Story = StoryObj<typeof meta>;

const canvasOf = (element: HTMLElement) => within(element);
const nameField = (element: HTMLElement) => canvasOf(element).getByLabelText('Username or email');
const codeField = (element: HTMLElement) => canvasOf(element).getByLabelText('Confirmation code');
const passwordField = (element: HTMLElement) => canvasOf(element).getByLabelText('New password');
const findCodeField = (element: HTMLElement) => canvasOf(element).findByLabelText('Confirmation code');

/** The first step: what happens next, the name, Send code. */
export const UsernameStep: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasOf(canvasElement).getByRole('heading', { name: 'Reset your password' })).toBeVisible();
    await expect(canvasElement).toHaveTextContent('Enter your username or email. We will send you a code to reset your password.');
    await expect(nameField(canvasElement)).toHaveAttribute('autocomplete', 'username');
    await expect(canvasOf(canvasElement).getByRole('button', { name: 'Send code' })).toBeVisible();
  },
};

/** Send code without a name: refused on the spot, nothing sent, focus in the field it describes. */
export const MissingName: Story = {
  parameters: { cognito: { record: [] } },
  play: async ({ canvasElement, parameters }) => {
    await userEvent.click(canvasOf(canvasElement).getByRole('button', { name: 'Send code' }));
    const field = nameField(canvasElement);
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    await expect(field).toHaveAccessibleDescription(/./);
    await expect(field).toHaveFocus();
    await expect(recorded(parameters)).toHaveLength(0);
  },
};

/** The app knows whose password it is (`username`): no name field, only what is about to happen. */
export const NameGiven: Story = {
  args: { username: 'ana' },
  parameters: { cognito: { record: [] } },
  play: async ({ canvasElement, parameters }) => {
    await expect(canvasElement).toHaveTextContent('We will send a code to reset the password of ana.');
    await expect(canvasOf(canvasElement).queryByLabelText('Username or email')).toBeNull();
    await userEvent.click(canvasOf(canvasElement).getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(codeField(canvasElement)).toHaveFocus(), { timeout: 3000 });
    await expect(operations(parameters)).toEqual(['ForgotPassword']);
    await expect(recorded(parameters)[0]?.params).toMatchObject({ Username: 'ana' });
    await expect(canvasOf(canvasElement).queryByRole('button', { name: 'Use a different name' })).toBeNull();
  },
};

/** The name, Send code: where the code went, the code, the new password with its rules, Reset. */
export const CodeStep: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(nameField(canvasElement), 'ana');
    await userEvent.click(canvasOf(canvasElement).getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(canvasElement).toHaveTextContent('We sent a code by email to j***@e***.com.'));
    await waitFor(() => expect(codeField(canvasElement)).toHaveFocus());
    const password = passwordField(canvasElement);
    await expect(password).toHaveAttribute('type', 'password');
    await expect(password).toHaveAttribute('autocomplete', 'new-password');
    await expect(password).toHaveAccessibleDescription(/Your new password needs:/);
    await expect(canvasOf(canvasElement).getByRole('button', { name: 'Reset password' })).toBeVisible();
    await expect(canvasOf(canvasElement).getByRole('button', { name: 'Use a different name' })).toBeVisible();
  },
};

/** The right code and a good password: changed, then signed in with it in the same step. */
export const SignedIn: Story = {
  args: { username: 'ana' },
  parameters: { cognito: { record: [] } },
  play: async ({ canvasElement, args, parameters }) => {
    await userEvent.click(canvasOf(canvasElement).getByRole('button', { name: 'Send code' }));
    await userEvent.type(await findCodeField(canvasElement), '123456');
    await userEvent.type(passwordField(canvasElement), STRONG_PASSWORD);
    await userEvent.click(canvasOf(canvasElement).getByRole('button', { name: 'Reset password' }));
    const heading = await canvasOf(canvasElement).findByRole('heading', { name: 'You’re signed in' });
    await expect(canvasElement).toHaveTextContent('Signed in as ana.');
    await waitFor(() => expect(heading.parentElement).toHaveFocus());
    await expect(canvasOf(canvasElement).queryByRole('button', { name: 'Sign in' })).toBeNull();
    await expect(args.onPasswordChanged).toHaveBeenCalledWith('ana');
    await expect(args.onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ TokenType: 'Bearer' }), 'ana');
    await expect(operations(parameters)).toEqual(['ForgotPassword', 'ConfirmForgotPassword', 'InitiateAuth']);
    await expect(recorded(parameters)[1]?.params).toMatchObject({ Username: 'ana', ConfirmationCode: '123456' });
    await expect(recorded(parameters)[2]?.params).toMatchObject({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: 'ana', PREFERRED_CHALLENGE: 'PASSWORD' },
    });
  },
};

/**
 * Changed, but signing in was not possible (here an app client without ALLOW_USER_AUTH): "Password
 * changed" with Sign in; `onSignInError` says why.
 */
export const PasswordChanged: Story = {
  args: { username: 'ana' },
  parameters: {
    cognito: { signIn: 'InvalidParameterException', signInErrorMessage: 'USER_AUTH flow not enabled for this client' },
  },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(canvasOf(canvasElement).getByRole('button', { name: 'Send code' }));
    await userEvent.type(await findCodeField(canvasElement), '123456');
    await userEvent.type(passwordField(canvasElement), STRONG_PASSWORD);
    await userEvent.click(canvasOf(canvasElement).getByRole('button', { name: 'Reset password' }));
    await canvasOf(canvasElement).findByRole('heading', { name: 'Password changed' });
    await expect(canvasElement).toHaveTextContent('Your password is changed. Sign in with your new password.');
    await expect(canvasElement.querySelector('.ck-error')).toBeNull();
    await expect(args.onSignInError).toHaveBeenCalledWith(expect.objectContaining({ code: 'InvalidParameterException' }), 'ana');
    await userEvent.click(canvasOf(canvasElement).getByRole('button', { name: 'Sign in' }));
    await expect(args.onSignIn).toHaveBeenCalledWith('ana');
  },
};

/**
 * Opened from the reset email's link (`createCustomMessageHandler`'s `resetUrl`; `codeFromUrl` hands
 * the link's code over as `initialCode`): the code is filled in, focus waits in the new password, and
 * nothing is sent until Reset.
 */
export const FromLink: Story = {
  args: { username: 'ana', initialCode: '123456' },
  parameters: { cognito: { record: [] } },
  play: async ({ canvasElement, parameters }) => {
    await expect(codeField(canvasElement)).toHaveValue('123456');
    await waitFor(() => expect(passwordField(canvasElement)).toHaveFocus());
    await expect(canvasElement.querySelector('[data-state="prefilled"]')).toHaveTextContent(
      'The code from your link is filled in. Select Reset password to finish.',
    );
    await expect(recorded(parameters)).toHaveLength(0);
    await userEvent.type(passwordField(canvasElement), STRONG_PASSWORD);
    await userEvent.click(canvasOf(canvasElement).getByRole('button', { name: 'Reset password' }));
    await canvasOf(canvasElement).findByRole('heading', { name: 'You’re signed in' });
    await expect(operations(parameters)).toEqual(['ConfirmForgotPassword', 'InitiateAuth']);
  },
};
