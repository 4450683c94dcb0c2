import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, type CSSProperties } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { CognitoOperation } from '../src/core/protocol/operations';
import { useCodeConfirmation } from '../src/react/useCodeConfirmation';
import { useConfirmationLink } from '../src/react/useConfirmationLink';

// The page a confirmation link opens, from two hooks and plain elements: `useConfirmationLink` reads
// the link's `username` and `code` (and takes the code out of the address bar), `useCodeConfirmation`
// runs the step with the code prefilled. None of the kit's components, no `ck-` class. Each story
// opens the canvas at an address with the link's pairs (parameters.link) and puts it back afterwards.

const plain: CSSProperties = { font: 'inherit', color: 'inherit', background: 'transparent', border: '1px solid currentColor' };
const hidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

interface LinkLandingProps {
  /** Take `username` out of the address as well (a reload then has no name to come back to). */
  removeUsername?: boolean | undefined;
  /** Focus Confirm (or the field) when the step opens (off on docs pages, where every story opens at once). */
  autoFocus?: boolean | undefined;
}

function LinkLanding({ removeUsername, autoFocus }: LinkLandingProps) {
  const link = useConfirmationLink(true, { removeUsername });
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} data-testid="landing" style={{ display: 'grid', gap: 12, maxWidth: 360 }}>
      <h2 id={titleId} style={{ margin: 0 }}>
        Confirm your account
      </h2>
      {/* Nothing until the address is read (after mount): the step would open without the link's code. */}
      {!link.read ? null : link.username ? (
        // Keyed by the link: a code read later starts the step afresh with it.
        <Step key={`${link.username}\n${link.code ?? ''}`} username={link.username} code={link.code} autoFocus={autoFocus} />
      ) : (
        <p style={{ margin: 0 }}>Open the link from your email to confirm.</p>
      )}
    </section>
  );
}

function Step({ username, code, autoFocus }: { username: string; code: string | undefined; autoFocus: boolean | undefined }) {
  const step = useCodeConfirmation({ username, initialCode: code, autoFocus });
  const { message } = step;
  if (step.panel !== 'form') {
    return (
      <div {...step.getPanelProps()}>
        <h3 style={{ margin: 0 }}>{step.texts.panelTitle}</h3>
        <p>{step.texts.panelText}</p>
      </div>
    );
  }
  const messageNode = message && (
    <p {...step.getMessageProps()} style={{ margin: 0 }}>
      {message.text}
    </p>
  );
  return (
    <>
      <p style={{ margin: 0 }}>Confirming {username}.</p>
      <label htmlFor={step.getLabelProps().htmlFor}>{step.texts.codeLabel}</label>
      <input {...step.getInputProps()} style={{ ...plain, padding: 8, letterSpacing: '0.3em' }} />
      {message?.refersTo === 'code' && messageNode}
      <button {...step.getConfirmProps()} style={{ ...plain, padding: 8, fontWeight: 600 }}>
        {step.texts.confirm}
      </button>
      {message && message.refersTo !== 'code' && messageNode}
      <button {...step.getResendProps()} style={{ ...plain, padding: 4 }}>
        Resend code
      </button>
      <div {...step.getLiveRegionProps()} style={hidden}>
        {step.announcement && <span key={step.announcement.id}>{step.announcement.text}</span>}
      </div>
    </>
  );
}

const meta = {
  title: 'Hooks/useConfirmationLink (Headless)',
  component: LinkLanding,
  argTypes: { removeUsername: { control: 'boolean' }, autoFocus: { control: 'boolean' } },
  args: { removeUsername: false, autoFocus: true },
  parameters: { link: 'username=jane&code=123456' },
  // The canvas opens at the link's address (its own pairs kept), as a page opened from the email would.
  beforeEach: ({ parameters }) => {
    const before = `${location.pathname}${location.search}${location.hash}`;
    const pairs = parameters['link'] as string | undefined;
    if (pairs) history.replaceState(history.state, '', `${location.pathname}${location.search || '?'}&${pairs}${location.hash}`);
    return () => history.replaceState(history.state, '', before);
  },
} satisfies Meta<typeof LinkLanding>;
export default meta;
type Story = StoryObj<typeof meta>;

type Call = { operation: CognitoOperation; params: unknown };
const recorded = (parameters: Record<string, unknown>) => (parameters['cognito'] as { record: Call[] }).record;
const query = () => new URLSearchParams(location.search);
const landing = (canvas: HTMLElement) => within(within(canvas).getByTestId('landing'));
/** The story's own markup carries nothing of the kit's look. */
const expectNoKitClasses = (canvas: HTMLElement) =>
  expect(within(canvas).getByTestId('landing').querySelectorAll('[class*="ck-"], [data-ck-live]')).toHaveLength(0);

/**
 * Opened from the link: the code waits in the field for one tap on Confirm (never sent on load: mail
 * scanners open links), focus is on Confirm, which the notice describes. The code has left the address;
 * the name stays, so a reload comes back to this step.
 */
export const FromLink: Story = {
  parameters: { cognito: { record: [] } },
  play: async ({ canvasElement, parameters }) => {
    const view = landing(canvasElement);
    const input = await view.findByLabelText('Confirmation code');
    await waitFor(() => expect(input).toHaveValue('123456'));
    const confirm = view.getByRole('button', { name: 'Confirm' });
    await waitFor(() => expect(confirm).toHaveFocus());
    await expect(confirm).toHaveAccessibleDescription('The code from your link is filled in. Select Confirm to finish.');
    await waitFor(() => expect(query().get('code')).toBeNull());
    await expect(query().get('username')).toBe('jane');
    await expect(recorded(parameters)).toHaveLength(0);
    await expectNoKitClasses(canvasElement);
    await userEvent.click(confirm);
    await view.findByRole('heading', { name: 'Account confirmed' });
    await expect(recorded(parameters).map((call) => call.operation)).toEqual(['ConfirmSignUp']);
  },
};

/** The same page reloaded (only the name left in the address): the step for that name, the field empty and focused. */
export const Reloaded: Story = {
  parameters: { link: 'username=jane' },
  play: async ({ canvasElement }) => {
    const view = landing(canvasElement);
    const input = await view.findByLabelText('Confirmation code');
    await expect(input).toHaveValue('');
    await waitFor(() => expect(input).toHaveFocus());
    await expect(view.getByText('Confirming jane.')).toBeVisible();
    await expect(query().get('username')).toBe('jane');
  },
};

/** `removeUsername`: the name leaves the address with the code (a reload would then have none). */
export const RemoveUsername: Story = {
  args: { removeUsername: true },
  play: async ({ canvasElement }) => {
    const view = landing(canvasElement);
    await waitFor(() => expect(view.getByLabelText('Confirmation code')).toHaveValue('123456'));
    await waitFor(() => expect(query().has('username')).toBe(false));
    await expect(query().has('code')).toBe(false);
  },
};

/** An edited link whose name Cognito could not have sent (over 128 characters): not read, no step. */
export const UnusableName: Story = {
  parameters: { link: `username=${'a'.repeat(129)}&code=123456` },
  play: async ({ canvasElement }) => {
    const view = landing(canvasElement);
    await view.findByText('Open the link from your email to confirm.');
    await expect(view.queryByLabelText('Confirmation code')).toBeNull();
    // The code is taken out all the same; the unusable name stays as written.
    await waitFor(() => expect(query().has('code')).toBe(false));
  },
};
