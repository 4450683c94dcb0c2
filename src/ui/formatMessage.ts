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
  const parts: Array<string | T> = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    if (!(name in values)) continue;
    parts.push(template.slice(last, match.index));
    const value = values[name]!;
    parts.push(typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  // Merge neighbouring strings so plain texts come back as one string.
  return parts.reduce<Array<string | T>>((merged, part) => {
    const previous = merged[merged.length - 1];
    if (typeof part === 'string' && typeof previous === 'string') merged[merged.length - 1] = previous + part;
    else if (part !== '') merged.push(part);
    return merged;
  }, []);
}

function pickPlural(forms: Exclude<MessageValue, string>, count: unknown, locale: string): string {
  if (typeof count !== 'number') return forms.other;
  const category = new Intl.PluralRules(locale).select(count);
  return forms[category] ?? forms.other;
}
