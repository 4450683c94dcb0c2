import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SignUpConfirmation } from '../src/components/SignUpConfirmation';
import { ar } from '../src/locales/ar';
import { he } from '../src/locales/he';

const SIGN_UP_DETAILS = { Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } as const;

/**
 * The whole screen right to left: the canvas carries `dir="rtl"` (the `direction` global, as a page's
 * `<html dir="rtl">` would) and the kit inherits it. The layout mirrors; the code field, the masked
 * address and the countdown stay left to right.
 */
const meta = {
  title: 'Screens/SignUpConfirmation/Right to left',
  component: SignUpConfirmation,
  args: { username: 'jane', codeDeliveryDetails: SIGN_UP_DETAILS, onConfirmed: fn() },
  globals: { locale: 'ar', direction: 'rtl' },
  parameters: {
    docs: {
      description: {
        component:
          'Arabic and Hebrew. The kit takes its direction from the page: set `dir` on `<html>` (or on an element around the kit) together with the locale.\n\n```tsx\n<html lang="ar" dir="rtl">…\n<CognitoConfirmProvider config={{ ...config, messages: ar, locale: \'ar\' }}>\n  <SignUpConfirmation username={username} codeDeliveryDetails={details} />\n</CognitoConfirmProvider>\n```',
      },
    },
  },
} satisfies Meta<typeof SignUpConfirmation>;
export default meta;
type Story = StoryObj<typeof meta>;

const resendButton = (canvas: HTMLElement) => within(canvas).getByRole('button', { name: /^(إعادة|שליחה|ניסיון)/ });

/** Where each of `characters` is drawn, left to right on screen: bidi decides, not the DOM order. */
function drawnOrder(element: Element, characters: string[]): string[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const found: Array<{ character: string; left: number }> = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const character of characters) {
      const index = text.indexOf(character);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + character.length);
      found.push({ character, left: range.getBoundingClientRect().left });
    }
  }
  return found.sort((a, b) => a.left - b.left).map(({ character }) => character);
}

/** The right edge of an element's text (not of its box, which spans the line either way). */
function textRight(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect().right;
}

/** The screen in Arabic at 320 px: mirrored, with the code field, the address and the hint's digits readable. */
export const Arabic: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const section = canvasElement.querySelector('section')!;
    await expect(getComputedStyle(section).direction).toBe('rtl');
    await expect(canvas.getByRole('heading', { name: ar['signUp.title'] as string })).toBeVisible();

    // Mirrored: the title starts at the right edge, where the Confirm button ends.
    const confirm = canvas.getByRole('button', { name: ar['signUp.confirm'] as string });
    const title = canvas.getByRole('heading');
    await expect(Math.abs(textRight(title) - confirm.getBoundingClientRect().right)).toBeLessThan(2);
    await expect(textRight(title)).toBeGreaterThan(section.getBoundingClientRect().left + section.clientWidth / 2);

    // The code field reads left to right: the first box at the left.
    const input = canvas.getByLabelText(ar['code.label'] as string);
    await expect(getComputedStyle(input).direction).toBe('ltr');
    const slots = [...canvasElement.querySelectorAll('.ck-slot')].map((slot) => slot.getBoundingClientRect().left);
    await expect(slots).toHaveLength(6);
    await expect([...slots].sort((a, b) => a - b)).toEqual(slots);

    // The address keeps its order inside the Arabic sentence.
    const address = canvasElement.querySelector('.ck-address')!;
    await expect(address).toHaveTextContent('j***@e***.com');
    await expect(drawnOrder(address, ['j', '@', '.com'])).toEqual(['j', '@', '.com']);
  },
};

/** Resend, then the countdown: `m:ss` left to right inside the right-to-left link. */
export const ArabicCooldown: Story = {
  play: async ({ canvasElement }) => {
    const button = resendButton(canvasElement);
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'cooldown'));
    const timer = within(canvasElement).getByRole('timer');
    await expect(timer).toHaveTextContent(/^0:(30|2\d)$/);
    await expect(getComputedStyle(timer).direction).toBe('ltr');
    await expect(getComputedStyle(timer).unicodeBidi).toBe('isolate');
    await expect(drawnOrder(timer, ['0', ':'])).toEqual(['0', ':']);
    // Last in the sentence, so drawn at its left end.
    const range = document.createRange();
    range.selectNodeContents(button);
    await expect(Math.abs(timer.getBoundingClientRect().left - range.getBoundingClientRect().left)).toBeLessThan(2);
    await expect(within(canvasElement).getByLabelText(ar['code.label'] as string)).toHaveFocus();
  },
};

/** Rate limited: the sentence and its live countdown. */
export const ArabicRateLimited: Story = {
  parameters: { cognito: { resend: 'LimitExceededException' } },
  play: async ({ canvasElement }) => {
    await userEvent.click(resendButton(canvasElement));
    await waitFor(() => expect(canvasElement).toHaveTextContent(/محاولات كثيرة جدًا\. يمكنك طلب رمز جديد بعد (1:00|0:5\d)\./));
    await expect(within(canvasElement).getByRole('timer')).toHaveTextContent(/^(1:00|0:5\d)$/);
  },
};

/** The right code: the confirmed panel, mirrored. */
export const ArabicConfirmed: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.type(within(canvasElement).getByLabelText(ar['code.label'] as string), '123456');
    await waitFor(() => expect(canvasElement).toHaveTextContent(ar['signUp.success'] as string));
    await expect(args.onConfirmed).toHaveBeenCalledWith('jane');
  },
};

/**
 * Hebrew, a code by SMS: after a resend the sentence names the phone as plain text, isolated by the
 * catalogue (U+2066…U+2069), so `+*******1234` does not turn into `1234*******+`.
 */
export const HebrewSms: Story = {
  globals: { locale: 'he', direction: 'rtl' },
  args: { codeDeliveryDetails: { Destination: '+*******1234', DeliveryMedium: 'SMS', AttributeName: 'phone_number' } },
  parameters: { cognito: { destination: '+*******5678', medium: 'SMS' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: he['signUp.title'] as string })).toBeVisible();
    await expect(drawnOrder(canvasElement.querySelector('.ck-address')!, ['+', '1234'])).toEqual(['+', '1234']);
    await userEvent.click(resendButton(canvasElement));
    const sent = await waitFor(() => {
      const found = canvasElement.querySelector('p[data-state="sent"]');
      expect(found).toHaveTextContent('קוד חדש נשלח אל');
      return found!;
    });
    await expect(drawnOrder(sent, ['+', '5678'])).toEqual(['+', '5678']);
  },
};
