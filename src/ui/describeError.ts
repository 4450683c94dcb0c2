import type { PartialKitMessages } from '../locales/en.js';
import { errorTexts } from '../locales/en/errorTexts.js';
import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';
import { formatDuration } from './formatDuration.js';
import { formatMessage } from './formatMessage.js';
import type { DeliveryMedium } from '../core/protocol/operations.js';

/** The key of an error text (`error.*`). */
export type ErrorMessageKey = keyof typeof errorTexts;

export interface DescribeErrorContext {
  /** A catalogue (e.g. `de`) or some overrides; a text missing here is the English one. */
  messages: PartialKitMessages;
  locale?: string | undefined;
  /** How long the cooldown still runs: rate-limit texts say how long to wait. */
  remainingMs?: number | undefined;
  /** SMS delivery failures get the SMS-sandbox hint. */
  medium?: DeliveryMedium | undefined;
}

/** Which text explains `error` to the person on screen. */
export function errorMessageKey(error: Pick<CognitoConfirmError, 'code' | 'message' | 'field'>, medium?: DeliveryMedium): ErrorMessageKey {
  const { code } = error;
  // Cognito's built-in sender allows 50 emails a day; only the app owner can fix that (SES).
  if (code === 'LimitExceededException' && /daily email limit|amazon ses/i.test(error.message))
    return 'error.LimitExceededException.emailDaily';
  if (code === 'CodeDeliveryFailureException' && medium === 'SMS') return 'error.CodeDeliveryFailureException.sms';
  if (code === 'ValidationError') {
    if (error.field === 'ConfirmationCode' || error.field === 'Code') return 'error.ValidationError.code';
    if (error.field === 'Username') return 'error.ValidationError.username';
  }
  const key = `error.${code}`;
  return key in errorTexts ? (key as ErrorMessageKey) : 'error.UnknownError';
}

/** A sentence that tells the person what happened and what to do, in their language. */
export function describeError(error: Pick<CognitoConfirmError, 'code' | 'message' | 'field'>, context: DescribeErrorContext): string {
  const key = errorMessageKey(error, context.medium);
  const locale = context.locale ?? 'en';
  const waitMs = context.remainingMs && context.remainingMs > 0 ? context.remainingMs : 30_000;
  return formatMessage(context.messages[key] ?? errorTexts[key], { duration: formatDuration(waitMs, locale) }, locale);
}
