import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { CooldownTimer } from '../src/components/CooldownTimer';

const meta = {
  title: 'Components/CooldownTimer',
  component: CooldownTimer,
  args: { endsAt: null, onComplete: fn() },
  parameters: {
    docs: {
      description: {
        component:
          "Counts down to a deadline on the page's one shared clock; only its own text re-renders.\n\n```tsx\n<CooldownTimer endsAt={resend.endsAt} onComplete={() => announce('You can ask for a new code now.')} />\n```",
      },
    },
  },
} satisfies Meta<typeof CooldownTimer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Running: Story = {
  render: (args) => <CooldownTimer {...args} endsAt={Date.now() + 90_500} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('timer')).toHaveTextContent('1:31');
  },
};

/** Near its end: the play function sees it finish and call onComplete, without a long wait. */
export const Ending: Story = {
  render: (args) => <CooldownTimer {...args} endsAt={Date.now() + 1_200} />,
  play: async ({ canvasElement, args }) => {
    const timer = within(canvasElement).getByRole('timer');
    await waitFor(() => expect(timer).toHaveTextContent('0:00'), { timeout: 6_000 });
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledTimes(1));
  },
};

export const Finished: Story = { render: (args) => <CooldownTimer {...args} endsAt={Date.now() - 1} /> };

export const CustomFormat: Story = {
  render: (args) => <CooldownTimer {...args} endsAt={Date.now() + 42_500} format={(ms) => `${Math.ceil(ms / 1000)} s`} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('timer')).toHaveTextContent('43 s');
  },
};
