import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { MaskedDestination } from '../src/components/MaskedDestination';

const meta = {
  title: 'Components/MaskedDestination',
  component: MaskedDestination,
  argTypes: { theme: { control: 'object' }, unstyled: { control: 'boolean' } },
  parameters: {
    docs: {
      description: {
        component: 'Where the code went, as text only.\n\n```tsx\n<MaskedDestination details={signUpResult.CodeDeliveryDetails} />\n```',
      },
    },
  },
} satisfies Meta<typeof MaskedDestination>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Email: Story = {
  args: { details: { Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('We sent a code by email to j***@e***.com.');
  },
};

export const Sms: Story = {
  args: { details: { Destination: '+*******1234', DeliveryMedium: 'SMS', AttributeName: 'phone_number' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('We sent a code by text message to +*******1234.');
  },
};

export const MissingDetails: Story = {
  args: {},
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('If an account exists for this name');
  },
};

export const LongAddress: Story = {
  args: { destination: `${'very.long.name.'.repeat(6)}person@${'department.'.repeat(5)}example.co.uk` },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('v***@d***.uk')).toBeVisible();
  },
};

export const RawEmailIsMasked: Story = {
  args: { destination: 'jane.doe@example.com' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).not.toHaveTextContent('jane.doe');
  },
};
