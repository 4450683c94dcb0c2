'use client';
import type { ElementType, ReactNode } from 'react';
import { maskDestination } from '../core/protocol/maskDestination.js';
import type { CodeDeliveryDetails, DeliveryMedium } from '../core/protocol/operations.js';
import { destinationTexts } from '../locales/en/destinationTexts.js';
import { useKitMessages, type KitMessageProps } from '../react/useKitMessages.js';
import { useKitStyles, type KitStyleProps } from './useKitStyles.js';

export interface MaskedDestinationProps extends KitStyleProps, KitMessageProps {
  /** Cognito's CodeDeliveryDetails (from SignUp, a resend, or GetUserAttributeVerificationCode). */
  details?: CodeDeliveryDetails | undefined;
  /** A raw or masked address instead of `details`; masked here if it is raw. */
  destination?: string | undefined;
  /** With `destination`: `EMAIL` or `SMS` (picks the icon and the sentence). Default: guessed from the address. */
  medium?: DeliveryMedium | undefined;
  /** Element to render. Default `p`. */
  as?: ElementType | undefined;
  /** What to say when no destination is known. Default: the enumeration-safe sign-up sentence. */
  fallback?: ReactNode | undefined;
}

/**
 * "We sent a code by email to j***@e***.com." The address is always masked and always rendered as
 * text (never HTML). Without details (enumeration-safe mode, or an emulator that sends none) it
 * says so neutrally instead of inventing a destination.
 */
export function MaskedDestination({
  details,
  destination,
  medium,
  as: Element = 'p',
  fallback,
  messages,
  locale,
  ...styleProps
}: MaskedDestinationProps) {
  const { t, parts } = useKitMessages({ messages, locale }, destinationTexts);
  const { root, slot } = useKitStyles('destination', styleProps);
  const resolvedMedium = medium ?? details?.DeliveryMedium ?? (details?.AttributeName === 'phone_number' ? 'SMS' : undefined);
  const masked = maskDestination(destination ?? details?.Destination, resolvedMedium);

  if (!masked) {
    return (
      <Element {...root} data-medium="unknown">
        {fallback ?? t('destination.unknown')}
      </Element>
    );
  }
  const key =
    resolvedMedium === 'EMAIL' || (!resolvedMedium && masked.includes('@'))
      ? 'destination.email'
      : resolvedMedium === 'SMS'
        ? 'destination.sms'
        : 'destination.other';
  const isEmail = key === 'destination.email';
  return (
    <Element {...root} data-medium={isEmail ? 'email' : key === 'destination.sms' ? 'sms' : 'other'}>
      {key !== 'destination.other' && (
        <svg
          className={slot('icon', 'ck-icon')}
          width="16"
          height="16"
          viewBox="0 0 16 16"
          aria-hidden="true"
          focusable="false"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          {isEmail ? <path d="M1.75 3.5h12.5v9H1.75zM2 4l6 4.5L14 4" /> : <path d="M4.75 1.25h6.5v13.5h-6.5zM7 12.25h2" />}
        </svg>
      )}{' '}
      {parts(key, {
        destination: (
          <strong key="destination" className={slot('destination', 'ck-address')} dir="ltr">
            {masked}
          </strong>
        ),
      })}
    </Element>
  );
}
