import type { HandlerSettings } from './checkHandlerOptions.js';
import { forwardToCognito, type UpstreamAnswer } from './forwardToCognito.js';
import { cognitoErrorType } from './limits/noCodeWasSent.js';

export interface ResetSignIn {
  /** ConfirmForgotPassword's answer with `SignIn` added, for the relay (which scrubs the secret). */
  answer: UpstreamAnswer;
  /** What InitiateAuth gave, for the events: Cognito's answer, the handler's own 502/504, or nothing when no time was left. */
  upstream: UpstreamAnswer | Response | undefined;
}

/** Cognito's members of the ConfirmForgotPassword the sign-in carries on, besides the username and password. */
const CARRIED = ['UserContextData', 'AnalyticsMetadata', 'ClientMetadata'] as const;
const MAX_MESSAGE_CHARS = 200;

/**
 * After Cognito accepted a ConfirmForgotPassword the handler relayed: InitiateAuth USER_AUTH with
 * PREFERRED_CHALLENGE PASSWORD and the password just set, for the same username, with the same
 * SecretHash, context and metadata, within what is left of `deadline`. The password goes to Cognito
 * and nowhere else: not into the answer, an event or an error. Returns undefined when Cognito's answer
 * to the reset is not a JSON object (relayed as it is, as a 502): only a reset known to have worked signs in.
 */
export async function signInAfterReset(
  confirmed: UpstreamAnswer,
  params: Readonly<Record<string, unknown>>,
  secretHash: string | undefined,
  deadline: number,
  settings: Pick<HandlerSettings, 'clientId' | 'endpoint' | 'fetch' | 'timeoutMs' | 'maxResponseBytes'>,
): Promise<ResetSignIn | undefined> {
  const reset = readObject(confirmed.bytes);
  if (!reset) return undefined;
  const username = params['Username'] as string;
  const password = params['Password'] as string;
  const signInParams: Record<string, unknown> = {
    AuthFlow: 'USER_AUTH',
    AuthParameters: {
      USERNAME: username,
      PREFERRED_CHALLENGE: 'PASSWORD',
      PASSWORD: password,
      ...(secretHash === undefined ? {} : { SECRET_HASH: secretHash }),
    },
    ClientId: settings.clientId,
  };
  for (const member of CARRIED) if (params[member] !== undefined) signInParams[member] = params[member];

  const left = deadline - Date.now();
  const upstream = left >= 1 ? await forwardToCognito('InitiateAuth', signInParams, { ...settings, timeoutMs: left }) : undefined;
  // Only the handler says how its sign-in went: a `SignIn` in Cognito's own answer is not kept.
  const { SignIn: _fromUpstream, ...rest } = reset;
  const body = { ...rest, SignIn: await describeSignIn(upstream, password) };
  return {
    answer: { status: confirmed.status, headers: confirmed.headers, bytes: new TextEncoder().encode(JSON.stringify(body)) },
    upstream,
  };
}

/** Cognito's InitiateAuth answer as it came, or why signing in failed: `{ __type, message }`. */
async function describeSignIn(upstream: UpstreamAnswer | Response | undefined, password: string): Promise<Record<string, unknown>> {
  if (upstream === undefined) return { __type: 'TimeoutError', message: 'No time was left to sign in.' };
  // The handler's own refusals (504 TimeoutError, 502 NetworkError or InvalidResponseError) quote nothing that was sent.
  if (upstream instanceof Response) return readObject(new Uint8Array(await upstream.arrayBuffer())) ?? { __type: 'NetworkError' };
  const body = readObject(upstream.bytes);
  if (upstream.status === 200 && body) return body;
  const type = cognitoErrorType(upstream) ?? (upstream.status >= 500 ? 'InternalErrorException' : 'InvalidResponseError');
  const message = body?.['message'] ?? body?.['Message'];
  // Cognito's message, bounded; never one that quotes the password.
  return typeof message === 'string' && message.length <= MAX_MESSAGE_CHARS && !message.includes(password)
    ? { __type: type, message }
    : { __type: type };
}

function readObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
