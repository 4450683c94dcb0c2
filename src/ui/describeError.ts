import type { PartialKitMessages } from '../locales/en.js';
import { errorTexts } from '../locales/en/errorTexts.js';
import type { resetErrorTexts } from '../locales/en/resetErrorTexts.js';
import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';
import { formatDuration } from './formatDuration.js';
import { formatMessage } from './formatMessage.js';
import type { DeliveryMedium } from '../core/protocol/operations.js';

/** The key of an error text (`error.*`). */
export type ErrorMessageKey = keyof typeof errorTexts | keyof typeof resetErrorTexts;

export interface DescribeErrorContext {
  /** A catalogue (e.g. `de`) or some overrides; a text missing here is the English one. */
  messages: PartialKitMessages;
  locale?: string | undefined;
  /** How long the cooldown still runs: rate-limit texts say how long to wait. */
  remainingMs?: number | undefined;
  /** SMS delivery failures get the SMS-sandbox hint. */
  medium?: DeliveryMedium | undefined;
}

/**
 * Which text explains `error` to the person on screen. The reset's errors (`resetErrorTexts`) are not
 * in `errorTexts`, which every screen carries: their key comes back when `messages` (a catalogue, the
 * reset's texts) has it, else `error.UnknownError`.
 */
export function errorMessageKey(
  error: Pick<CognitoConfirmError, 'code' | 'message' | 'field'>,
  medium?: DeliveryMedium,
  messages?: PartialKitMessages,
): ErrorMessageKey {
  const { code } = error;
  // Cognito's built-in sender allows 50 emails a day; only the app owner can fix that (SES).
  if (code === 'LimitExceededException' && /daily email limit|amazon ses/i.test(error.message))
    return 'error.LimitExceededException.emailDaily';
  if (code === 'CodeDeliveryFailureException' && medium === 'SMS') return 'error.CodeDeliveryFailureException.sms';
  if (code === 'ValidationError') {
    if (error.field === 'ConfirmationCode' || error.field === 'Code') return 'error.ValidationError.code';
    if (error.field === 'Username') return 'error.ValidationError.username';
  }
  const key = `error.${code}` as ErrorMessageKey;
  return key in errorTexts || messages?.[key] ? key : 'error.UnknownError';
}

/** A sentence that tells the person what happened and what to do, in their language. */
export function describeError(error: Pick<CognitoConfirmError, 'code' | 'message' | 'field'>, context: DescribeErrorContext): string {
  const { messages } = context;
  const key = errorMessageKey(error, context.medium, messages);
  const locale = context.locale ?? 'en';
  const waitMs = context.remainingMs && context.remainingMs > 0 ? context.remainingMs : 30_000;
  return formatMessage(messages[key] ?? errorTexts[key as keyof typeof errorTexts], { duration: formatDuration(waitMs, locale) }, locale);
}
