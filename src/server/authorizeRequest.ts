import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';
import type { CognitoOperation } from '../core/protocol/operations.js';
import { validateRequest } from '../core/protocol/validateRequest.js';
import type { HandlerSettings } from './checkHandlerOptions.js';
import { computeSecretHash } from './computeSecretHash.js';
import type { ConfirmationRequest } from './readConfirmationRequest.js';
import { readTokenClientId } from './readTokenClientId.js';
import { refuse } from './refuse.js';

export interface AuthorizedRequest {
  operation: CognitoOperation;
  /** Exactly what will be sent to Cognito: own ClientId, server-chosen IP, SecretHash. */
  params: Record<string, unknown>;
  /** Not in any answer: the relay scrubs it. */
  secretHash: string | undefined;
  /** What `clientIp` said, for every operation (a quota keyed by IP needs it). */
  ip: string | undefined;
}

const OPERATIONS_WITH_CLIENT: ReadonlySet<CognitoOperation> = new Set([
  'ResendConfirmationCode',
  'ConfirmSignUp',
  'InitiateAuth',
  'ForgotPassword',
  'ConfirmForgotPassword',
]);

/**
 * Step 2 of the handler: only this app client's requests, in the shape Cognito accepts, with the
 * fields only the server may set (ClientId, UserContextData.IpAddress, SecretHash) set by the server.
 */
export async function authorizeRequest(
  request: Request,
  { operation, params }: ConfirmationRequest,
  settings: Pick<HandlerSettings, 'clientId' | 'clientSecret'>,
  clientIp: (request: Request) => Promise<string | undefined>,
): Promise<AuthorizedRequest | Response> {
  const forwarded: Record<string, unknown> = { ...params };
  // The browser cannot know the secret, so any SecretHash it sends is ignored and recomputed.
  delete forwarded['SecretHash'];
  const authParameters = forwarded['AuthParameters'];
  if (operation === 'InitiateAuth' && typeof authParameters === 'object' && authParameters !== null && !Array.isArray(authParameters)) {
    const { SECRET_HASH: _fromBrowser, ...rest } = authParameters as Record<string, unknown>;
    // Never a relay for password guessing: a browser's password sign-in is refused before anything
    // else. The handler signs in with a password only after a ConfirmForgotPassword it relayed.
    if (rest['PASSWORD'] !== undefined || rest['PREFERRED_CHALLENGE'] === 'PASSWORD') {
      return refuse(400, 'ValidationError', 'This endpoint does not sign in with a password.', 'AuthParameters');
    }
    forwarded['AuthParameters'] = rest;
  }
  if (OPERATIONS_WITH_CLIENT.has(operation)) {
    if (forwarded['ClientId'] !== undefined && forwarded['ClientId'] !== settings.clientId) {
      return refuse(403, 'NotAuthorizedException', 'This endpoint serves one app client only.', 'ClientId');
    }
    forwarded['ClientId'] = settings.clientId;
  } else if (readTokenClientId(forwarded['AccessToken']) !== settings.clientId) {
    // Attribute operations carry no ClientId: the access token's client_id claim (Cognito checks its
    // signature) keeps the endpoint from relaying other apps' tokens.
    return refuse(403, 'NotAuthorizedException', 'This endpoint serves one app client only.', 'AccessToken');
  }

  const ip = await clientIp(request);
  if (OPERATIONS_WITH_CLIENT.has(operation)) {
    // The IP is the server's to say: a browser-chosen one would let callers steer threat protection.
    const given = forwarded['UserContextData'];
    if (typeof given === 'object' && given !== null && !Array.isArray(given)) {
      const { IpAddress: _fromBrowser, ...rest } = given as Record<string, unknown>;
      const context = { ...rest, ...(ip ? { IpAddress: ip } : {}) };
      if (Object.keys(context).length > 0) forwarded['UserContextData'] = context;
      else delete forwarded['UserContextData'];
    } else if (given === undefined && ip) {
      forwarded['UserContextData'] = { IpAddress: ip };
    }
  }

  // For InitiateAuth this is the gate against a password-guessing relay: USER_AUTH with a Session and
  // USERNAME only, nothing else in AuthParameters (no PASSWORD, SRP_A, REFRESH_TOKEN, PREFERRED_CHALLENGE).
  try {
    validateRequest(operation, forwarded);
  } catch (error) {
    const { message, field = 'params' } = error as CognitoConfirmError;
    // A field name can be any key the caller sent: quoted back only when it looks like a field name.
    if (/^[A-Za-z]{1,32}(\.[A-Za-z]{1,32})?$/.test(field)) return refuse(400, 'ValidationError', message, field);
    const top = field.split('.')[0] ?? '';
    return refuse(
      400,
      'ValidationError',
      'params has a field name this endpoint does not accept.',
      /^[A-Za-z]{1,32}$/.test(top) ? top : undefined,
    );
  }

  let secretHash: string | undefined;
  if (OPERATIONS_WITH_CLIENT.has(operation)) {
    const signIn = operation === 'InitiateAuth' ? (forwarded['AuthParameters'] as Record<string, string>) : undefined;
    secretHash = await computeSecretHash({
      username: (signIn ? signIn['USERNAME'] : forwarded['Username']) as string,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
    });
    if (signIn) forwarded['AuthParameters'] = { ...signIn, SECRET_HASH: secretHash };
    else forwarded['SecretHash'] = secretHash;
  }
  return { operation, params: forwarded, secretHash, ip };
}
