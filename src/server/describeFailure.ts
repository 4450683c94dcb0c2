/**
 * A failure as one line of text for a log. Anything can be thrown or rejected with: an object without
 * a prototype (whose String() throws), an Error whose `message` getter throws, a huge string. None of
 * them may turn the log line itself into a second failure that changes the answer.
 */
export function describeFailure(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? String(error.message) : String(error);
  } catch {
    text = `(a thrown ${typeof error} that cannot be turned into text)`;
  }
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}

const MAX_LENGTH = 1_000;
