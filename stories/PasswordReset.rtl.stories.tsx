import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PasswordReset } from '../src/components/PasswordReset';
import { ar } from '../src/locales/ar';
import { he } from '../src/locales/he';
import { clearRememberedResets, PASSWORD_POLICY, STRONG_PASSWORD } from './support/passwordResetStory';

/**
 * The reset right to left: the canvas carries `dir="rtl"` (the `direction` global, as a page's
 * `<html dir="rtl">` would) and the kit inherits it. The layout mirrors; the code field, the masked
 * address and the countdown stay left to right.
 */
const meta = {
  title: 'Screens/PasswordReset/Right to left',
  component: PasswordReset,
  args: { passwordPolicy: PASSWORD_POLICY, onSignedIn: fn() },
  globals: { locale: 'ar', direction: 'rtl' },
  beforeEach: clearRememberedResets,
} satisfies Meta<typeof PasswordReset>;
export default meta;
type Story = StoryObj<typeof meta>;

const say = (messages: typeof ar, key: keyof typeof ar) => messages[key] as string;

/** The whole reset in Arabic at 320 px: mirrored, the code field and the address left to right, signed in at the end. */
export const Arabic: Story = {
  args: { username: 'ana' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const section = canvasElement.querySelector('section')!;
    await expect(getComputedStyle(section).direction).toBe('rtl');
    await expect(canvas.getByRole('heading', { name: say(ar, 'reset.title') })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: say(ar, 'reset.send') }));

    const code = await canvas.findByLabelText(say(ar, 'code.label'));
    await expect(getComputedStyle(code).direction).toBe('ltr');
    await expect(canvasElement.querySelector('.ck-address')).toHaveTextContent('j***@e***.com');
    const password = canvas.getByLabelText(say(ar, 'reset.passwordLabel'));
    await expect(password).toHaveAccessibleDescription(new RegExp(`^${say(ar, 'reset.rules')}`));

    await userEvent.type(code, '123456');
    await userEvent.type(password, STRONG_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: say(ar, 'reset.submit') }));
    await canvas.findByRole('heading', { name: say(ar, 'signUp.signedInTitle') });
  },
};

/** Hebrew, the username step rate limited: the sentence mirrored, its `m:ss` left to right and ticking. */
export const HebrewRateLimited: Story = {
  globals: { locale: 'he', direction: 'rtl' },
  parameters: { cognito: { resend: 'LimitExceededException' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(he['reset.usernameLabel'] as string), 'ana');
    await userEvent.click(canvas.getByRole('button', { name: he['reset.send'] as string }));
    const sentence = () => canvasElement.querySelector('[data-state="rate-limited"]');
    await waitFor(() => expect(sentence()).toHaveTextContent(/^יותר מדי ניסיונות\. אפשר לבקש קוד חדש בעוד (1:00|0:5\d)\.$/));
    const timer = sentence()!.querySelector('.ck-timer')!;
    await expect(getComputedStyle(timer).direction).toBe('ltr');
    const first = timer.textContent;
    await waitFor(() => expect(timer.textContent).not.toBe(first), { timeout: 5_000 });
  },
};
