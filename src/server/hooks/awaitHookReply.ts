import { settleWithin } from './settleWithin.js';
import { toPlatformResponse } from './toPlatformResponse.js';

export interface HookReply {
  /** What the hook answered, settled. */
  value: unknown;
  /** That answer as the platform's Response, when it is a Response of any fetch implementation. */
  response: Response | undefined;
}

/**
 * An app hook's answer (`beforeForward`, `onSignedIn`) within one `timeoutMs` budget, its Response's
 * body included and bounded by `maxResponseBytes`. Past the budget, or for a body too large or broken,
 * it throws: the handler answers 500, fail closed.
 */
export async function awaitHookReply(
  name: string,
  answer: unknown,
  settings: { timeoutMs: number; maxResponseBytes: number },
): Promise<HookReply> {
  const started = Date.now();
  const value: unknown = await settleWithin(answer, settings.timeoutMs, name);
  if (value === undefined) return { value, response: undefined };
  const deadlineMs = Math.max(1, settings.timeoutMs - (Date.now() - started));
  return { value, response: await toPlatformResponse(value, { name, maxBytes: settings.maxResponseBytes, deadlineMs }) };
}

/** The kind of value a hook answered, for the error: never the value itself (it may hold a token). */
export function describeKind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
