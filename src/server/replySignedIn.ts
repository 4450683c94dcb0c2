import type { AuthenticationResult, InitiateAuthResponse } from '../core/protocol/operations.js';
import type { HandlerSettings } from './checkHandlerOptions.js';
import type { UpstreamAnswer } from './forwardToCognito.js';
import { awaitHookReply, describeKind } from './hooks/awaitHookReply.js';
import { copyHeaders } from './hooks/copyHeaders.js';
import { relayUpstream } from './relayUpstream.js';

/**
 * Where the sign-in's answer is in the body: the whole body (InitiateAuth), or its `SignIn` member
 * (ConfirmForgotPassword followed by the handler's own sign-in).
 */
export type SignInPlace = 'body' | 'SignIn';

/**
 * Step 6 for a sign-in (InitiateAuth with ConfirmSignUp's Session, or the sign-in after a reset):
 * when Cognito answered tokens, the app's `onSignedIn` says what the browser gets (see
 * `SignedInReply`). A challenge, an error or an answer that is not JSON is relayed as any other. A
 * Response of any fetch implementation is sent instead; anything else it cannot mean (null, a string,
 * a Response-looking object that is not one) throws: never tokens the app may have meant to withhold.
 */
export async function replySignedIn(
  answer: UpstreamAnswer,
  context: { request: Request; username: string },
  settings: Pick<HandlerSettings, 'timeoutMs' | 'maxResponseBytes'> & { onSignedIn: NonNullable<HandlerSettings['onSignedIn']> },
  secrets: ReadonlyArray<string | undefined>,
  place: SignInPlace = 'body',
): Promise<Response> {
  const relayed = relayUpstream(answer, secrets);
  const result = answer.status === 200 ? readResult(answer.bytes, place) : undefined;
  if (!result) return relayed;

  const reply = await awaitHookReply('onSignedIn', settings.onSignedIn(result, context), settings);
  if (reply.value === undefined) return relayed;
  if (reply.response) return reply.response;
  const {
    headers,
    tokens = 'send',
    ...unknown
  } = (isObject(reply.value) ? reply.value : { tokens: 'invalid' }) as {
    headers?: unknown;
    tokens?: unknown;
  };
  if (Object.keys(unknown).length > 0 || (tokens !== 'send' && tokens !== 'withhold')) {
    throw new TypeError(
      `onSignedIn must return undefined, a Response or { headers?, tokens?: 'send' | 'withhold' }, not ${describeKind(reply.value)}.`,
    );
  }
  // The app's headers (Set-Cookie…) first; the relay's JSON and security headers win over them.
  const merged = copyHeaders(headers);
  for (const [name, value] of relayed.headers) merged.set(name, value);
  const withheld = { AuthenticationResult: { ExpiresIn: result.ExpiresIn, TokenType: result.TokenType } };
  const body = tokens === 'withhold' ? JSON.stringify(place === 'SignIn' ? { SignIn: withheld } : withheld) : await relayed.text();
  return new Response(body, { status: 200, headers: merged });
}

/**
 * A plain object (of any realm): an instance of a class is not `{ headers, tokens }` but something
 * else (a Response this kit does not recognise, say), whose absent fields would mean "send the tokens".
 */
function isObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

/** Whether Cognito answered tokens (not a challenge, not an error). */
export function answeredTokens(answer: UpstreamAnswer): boolean {
  return answer.status === 200 && readResult(answer.bytes, 'body') !== undefined;
}

function readResult(bytes: Uint8Array, place: SignInPlace): AuthenticationResult | undefined {
  try {
    const body = JSON.parse(new TextDecoder().decode(bytes)) as
      | (InitiateAuthResponse & { SignIn?: InitiateAuthResponse | undefined })
      | null;
    const result = (place === 'SignIn' ? body?.SignIn : body)?.AuthenticationResult;
    return typeof result === 'object' && result !== null ? result : undefined;
  } catch {
    return undefined;
  }
}
