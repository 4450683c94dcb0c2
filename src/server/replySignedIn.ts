import type { AuthenticationResult, InitiateAuthResponse } from '../core/protocol/operations.js';
import type { ConfirmationHandlerOptions, SignedInReply } from './ConfirmationHandlerOptions.js';
import type { UpstreamAnswer } from './forwardToCognito.js';
import { relayUpstream } from './relayUpstream.js';

/**
 * Step 6 for a sign-in (InitiateAuth with ConfirmSignUp's Session): when Cognito answered tokens, the
 * app's `onSignedIn` says what the browser gets (see `SignedInReply`). A challenge, an error or an
 * answer that is not JSON is relayed as any other.
 */
export async function replySignedIn(
  answer: UpstreamAnswer,
  context: { request: Request; username: string },
  onSignedIn: NonNullable<ConfirmationHandlerOptions['onSignedIn']>,
  secrets: ReadonlyArray<string | undefined>,
): Promise<Response> {
  const relayed = relayUpstream(answer, secrets);
  const result = answer.status === 200 ? readResult(answer.bytes) : undefined;
  if (!result) return relayed;

  const reply: SignedInReply | undefined = await onSignedIn(result, context);
  if (reply === undefined) return relayed;
  if (reply instanceof Response) return reply;
  const { headers, tokens = 'send', ...unknown } = isObject(reply) ? reply : { tokens: 'invalid' };
  if (Object.keys(unknown).length > 0 || (tokens !== 'send' && tokens !== 'withhold')) {
    throw new TypeError("onSignedIn must return undefined, a Response or { headers?, tokens?: 'send' | 'withhold' }.");
  }
  // The app's headers (Set-Cookie…) first; the relay's JSON and security headers win over them.
  const merged = new Headers(headers);
  for (const [name, value] of relayed.headers) merged.set(name, value);
  const body =
    tokens === 'withhold'
      ? JSON.stringify({ AuthenticationResult: { ExpiresIn: result.ExpiresIn, TokenType: result.TokenType } })
      : await relayed.text();
  return new Response(body, { status: 200, headers: merged });
}

function isObject(value: unknown): value is { headers?: HeadersInit | undefined; tokens?: string | undefined } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether Cognito answered tokens (not a challenge, not an error). */
export function answeredTokens(answer: UpstreamAnswer): boolean {
  return answer.status === 200 && readResult(answer.bytes) !== undefined;
}

function readResult(bytes: Uint8Array): AuthenticationResult | undefined {
  try {
    const result = (JSON.parse(new TextDecoder().decode(bytes)) as InitiateAuthResponse | null)?.AuthenticationResult;
    return typeof result === 'object' && result !== null ? result : undefined;
  } catch {
    return undefined;
  }
}
