export type CodeCharacters = 'digits' | 'alphanumeric';

/**
 * What a code input keeps of typed, pasted or autofilled text: NFKC folds full-width digits (from
 * Japanese and Chinese IMEs) to ASCII, separators like spaces and dashes go ("123 456", "123-456"),
 * anything else not allowed goes too, and the result is cut to `length`.
 */
export function sanitizeCode(raw: string, length: number, characters: CodeCharacters = 'digits'): string {
  const allowed = characters === 'digits' ? /\d/ : /[\p{L}\p{N}]/u;
  let result = '';
  for (const char of raw.normalize('NFKC')) {
    if (result.length >= length) break;
    if (allowed.test(char)) result += char;
  }
  return result;
}

/**
 * The code after a paste over the field's selection: a whole code replaces whatever was there,
 * wherever the caret was; a fragment goes in at the caret. Null when the paste held nothing usable.
 */
export function pasteIntoCode(
  value: string,
  raw: string,
  selection: { selectionStart: number | null; selectionEnd: number | null },
  length: number,
  characters: CodeCharacters,
): string | null {
  const pasted = sanitizeCode(raw, length, characters);
  if (!pasted) return null;
  if (pasted.length >= length) return pasted;
  const start = selection.selectionStart ?? value.length;
  const end = selection.selectionEnd ?? start;
  return sanitizeCode(value.slice(0, start) + pasted + value.slice(end), length, characters);
}
