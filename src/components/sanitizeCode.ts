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
