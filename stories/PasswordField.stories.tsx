import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PasswordField, type PasswordFieldProps } from '../src/components/PasswordField';

const RULES = [
  { id: 'MinimumLength', label: 'At least 8 characters', test: (password: string) => [...password].length >= 8 },
  { id: 'RequireNumbers', label: 'A number', test: (password: string) => /\d/.test(password) },
];
const checked = (password: string) => RULES.map(({ id, label, test }) => ({ id, label, met: test(password) }));

/** The field as a form uses it: controlled, its rules checked against what is typed. */
function Controlled({ value: initial, ...props }: PasswordFieldProps) {
  const [value, setValue] = useState(initial);
  return (
    <PasswordField
      {...props}
      value={value}
      rules={props.rules && checked(value)}
      onChange={(next) => {
        setValue(next);
        props.onChange(next);
      }}
    />
  );
}

const meta = {
  title: 'Components/PasswordField',
  component: PasswordField,
  args: { value: '', onChange: fn(), rules: checked('') },
  render: (args) => <Controlled {...args} />,
  parameters: {
    docs: {
      description: {
        component:
          'The new-password field of `PasswordReset`: a label, Show password (a pressed/unpressed button), the rules as a list marked done or not yet in words, and a message. `usePasswordReset` gives `rules` with `met` for the password as typed.\n\n```tsx\n<PasswordField value={reset.password} onChange={reset.setPassword} rules={reset.rules} error={reset.passwordMessage?.text} />\n```',
      },
    },
  },
} satisfies Meta<typeof PasswordField>;
export default meta;
type Story = StoryObj<typeof meta>;

const field = (canvas: HTMLElement) => within(canvas).getByLabelText('New password');

/** Nothing typed: every rule not yet met, said in words as well as by the mark. */
export const RulesUnmet: Story = {
  play: async ({ canvasElement }) => {
    await expect(field(canvasElement)).toHaveAccessibleDescription(
      /^Your new password needs:\s*At least 8 characters \(not yet\)\s*A number \(not yet\)$/,
    );
    await expect(canvasElement.querySelectorAll('li[data-met]')).toHaveLength(0);
  },
};

/** Typing meets the rules one by one. */
export const RulesMet: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.type(field(canvasElement), 'passphrase');
    await expect(canvasElement.querySelectorAll('li[data-met]')).toHaveLength(1);
    await userEvent.type(field(canvasElement), '7');
    await expect(canvasElement.querySelectorAll('li[data-met]')).toHaveLength(2);
    await expect(field(canvasElement)).toHaveAccessibleDescription(/At least 8 characters \(done\)\s*A number \(done\)$/);
    await expect(args.onChange).toHaveBeenLastCalledWith('passphrase7');
  },
};

/** A refused password: the message describes the field, before its rules. */
export const WithError: Story = {
  args: { value: 'passphrase7', error: 'You have used this password before. Choose a new one.' },
  play: async ({ canvasElement }) => {
    await expect(field(canvasElement)).toHaveAttribute('aria-invalid', 'true');
    await expect(field(canvasElement)).toHaveAccessibleDescription(
      /^You have used this password before\. Choose a new one\. Your new password needs:/,
    );
  },
};

/** Show password: the same button, pressed; the field shows the text and keeps its value. */
export const Shown: Story = {
  args: { value: 'Str0ng!pass' },
  play: async ({ canvasElement }) => {
    const toggle = within(canvasElement).getByRole('button', { name: 'Show password' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(field(canvasElement)).toHaveAttribute('type', 'text');
    await expect(field(canvasElement)).toHaveValue('Str0ng!pass');
  },
};

/** Without rules (the app checks elsewhere): the label, the field and Show password alone. */
export const NoRules: Story = {
  args: { rules: undefined },
  play: async ({ canvasElement }) => {
    await expect(field(canvasElement)).not.toHaveAttribute('aria-describedby');
    await expect(canvasElement.querySelector('ul')).toBeNull();
  },
};
