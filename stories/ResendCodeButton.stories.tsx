import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ResendCodeButton } from '../src/components/ResendCodeButton';

const meta = {
  title: 'Components/ResendCodeButton',
  component: ResendCodeButton,
  args: { onResend: fn(), status: 'idle' },
  argTypes: {
    status: { control: 'inline-radio', options: ['idle', 'pending', 'success', 'error'] },
    variant: { control: 'inline-radio', options: ['link', 'button'] },
    remainingSeconds: { control: { type: 'number', min: 0 } },
    unstyled: { control: 'boolean' },
    theme: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Presentational: pass `status`, `endsAt` and `onResend`. Connected: pass `username` inside `CognitoConfirmProvider`.\n\n```tsx\n<ResendCodeButton username="jane" />\n```',
      },
    },
  },
} satisfies Meta<typeof ResendCodeButton>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The default: a quiet link after a prompt, so the screen's Confirm stays the one primary action. */
export const Idle: Story = {
  play: async ({ canvasElement, args }) => {
    await expect(canvasElement).toHaveTextContent('Didn’t get a code? Resend');
    const button = within(canvasElement).getByRole('button', { name: 'Resend' });
    await userEvent.click(button);
    await expect(args.onResend).toHaveBeenCalledTimes(1);
  },
};

export const Pending: Story = {
  args: { status: 'pending' },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Sending…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onResend).not.toHaveBeenCalled();
  },
};

/** A deadline near its end: the play function watches it finish instead of waiting 30 s. */
export const CooldownEnding: Story = {
  args: { status: 'success' },
  render: (args) => <ResendCodeButton {...args} endsAt={Date.now() + 3_000} />,
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button');
    await expect(button).toHaveAttribute('data-state', 'cooldown');
    await expect(within(canvasElement).getByRole('timer')).toHaveTextContent(/^0:0[1-3]$/);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'idle'), { timeout: 8_000 });
    await expect(button).toHaveAccessibleName('Resend');
  },
};

/** `variant="button"` keeps the bordered button. */
export const ButtonVariant: Story = {
  args: { variant: 'button' },
  play: async ({ canvasElement, args }) => {
    await expect(canvasElement).not.toHaveTextContent('Didn’t get a code?');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Resend code' }));
    await expect(args.onResend).toHaveBeenCalledTimes(1);
  },
};

export const Cooldown: Story = { args: { remainingSeconds: 27 } };

export const Failed: Story = {
  args: { status: 'error' },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Try again' }));
    await expect(args.onResend).toHaveBeenCalled();
  },
};

export const Connected: Story = {
  args: { username: 'jane' } as never,
  parameters: { cognito: { delayMs: 200 } },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Resend' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'pending'));
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'cooldown'));
    await expect(button).toHaveAttribute('aria-disabled', 'true');
  },
};
