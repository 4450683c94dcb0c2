import type { MessageValue } from '../locales/en.js';

export type MessageValues = Record<string, string | number>;

/**
 * Fills `{name}` placeholders; for plural forms picks the category of `values.count` with
 * `Intl.PluralRules` in `locale`. Unknown placeholders stay visible, so a typo shows in review.
 */
export function formatMessage(message: MessageValue, values: MessageValues = {}, locale = 'en'): string {
  return formatMessageToParts(message, values, locale).join('');
}

/**
 * Like `formatMessage`, but returns the text split around placeholders whose value is not a
 * string or number (e.g. a React element), so UIs can put a live timer inside a sentence.
 */
export function formatMessageToParts<T>(
  message: MessageValue,
  values: Record<string, T | string | number> = {},
  locale = 'en',
): Array<string | T> {
  const template = typeof message === 'string' ? message : pickPlural(message, values['count'], locale);
  const parts: Array<string | T> = [''];
  // Split around placeholders: odd pieces are names. Neighbouring strings merge, so plain texts come back as one string.
  template.split(/\{(\w+)\}/).forEach((piece, index) => {
    const value = index % 2 === 0 ? piece : piece in values ? values[piece]! : `{${piece}}`;
    const part = typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
    const last = parts.length - 1;
    if (typeof part === 'string' && typeof parts[last] === 'string') parts[last] += part;
    else parts.push(part);
  });
  return parts.filter((part) => part !== '');
}

function pickPlural(forms: Exclude<MessageValue, string>, count: unknown, locale: string): string {
  if (typeof count !== 'number') return forms.other;
  const category = new Intl.PluralRules(locale).select(count);
  return forms[category] ?? forms.other;
}
