import { describe, expect, it } from 'vitest';
import { CognitoConfirmError } from '../../src/core/protocol/CognitoConfirmError';
import { describeError, errorMessageKey } from '../../src/ui/describeError';
import { formatCountdown, formatDuration } from '../../src/ui/formatDuration';
import { formatMessage, formatMessageToParts } from '../../src/ui/formatMessage';
import { en } from '../../src/locales/en';
import { de } from '../../src/locales/de';
import { resetErrorTexts } from '../../src/locales/en/resetErrorTexts';
import { CONFIRM_EXCEPTIONS, KIT_CODES, RESEND_EXCEPTIONS } from '../support/exceptionNames';

describe('formatMessage', () => {
  it('fills placeholders and picks plural forms with Intl.PluralRules', () => {
    expect(formatMessage('Sent to {destination}.', { destination: 'j***@e***.com' })).toBe('Sent to j***@e***.com.');
    const forms = { one: '{count} second', other: '{count} seconds' };
    expect(formatMessage(forms, { count: 1 })).toBe('1 second');
    expect(formatMessage(forms, { count: 2 })).toBe('2 seconds');
    expect(formatMessage({ one: 'un', many: 'beaucoup', other: 'autres' }, { count: 1_000_000 }, 'fr')).toBe('beaucoup');
    expect(formatMessage('Keep {unknown}', {})).toBe('Keep {unknown}');
  });

  it('splits around non-text values so a live element can sit inside a sentence', () => {
    const timer = { element: 'timer' };
    expect(formatMessageToParts<typeof timer>('Resend in {time}', { time: timer })).toEqual(['Resend in ', timer]);
    expect(formatMessageToParts('{time} まで', { time: timer })).toEqual([timer, ' まで']);
  });
});

describe('formatDuration and formatCountdown', () => {
  it('says durations in words through Intl, rounding up', () => {
    expect(formatDuration(1_000)).toBe('1 second');
    expect(formatDuration(30_000)).toBe('30 seconds');
    expect(formatDuration(59_001)).toBe('1 minute');
    expect(formatDuration(90_000)).toBe('1 minute and 30 seconds');
    expect(formatDuration(120_000, 'de')).toBe('2 Minuten');
    expect(formatDuration(1_000, 'fr')).toBe('1\u00a0seconde');
    expect(formatDuration(3_600_000 + 60_000)).toBe('1 hour and 1 minute');
  });

  it('says durations with Arabic and Hebrew plural forms (dual included), from Intl', () => {
    expect([1_000, 2_000, 3_000, 11_000, 60_000, 120_000].map((ms) => formatDuration(ms, 'ar'))).toEqual([
      'ثانية',
      'ثانيتان',
      '3 ثوان',
      '11 ثانية',
      'دقيقة',
      'دقيقتان',
    ]);
    expect(formatDuration(90_000, 'ar')).toBe('دقيقة و30 ثانية');
    expect(formatDuration(2_000, 'he')).toBe('שתי שניות');
  });

  it('shows m:ss, never 0:00 while time remains', () => {
    expect(formatCountdown(27_000)).toBe('0:27');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(15 * 60_000)).toBe('15:00');
    expect(formatCountdown(3_600_000 + 5_000)).toBe('1:00:05');
  });
});

describe('describeError', () => {
  const context = { messages: en };

  it('has a message for every error code the kit can report', () => {
    const codes = [...RESEND_EXCEPTIONS, ...CONFIRM_EXCEPTIONS, ...KIT_CODES];
    for (const code of codes) expect(errorMessageKey({ code, message: '' })).toBe(`error.${code}`);
    expect(errorMessageKey({ code: 'SomeNewException', message: '' })).toBe('error.UnknownError');
  });

  it("words the reset's errors from the messages given (resetErrorTexts are not in errorTexts, which every screen carries)", () => {
    for (const code of ['InvalidPasswordException', 'PasswordHistoryPolicyViolationException']) {
      const error = new CognitoConfirmError(code, 'Password did not conform with policy');
      // A sign-up screen's texts alone: the generic text, not a crash or a missing text.
      expect(errorMessageKey(error)).toBe('error.UnknownError');
      expect(describeError(error, { messages: {} })).toBe(en['error.UnknownError']);
      expect(errorMessageKey(error, undefined, resetErrorTexts)).toBe(`error.${code}`);
      expect(describeError(error, context)).toBe(en[`error.${code}` as keyof typeof en]);
      expect(describeError(error, { messages: de })).toBe(de[`error.${code}` as keyof typeof de]);
    }
    // A text given as undefined is no text.
    expect(
      errorMessageKey({ code: 'InvalidPasswordException', message: '' }, undefined, { 'error.InvalidPasswordException': undefined }),
    ).toBe('error.UnknownError');
  });

  it('says how long to wait after a rate limit', () => {
    const error = new CognitoConfirmError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');
    expect(describeError(error, { ...context, remainingMs: 60_000 })).toBe('Too many attempts. Please wait 1 minute before trying again.');
  });

  it('sends the daily email limit to the app owner, and SMS failures to the sandbox hint', () => {
    const daily = new CognitoConfirmError(
      'LimitExceededException',
      'Exceeded daily email limit for the operation or the account. If a higher limit is required, please configure your user pool to use your own Amazon SES configuration for sending email.',
    );
    expect(describeError(daily, context)).toMatch(/Amazon SES/);
    const delivery = new CognitoConfirmError('CodeDeliveryFailureException', 'Unable to deliver');
    expect(describeError(delivery, { ...context, medium: 'SMS' })).toMatch(/SMS sandbox/);
    expect(describeError(delivery, { ...context, medium: 'EMAIL' })).not.toMatch(/sandbox/);
  });

  it('points validation errors at the field', () => {
    expect(describeError(new CognitoConfirmError('ValidationError', 'x', { field: 'ConfirmationCode' }), context)).toMatch(
      /without spaces/,
    );
    expect(describeError(new CognitoConfirmError('ValidationError', 'x', { field: 'Username' }), context)).toMatch(/username or email/);
  });

  it('takes some overrides instead of a whole catalogue: the rest stays English', () => {
    const expired = new CognitoConfirmError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
    const mismatch = new CognitoConfirmError('CodeMismatchException', 'Invalid verification code provided, please try again.');
    const messages = { 'error.ExpiredCodeException': 'Old code. Ask for a new one.' };
    expect(describeError(expired, { messages })).toBe('Old code. Ask for a new one.');
    expect(describeError(mismatch, { messages })).toBe(en['error.CodeMismatchException']);
    expect(describeError(mismatch, { messages: {} })).toBe(en['error.CodeMismatchException']);
  });
});
