import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SignUpConfirmation } from '../src/components/SignUpConfirmation';

const SIGN_UP_DETAILS = { Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } as const;

const meta = {
  title: 'Screens/SignUpConfirmation',
  component: SignUpConfirmation,
  args: { username: 'jane', codeDeliveryDetails: SIGN_UP_DETAILS, onConfirmed: fn() },
  argTypes: { theme: { control: 'object' }, unstyled: { control: 'boolean' }, codeLength: { control: { type: 'number', min: 4, max: 8 } } },
  parameters: {
    docs: {
      description: {
        component:
          'The whole step. Stories run against an in-browser scenario transport (accepted code: 123456).\n\n```tsx\n<CognitoConfirmProvider config={config}>\n  <SignUpConfirmation username={username} codeDeliveryDetails={signUp.CodeDeliveryDetails} onConfirmed={goToSignIn} />\n</CognitoConfirmProvider>\n```',
      },
    },
  },
} satisfies Meta<typeof SignUpConfirmation>;
export default meta;
type Story = StoryObj<typeof meta>;

const resendButton = (canvas: HTMLElement) => within(canvas).getByRole('button', { name: /Resend|Sending|Try again/ });

export const Idle: Story = {};

/** Right after sign-up: Cognito has just sent a code, so Resend waits the cooldown from then (`codeSentAt`). */
export const JustSignedUp: Story = {
  render: (args) => <SignUpConfirmation {...args} codeSentAt={Date.now() - 5_000} />,
  play: async ({ canvasElement }) => {
    // The cooldown store is read after mount: wait for it rather than assume the first frame has it.
    await waitFor(() => expect(resendButton(canvasElement)).toHaveAttribute('data-state', 'cooldown'));
    await expect(within(canvasElement).getByRole('timer')).toHaveTextContent(/^0:2[0-5]$/);
  },
};

/** Click resend → pending → cooldown with the button inert and focus in the code field. */
export const ResendThenCooldown: Story = {
  play: async ({ canvasElement }) => {
    const button = resendButton(canvasElement);
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'pending'));
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'cooldown'));
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(within(canvasElement).getByRole('timer')).toHaveTextContent(/^0:(30|2\d)$/);
    await expect(within(canvasElement).getByLabelText('Confirmation code')).toHaveFocus();
  },
};

export const Pending: Story = {
  parameters: { cognito: { resend: 'slow', delayMs: 1_000 } },
  play: async ({ canvasElement }) => {
    const button = resendButton(canvasElement);
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAccessibleName('Sending…'));
  },
};

/** Paste a whole code → auto-submit → success. */
export const PasteAndConfirm: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByLabelText('Confirmation code'));
    await userEvent.paste('123 456');
    await waitFor(() => expect(canvasElement).toHaveTextContent('Your account is confirmed.'));
    await expect(args.onConfirmed).toHaveBeenCalledWith('jane');
  },
};

/** A wrong code: the error, the code kept; then the right one. */
export const CodeMismatchThenRetry: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Confirmation code');
    await userEvent.type(input, '000000');
    await waitFor(() => expect(canvasElement).toHaveTextContent('That code is not right.'));
    await expect(input).toHaveValue('000000');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(input);
    await userEvent.type(input, '123456');
    await waitFor(() => expect(canvasElement).toHaveTextContent('Your account is confirmed.'));
  },
};

export const ExpiredCode: Story = {
  parameters: { cognito: { confirm: 'ExpiredCodeException' } },
  play: async ({ canvasElement }) => {
    await userEvent.type(within(canvasElement).getByLabelText('Confirmation code'), '123456');
    await waitFor(() => expect(canvasElement).toHaveTextContent('That code has expired. Use Resend below to get a new one.'));
  },
};

export const RateLimited: Story = {
  parameters: { cognito: { resend: 'LimitExceededException' } },
  play: async ({ canvasElement }) => {
    await userEvent.click(resendButton(canvasElement));
    // The sentence counts down with the button's timer.
    await waitFor(() => expect(canvasElement).toHaveTextContent(/Too many attempts\. You can ask for a new code in (1:00|0:5\d)\./));
    await expect(within(canvasElement).getByRole('timer')).toHaveTextContent(/^(1:00|0:5\d)$/);
  },
};

export const EmailDailyLimit: Story = {
  parameters: {
    cognito: { resend: 'LimitExceededException', errorMessage: 'Exceeded daily email limit for the operation or the account.' },
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(resendButton(canvasElement));
    await waitFor(() => expect(canvasElement).toHaveTextContent('Amazon SES'));
  },
};

export const SmsDeliveryFailed: Story = {
  args: { codeDeliveryDetails: { Destination: '+*******1234', DeliveryMedium: 'SMS', AttributeName: 'phone_number' } },
  parameters: { cognito: { resend: 'CodeDeliveryFailureException', medium: 'SMS' } },
  play: async ({ canvasElement }) => {
    await userEvent.click(resendButton(canvasElement));
    await waitFor(() => expect(canvasElement).toHaveTextContent('SMS sandbox'));
  },
};

export const Offline: Story = {
  parameters: { cognito: { resend: 'NetworkError' } },
  play: async ({ canvasElement }) => {
    await userEvent.click(resendButton(canvasElement));
    await waitFor(() => expect(canvasElement).toHaveTextContent('You seem to be offline.'));
    // No cooldown after a network failure: retry is available at once.
    await expect(resendButton(canvasElement)).toHaveAccessibleName('Try again');
    await expect(resendButton(canvasElement)).not.toHaveAttribute('aria-disabled');
  },
};

export const TimedOut: Story = {
  parameters: { cognito: { resend: 'timeout', delayMs: 200 } },
  play: async ({ canvasElement }) => {
    await userEvent.click(resendButton(canvasElement));
    await waitFor(() => expect(canvasElement).toHaveTextContent('This is taking too long.'));
  },
};

/** Submitting an incomplete code: refused on the spot, the field says what is missing, no request. */
export const ValidationError: Story = {
  args: { autoSubmit: false },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Confirmation code');
    await userEvent.type(input, '12');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(canvasElement).toHaveTextContent('The code is incomplete: 4 digits are missing.'));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveFocus();
  },
};

export const EnumerationSafe: Story = {
  args: { codeDeliveryDetails: undefined },
  parameters: { cognito: { resend: 'enumerationSafe' } },
};

export const AskForUsername: Story = {
  args: { username: undefined, codeDeliveryDetails: undefined },
  play: async ({ canvasElement }) => {
    await userEvent.type(within(canvasElement).getByLabelText('Username or email'), 'jane');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue' }));
    await expect(within(canvasElement).getByLabelText('Confirmation code')).toBeInTheDocument();
  },
};

export const Success: Story = {
  args: { initialCode: '123456' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(canvasElement).toHaveTextContent('Your account is confirmed.'));
  },
};
