'use client';
import { useId, type ReactNode } from 'react';
import type { ClientMetadata } from '../core/protocol/operations.js';
import type { CodeCharacters } from '../ui/sanitizeCode.js';
import type { KitMessageProps } from '../react/useKitMessages.js';
import type { KitStyleProps, useKitStyles } from './useKitStyles.js';

/** The props both composed screens share. */
export interface ScreenProps extends KitStyleProps, KitMessageProps {
  /** Cognito's ClientMetadata, passed to your Lambda triggers with each resend and confirm. */
  clientMetadata?: ClientMetadata | undefined;
  /** Overrides the provider's base cooldown between sends for this screen. */
  cooldownMs?: number | undefined;
  /** A human-check token for each code sent (see `useResendConfirmationCode`); needs the backend transport. */
  getHumanToken?: (() => Promise<string | undefined>) | undefined;
  /** Default 6. */
  codeLength?: number | undefined;
  /** Default `digits`. */
  characters?: CodeCharacters | undefined;
  /** Submit as soon as the code is complete. Default true. */
  autoSubmit?: boolean | undefined;
  /** Heading; `false` for none. */
  title?: ReactNode | false | undefined;
  /** Heading level of the title. Default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  /** `link` (default): "Didn't get a code? Resend" with the countdown inline; `button`: a bordered button. */
  resendVariant?: 'link' | 'button' | undefined;
  /** Fill and submit the code from the SMS where the browser supports WebOTP. Default true. */
  webOtp?: boolean | undefined;
  /** Focus the code field when the step opens. Default true. */
  autoFocus?: boolean | undefined;
  /** Rendered under the title, before the kit's parts. */
  header?: ReactNode | undefined;
  /** Rendered after the kit's parts. */
  footer?: ReactNode | undefined;
}

interface ScreenFrameProps extends Pick<ScreenProps, 'title' | 'headingLevel' | 'header' | 'footer'> {
  styles: ReturnType<typeof useKitStyles>;
  /** Exposed as `data-step` for styling. */
  step: string;
  defaultTitle: string;
  children: ReactNode;
}

/** The section both screens render: themed root, a heading that names the region, the app's slots. */
export function ScreenFrame({ styles, step, title, defaultTitle, headingLevel = 2, header, footer, children }: ScreenFrameProps) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section {...styles.root} data-step={step} aria-labelledby={title === false ? undefined : headingId}>
      {title !== false && (
        <Heading id={headingId} className={styles.slot('title', 'ck-title')}>
          {title ?? defaultTitle}
        </Heading>
      )}
      {header}
      {children}
      {footer}
    </section>
  );
}
