import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ConfirmationCodeInput } from '../src/components/ConfirmationCodeInput';

const meta = {
  title: 'Components/ConfirmationCodeInput',
  component: ConfirmationCodeInput,
  args: { onComplete: fn(), onChange: fn() },
  argTypes: {
    variant: { control: 'inline-radio', options: ['slots', 'single'] },
    characters: { control: 'inline-radio', options: ['digits', 'alphanumeric'] },
    length: { control: { type: 'number', min: 4, max: 10 } },
    theme: { control: 'object' },
    unstyled: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One real input (paste, SMS autofill and password managers work), drawn as boxes.\n\n```tsx\n<ConfirmationCodeInput onComplete={(code) => confirm(code)} />\n```',
      },
    },
  },
} satisfies Meta<typeof ConfirmationCodeInput>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByLabelText('Confirmation code');
    await userEvent.type(input, '12x34');
    await expect(input).toHaveValue('1234');
    await expect(args.onComplete).not.toHaveBeenCalled();
    await userEvent.type(input, '56');
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
  },
};

export const PasteWholeCode: Story = {
  args: { defaultValue: '9' },
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByLabelText('Confirmation code');
    await userEvent.click(input);
    await userEvent.paste('123 456');
    await expect(input).toHaveValue('123456');
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
  },
};

export const KeyboardEditing: Story = {
  args: { defaultValue: '1234', autoSubmit: false },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Confirmation code');
    await userEvent.click(input);
    await userEvent.keyboard('{End}{ArrowLeft}{Backspace}');
    await expect(input).toHaveValue('124');
  },
};

/** The error is linked to the field and what was typed stays. */
export const WithError: Story = {
  render: function Render(args) {
    const [value, setValue] = useState('000000');
    return (
      <ConfirmationCodeInput
        {...args}
        value={value}
        onChange={setValue}
        error="That code is not right. Check it and try again, or ask for a new one."
      />
    );
  },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Confirmation code');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/That code is not right/);
    await expect(input).toHaveValue('000000');
  },
};

export const SingleField: Story = { args: { variant: 'single' } };

export const EightLetters: Story = { args: { length: 8, characters: 'alphanumeric', defaultValue: 'AB12' } };

export const RightToLeft: Story = {
  render: (args) => (
    <div dir="rtl" lang="ar">
      <ConfirmationCodeInput {...args} label="رمز التأكيد" hint="أدخل الرمز المكون من 6 أرقام." defaultValue="123" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText('رمز التأكيد')).toHaveAttribute('dir', 'ltr');
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: '123456' } };
