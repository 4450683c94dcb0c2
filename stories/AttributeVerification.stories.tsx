import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AttributeVerification } from '../src/components/AttributeVerification';

const meta = {
  title: 'Screens/AttributeVerification',
  component: AttributeVerification,
  args: { accessToken: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJzdG9yeSJ9.sig', attributeName: 'email', onVerified: fn() },
  argTypes: { attributeName: { control: 'inline-radio', options: ['email', 'phone_number'] }, theme: { control: 'object' } },
  parameters: {
    docs: {
      description: {
        component:
          'Re-verifying an email or phone number of a signed-in user.\n\n```tsx\n<AttributeVerification accessToken={session.accessToken} attributeName="email" onVerified={refreshProfile} />\n```',
      },
    },
  },
} satisfies Meta<typeof AttributeVerification>;
export default meta;
type Story = StoryObj<typeof meta>;

export const BeforeSending: Story = {};

/** Send code → code field → verify → done. */
export const SendAndVerify: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Send code' }));
    const input = await within(canvasElement).findByLabelText('Confirmation code');
    await expect(canvasElement).toHaveTextContent('We sent a code by email to j***@e***.com.');
    await userEvent.type(input, '123456');
    await waitFor(() => expect(canvasElement).toHaveTextContent('Verified. Thank you.'));
    await expect(args.onVerified).toHaveBeenCalled();
  },
};

export const PhoneNumber: Story = {
  args: { attributeName: 'phone_number' },
  parameters: { cognito: { medium: 'SMS', destination: '+*******1234' } },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(canvasElement).toHaveTextContent('We sent a code by text message to +*******1234.'));
  },
};

export const AliasExists: Story = {
  args: { codeDeliveryDetails: { Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } },
  parameters: { cognito: { confirm: 'AliasExistsException' } },
  play: async ({ canvasElement }) => {
    await userEvent.type(within(canvasElement).getByLabelText('Confirmation code'), '123456');
    await waitFor(() => expect(canvasElement).toHaveTextContent('Another account already uses this email or phone number.'));
  },
};
