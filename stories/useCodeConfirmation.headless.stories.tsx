import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, type CSSProperties } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { CodeDeliveryDetails } from '../src/core/protocol/operations';
import type { CognitoOperation } from '../src/core/protocol/operations';
import { maskDestination } from '../src/core/protocol/maskDestination';
import { useCodeConfirmation } from '../src/react/useCodeConfirmation';
import { useCountdown } from '../src/react/useCountdown';
import { formatCountdown } from '../src/ui/formatDuration';

// The whole confirmation step from one hook with plain elements: none of the kit's components, no
// `ck-` class. The same scenario transport as the screen stories (preview.tsx) answers it.

const plain: CSSProperties = { font: 'inherit', color: 'inherit', background: 'transparent', border: '1px solid currentColor' };
const hidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

/** A ticking "0:27": only this re-renders every second, from the deadline the hook gives. */
function Countdown({ endsAt }: { endsAt: number | null }) {
  return <>{formatCountdown(useCountdown(endsAt))}</>;
}

interface HeadlessStepProps {
  username: string;
  codeDeliveryDetails?: CodeDeliveryDetails | undefined;
  /** Focus the field when the step opens (off on docs pages, where every story opens at once). */
  autoFocus?: boolean | undefined;
}

function HeadlessStep({ username, codeDeliveryDetails, autoFocus }: HeadlessStepProps) {
  const step = useCodeConfirmation({ username, codeDeliveryDetails, autoFocus });
  const titleId = useId();
  const { message, resendState } = step;
  const messageNode = message && (
    <p {...step.getMessageProps()} style={{ margin: 0 }}>
      {message.kind === 'rate-limited' ? message.parts(<Countdown key="time" endsAt={message.endsAt} />) : message.text}
    </p>
  );
  return (
    <section aria-labelledby={titleId} data-testid="headless" style={{ display: 'grid', gap: 12, maxWidth: 360 }}>
      <h2 id={titleId} style={{ margin: 0 }}>
        Confirm your account
      </h2>
      {step.panel === 'form' ? (
        <>
          <p style={{ margin: 0 }}>We sent a code to {maskDestination(step.codeDeliveryDetails?.Destination) || 'your email address'}.</p>
          <label htmlFor={step.getLabelProps().htmlFor}>{step.texts.codeLabel}</label>
          <input {...step.getInputProps()} style={{ ...plain, padding: 8, letterSpacing: '0.3em' }} />
          {message?.refersTo === 'code' && messageNode}
          <button {...step.getConfirmProps()} style={{ ...plain, padding: 8, fontWeight: 600 }}>
            {step.texts.confirm}
          </button>
          {message && message.refersTo !== 'code' && messageNode}
          <button {...step.getResendProps()} style={{ ...plain, padding: 4 }}>
            {resendState.state === 'pending' ? (
              'Sending…'
            ) : resendState.state === 'cooldown' ? (
              <>
                Resend in <Countdown endsAt={resendState.endsAt} />
              </>
            ) : (
              'Resend code'
            )}
          </button>
        </>
      ) : (
        <div {...step.getPanelProps()}>
          <h3 style={{ margin: 0 }}>{step.texts.panelTitle}</h3>
          <p>{step.texts.panelText}</p>
        </div>
      )}
      <div {...step.getLiveRegionProps()} style={hidden}>
        {step.announcement && <span key={step.announcement.id}>{step.announcement.text}</span>}
      </div>
    </section>
  );
}

const meta = {
  title: 'Hooks/useCodeConfirmation (Headless)',
  component: HeadlessStep,
  argTypes: { autoFocus: { control: 'boolean' } },
  args: {
    username: 'jane',
    autoFocus: true,
    codeDeliveryDetails: { Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
  },
} satisfies Meta<typeof HeadlessStep>;
export default meta;
type Story = StoryObj<typeof meta>;

type Call = { operation: CognitoOperation; params: unknown };
const recorded = (parameters: Record<string, unknown>) => (parameters['cognito'] as { record: Call[] }).record;
const parts = (canvas: HTMLElement) => {
  const root = within(canvas).getByTestId('headless');
  const view = within(root);
  return { root, view, input: view.getByLabelText('Confirmation code') };
};
/** The story's own markup carries nothing of the kit's look. */
const expectNoKitClasses = (root: HTMLElement) => expect(root.querySelectorAll('[class*="ck-"], [data-ck-live]')).toHaveLength(0);

/** Confirm with nothing or half a code: refused with a message on the field, nothing sent, focus stays. */
export const IncompleteCode: Story = {
  parameters: { cognito: { record: [] } },
  play: async ({ canvasElement, parameters }) => {
    const { root, view, input } = parts(canvasElement);
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.click(view.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(input).toHaveAccessibleDescription('Enter the 6-digit code.'));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveFocus();
    await userEvent.type(input, '1234{Enter}');
    await waitFor(() => expect(input).toHaveAccessibleDescription('The code is incomplete: 2 digits are missing.'));
    await expect(recorded(parameters)).toHaveLength(0);
    await expectNoKitClasses(root);
  },
};

/** A wrong code: the field keeps it and is described by what to do. */
export const WrongCode: Story = {
  play: async ({ canvasElement }) => {
    const { root, input } = parts(canvasElement);
    await userEvent.type(input, '000000');
    await waitFor(() => expect(input).toHaveAccessibleDescription('That code is not right. Check it and try again, or ask for a new one.'));
    await expect(input).toHaveValue('000000');
    await expect(input).toHaveFocus();
    await expectNoKitClasses(root);
  },
};

/** Resend: a visible "New code sent to …", then a countdown on the control, which stays focusable but inert. */
export const ResendCountdown: Story = {
  play: async ({ canvasElement }) => {
    const { root, view } = parts(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Resend code' }));
    const resend = await view.findByRole('button', { name: /^Resend in 0:\d\d$/ });
    await expect(root).toHaveTextContent('New code sent to j***@e***.com.');
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await expect(resend).toHaveAccessibleDescription('New code sent to j***@e***.com.');
    await expectNoKitClasses(root);
  },
};

/** Too many sends: the sentence ticks down with the control, which it describes. */
export const RateLimited: Story = {
  parameters: { cognito: { resend: 'LimitExceededException' } },
  play: async ({ canvasElement }) => {
    const { root, view } = parts(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Resend code' }));
    const resend = await view.findByRole('button', { name: /^Resend in \d+:\d\d$/ });
    await waitFor(() => expect(resend).toHaveAccessibleDescription(/^Too many attempts\. You can ask for a new code in \d+:\d\d\.$/));
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await expectNoKitClasses(root);
  },
};

/** The right code: the form gives way to the result, which takes focus. */
export const Confirmed: Story = {
  play: async ({ canvasElement }) => {
    const { root, view, input } = parts(canvasElement);
    await userEvent.type(input, '123456');
    const heading = await view.findByRole('heading', { name: 'Account confirmed' });
    await waitFor(() => expect(heading.parentElement).toHaveFocus());
    await expect(root).toHaveTextContent('Your account is confirmed. You can sign in now.');
    await expectNoKitClasses(root);
  },
};
