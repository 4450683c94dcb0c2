import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SignUpConfirmation, type SignUpConfirmationProps } from '../src/components/SignUpConfirmation';
import { ar } from '../src/locales/ar';
import { HOSTILE_HOST_CSS } from './support/hostileHostCss';
import { hostStyleLeaks } from './support/hostStyleLeaks';
import { textStartOffset } from './support/textStartOffset';

const SIGN_UP_DETAILS = { Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } as const;

/**
 * The screen dropped into an app that already has global CSS: create-vite's template (`#root { text-align:
 * center }`, `h1, h2 { font-weight: 500 }`…), Bootstrap's Reboot and Tailwind's preflight, all loaded
 * after the kit's stylesheet. Each story renders the screen twice, under that CSS and without it, and
 * its play function compares every element's computed style in Chromium: the kit's text stays
 * start-aligned and its title keeps its weight, while an app's own class still wins.
 */
const meta = {
  title: 'Screens/SignUpConfirmation/Under host styles',
  component: SignUpConfirmation,
  // No focus on opening and no submit on the last digit: two screens share the canvas, and focus would
  // style only one of them.
  args: { username: 'jane', codeDeliveryDetails: SIGN_UP_DETAILS, onConfirmed: fn(), autoFocus: false, autoSubmit: false },
  render: (args) => <UnderHostAndClean {...args} />,
  parameters: {
    // Answers at once: these stories are about styles, and two screens wait for them.
    cognito: { delayMs: 0 },
    // The same screen twice, to compare: two regions of one name are this page's doing, not the kit's.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
    docs: {
      description: {
        component:
          "The kit's stylesheet stands up to an app's global CSS (element rules such as `h2 {…}`, `p {…}`, `button {…}` and inherited ones such as `#root { text-align: center }`) without `!important`: its selectors weigh two element names (specificity 0,0,2) and its root declares what text inherits. Any class of the app (specificity 0,1,0) still wins. Top: under create-vite's, Bootstrap's and Tailwind's base CSS; bottom: without.",
      },
    },
  },
} satisfies Meta<typeof SignUpConfirmation>;
export default meta;
type Story = StoryObj<typeof meta>;

function UnderHostAndClean(props: SignUpConfirmationProps) {
  return (
    <>
      <style>{HOSTILE_HOST_CSS}</style>
      <div className="host-page" data-testid="under-host">
        <SignUpConfirmation {...props} />
      </div>
      {/* As wide as the host's wrapper, which has a 1 px border each side. */}
      <div data-testid="clean" style={{ marginTop: 16, borderInline: '1px solid transparent' }}>
        <SignUpConfirmation {...props} />
      </div>
    </>
  );
}

const screens = (canvasElement: HTMLElement) => ({
  underHost: within(canvasElement).getByTestId('under-host').querySelector('section')!,
  clean: within(canvasElement).getByTestId('clean').querySelector('section')!,
});

/** A ceiling for a loaded machine, not a timing expectation. */
const SETTLED = { timeout: 15_000 };

/**
 * Types `code` into both screens, then submits each: with autoSubmit the first screen's result could
 * take focus while the second is being typed into.
 */
async function confirmInBoth(canvasElement: HTMLElement, code: string) {
  const both = Object.values(screens(canvasElement));
  for (const screen of both) await userEvent.type(within(screen).getByRole('textbox'), code);
  for (const screen of both) await userEvent.click(within(screen).getByRole('button', { name: 'Confirm' }));
}

/** Start-aligned under the centring host: `text-align: start` and the text really begins at the line's start. */
async function expectStartAligned(elements: Element[]) {
  for (const element of elements) {
    await expect(getComputedStyle(element).textAlign, element.className).toBe('start');
    await expect(Math.abs(textStartOffset(element)), `${element.className}: text starts at the line's start`).toBeLessThan(1);
  }
}

/** Where the code went, the code field, Confirm and "Resend": nothing of the host's CSS reaches in. */
export const Idle: Story = {
  play: async ({ canvasElement }) => {
    const { underHost, clean } = screens(canvasElement);
    // The host really is hostile: its wrapper centres, and its h2 rule would make the title 500.
    await expect(getComputedStyle(underHost.parentElement!).textAlign).toBe('center');
    await expect(hostStyleLeaks(underHost, clean)).toEqual([]);
    const title = underHost.querySelector('.ck-title')!;
    await expect(title.tagName).toBe('H2');
    await expect(getComputedStyle(title).fontWeight).toBe('650');
    await expectStartAligned([
      title,
      underHost.querySelector('.ck-destination')!,
      underHost.querySelector('.ck-hint')!,
      underHost.querySelector('.ck-resend')!,
    ]);
  },
};

/** A wrong code: the error (with its "!" badge) and the bordered Resend button. */
export const WrongCode: Story = {
  args: { resendVariant: 'button', headingLevel: 1 },
  play: async ({ canvasElement }) => {
    await confirmInBoth(canvasElement, '000000');
    const { underHost, clean } = screens(canvasElement);
    await waitFor(() => expect(underHost.querySelector('.ck-error')).toBeVisible(), SETTLED);
    await waitFor(() => expect(clean.querySelector('.ck-error')).toBeVisible(), SETTLED);
    await expect(hostStyleLeaks(underHost, clean)).toEqual([]);
    await expect(getComputedStyle(underHost.querySelector('h1.ck-title')!).fontWeight).toBe('650');
    await expectStartAligned([underHost.querySelector('.ck-error')!]);
  },
};

/** Confirmed: the panel's icon, heading, text and the "Sign in" link (host `a {…}` rules). */
export const Confirmed: Story = {
  args: { signInHref: '#sign-in' },
  play: async ({ canvasElement }) => {
    await confirmInBoth(canvasElement, '123456');
    const { underHost, clean } = screens(canvasElement);
    await waitFor(() => expect(underHost.querySelector('.ck-success-title')).toBeVisible(), SETTLED);
    await waitFor(() => expect(clean.querySelector('.ck-success-title')).toBeVisible(), SETTLED);
    await expect(hostStyleLeaks(underHost, clean)).toEqual([]);
    await expectStartAligned([underHost.querySelector('.ck-success-title')!, underHost.querySelector('.ck-success-text')!]);
  },
};

/** Right to left, under the same host: the text starts at the right (`start`, not `left`). */
export const RightToLeft: Story = {
  globals: { locale: 'ar', direction: 'rtl' },
  play: async ({ canvasElement }) => {
    const { underHost, clean } = screens(canvasElement);
    await expect(within(underHost).getByRole('heading', { name: ar['signUp.title'] as string })).toBeVisible();
    await expect(hostStyleLeaks(underHost, clean)).toEqual([]);
    await expect(getComputedStyle(underHost).direction).toBe('rtl');
    await expectStartAligned([
      underHost.querySelector('.ck-title')!,
      underHost.querySelector('.ck-hint')!,
      underHost.querySelector('.ck-resend')!,
    ]);
  },
};

const APP_CSS = `
.app-root { text-align: center; letter-spacing: 0.05em; }
.app-title { font-weight: 300; margin-block-end: 12px; }
.app-hint { font-size: 13px; }
.app-submit { background: rgb(102, 51, 153); color: rgb(255, 255, 255); border-radius: 0; }`;

/**
 * The app's own classes (`className`, `classNames`) still beat the kit, even from a stylesheet that
 * loads before it (moved to the top of <head> here), with the host's CSS around.
 */
export const AppClassesStillWin: Story = {
  args: { className: 'app-root', classNames: { title: 'app-title', hint: 'app-hint', submit: 'app-submit' } },
  beforeEach: () => {
    const style = document.createElement('style');
    style.textContent = APP_CSS;
    document.head.prepend(style);
    return () => style.remove();
  },
  play: async ({ canvasElement }) => {
    const { underHost } = screens(canvasElement);
    await expect(getComputedStyle(underHost)).toMatchObject({ textAlign: 'center', letterSpacing: '0.8px' });
    await expect(getComputedStyle(underHost.querySelector('.ck-title')!)).toMatchObject({ fontWeight: '300', marginBlockEnd: '12px' });
    await expect(getComputedStyle(underHost.querySelector('.ck-hint')!).fontSize).toBe('13px');
    await expect(getComputedStyle(within(underHost).getByRole('button', { name: 'Confirm' }))).toMatchObject({
      backgroundColor: 'rgb(102, 51, 153)',
      color: 'rgb(255, 255, 255)',
      borderTopLeftRadius: '0px',
    });
  },
};
