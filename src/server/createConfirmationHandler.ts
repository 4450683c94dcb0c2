import { authorizeRequest } from './authorizeRequest.js';
import { checkHandlerOptions } from './checkHandlerOptions.js';
import type { ConfirmationHandlerOptions } from './ConfirmationHandlerOptions.js';
import { createEventSink } from './events/createEventSink.js';
import { forwardToCognito, type UpstreamAnswer } from './forwardToCognito.js';
import { freezeCopy } from './freezeCopy.js';
import { containLogger } from './hooks/containLogger.js';
import { awaitHookReply, describeKind } from './hooks/awaitHookReply.js';
import { createRequestGuard, isSendOperation } from './limits/createRequestGuard.js';
import { cognitoErrorType, noCodeWasSent } from './limits/noCodeWasSent.js';
import { readConfirmationRequest } from './readConfirmationRequest.js';
import { jsonHeaders, refuse } from './refuse.js';
import { relayUpstream } from './relayUpstream.js';
import { answeredTokens, replySignedIn } from './replySignedIn.js';
import { signInAfterReset } from './signInAfterReset.js';
import { withSecurityHeaders } from './withSecurityHeaders.js';

export type {
  ConfirmationHandlerOptions,
  HeadersLike,
  ResponseLike,
  SignedInContext,
  SignedInReply,
} from './ConfirmationHandlerOptions.js';

/**
 * A Fetch-API handler (`(Request) => Promise<Response>`) for `createBackendTransport`: it adds the
 * SecretHash for an app client with a secret and forwards to Cognito. It is a public endpoint
 * holding a secret, so it refuses anything that would make it a relay: other operations, other
 * app clients, big, slow or non-JSON bodies, a browser's password sign-in. Refusals happen before
 * Cognito is contacted, and nothing it answers contains the secret or a SecretHash. After a
 * ConfirmForgotPassword Cognito accepted, it signs in with the new password itself (`signInAfterReset`).
 * Options are checked here, at creation.
 */
export function createConfirmationHandler(options: ConfirmationHandlerOptions): (request: Request) => Promise<Response> {
  const settings = checkHandlerOptions(options);
  const events = createEventSink(options.onEvent, options.meter, settings.onError);
  // Quotas, the human check and the caller's IP (src/server/limits), their options checked here too.
  // The logger too is the app's: whatever it does, the answer stays the documented one.
  const guard = createRequestGuard({ ...options, logger: containLogger(options.logger ?? console) }, events);

  async function handle(request: Request): Promise<Response> {
    // 1. Read and parse: method, media type, bounded body, JSON, allowed operation.
    const parsed = await readConfirmationRequest(request, settings);
    if (parsed instanceof Response) return parsed;

    // 2. Authorize and complete: own app client only, server-set IP, contract check, SecretHash.
    const authorized = await authorizeRequest(request, parsed, settings, guard.clientIp);
    if (authorized instanceof Response) return authorized;
    const { operation, params, secretHash } = authorized;

    // 3. Human check and quotas per user, IP and pool: after step 2, so only well-formed requests for
    // this app client count, and before anything reaches Cognito.
    const admission = await guard.check(request, operation, params);
    if (admission instanceof Response) return admission;

    // 4. The app's say (rate limit, CSRF, session). It sees a frozen copy; what is sent is `params`.
    // Whatever it answers is the answer, from any fetch implementation; anything else but undefined
    // (null, false, a plain object, a hook past timeoutMs) is a 500: never a forward it did not allow.
    if (settings.beforeForward) {
      const hook = settings.beforeForward;
      let early: Response | undefined;
      try {
        // The new password of a ConfirmForgotPassword stays readable but out of what the hook would log.
        const reply = await awaitHookReply('beforeForward', hook(request, operation, freezeCopy(params, ['Password'])), settings);
        if (reply.value !== undefined && !reply.response) {
          throw new TypeError(`beforeForward must return undefined or a Response, not ${describeKind(reply.value)}.`);
        }
        early = reply.response;
      } catch (error) {
        // Nothing was forwarded: the person's and the pool's send points come back, as for an answer.
        await admission.noCodeSent();
        throw error;
      }
      if (early) {
        await admission.noCodeSent();
        return early;
      }
    }

    // 5. One bounded call to Cognito, 6. relayed as JSON without the secret or the SecretHash. The
    // person's and the pool's send quotas count codes sent: a refusal by Cognito gives their points
    // back. No answer (timeout, broken connection) may still have sent one, so it stays counted.
    const started = Date.now();
    const answer = await forwardToCognito(operation, params, settings);
    const sends = isSendOperation(operation);
    const ip = authorized.ip;
    if (answer instanceof Response) {
      // No answer (timeout, broken connection): a code may have gone out.
      events.emit({ type: 'forwarded', operation, status: answer.status, codeSent: sends ? true : undefined, ip }, request);
      return answer;
    }
    const noCode = noCodeWasSent(answer);
    events.emit(
      {
        type: 'forwarded',
        operation,
        status: answer.status,
        errorType: cognitoErrorType(answer),
        codeSent: sends ? !noCode : undefined,
        ip,
      },
      request,
    );
    if (noCode) await admission.noCodeSent();
    // A refused reset's answer is scrubbed of the new password too (Cognito has no reason to echo it).
    // Only an error's: a short password could match text inside a token.
    const password = operation === 'ConfirmForgotPassword' && answer.status !== 200 ? (params['Password'] as string) : undefined;
    const secrets = [settings.clientSecret, secretHash, password];
    if (operation === 'ConfirmForgotPassword' && answer.status === 200 && settings.signInAfterReset) {
      return replyAfterReset(request, answer, params, secretHash, started + settings.timeoutMs, ip);
    }
    if (operation === 'InitiateAuth' && answeredTokens(answer)) events.emit({ type: 'signed-in', operation, ip }, request);
    if (operation === 'InitiateAuth' && settings.onSignedIn) {
      const username = (params['AuthParameters'] as Record<string, string>)['USERNAME']!;
      const { onSignedIn } = settings;
      return replySignedIn(answer, { request, username }, { ...settings, onSignedIn }, secrets);
    }
    return relayUpstream(answer, secrets);
  }

  /**
   * 7. After a password reset Cognito accepted: the handler's own sign-in with the new password (the
   * only password it ever sends), answered as `SignIn` beside Cognito's `{}`. The password was changed,
   * so the status stays 200 whatever happens next; a failing sign-in, or an `onSignedIn` that fails,
   * is told in `SignIn` (the latter through `onError` too), never with the tokens.
   */
  async function replyAfterReset(
    request: Request,
    confirmed: UpstreamAnswer,
    params: Record<string, unknown>,
    secretHash: string | undefined,
    deadline: number,
    ip: string | undefined,
  ): Promise<Response> {
    const secrets = [settings.clientSecret, secretHash];
    const signIn = await signInAfterReset(confirmed, params, secretHash, deadline, settings);
    if (!signIn) return relayUpstream(confirmed, secrets);
    const { upstream } = signIn;
    if (upstream) {
      const errorType = upstream instanceof Response ? undefined : cognitoErrorType(upstream);
      events.emit({ type: 'forwarded', operation: 'InitiateAuth', status: upstream.status, errorType, ip }, request);
    }
    const tokens = upstream !== undefined && !(upstream instanceof Response) && answeredTokens(upstream);
    if (tokens) events.emit({ type: 'signed-in', operation: 'ConfirmForgotPassword', ip }, request);
    if (!tokens || !settings.onSignedIn) return relayUpstream(signIn.answer, secrets);
    const { onSignedIn } = settings;
    const username = params['Username'] as string;
    try {
      return await replySignedIn(signIn.answer, { request, username }, { ...settings, onSignedIn }, secrets, 'SignIn');
    } catch (error) {
      settings.onError(error, request);
      const failed = { __type: 'InternalErrorException', message: 'The password was changed, but the server could not finish signing in.' };
      return new Response(JSON.stringify({ SignIn: failed }), { status: 200, headers: jsonHeaders() });
    }
  }

  return async function handleConfirmationRequest(request: Request): Promise<Response> {
    try {
      // Inside: a hook's own Response may still fail to copy (a used body, a getter that throws).
      return withSecurityHeaders(await handle(request));
    } catch (error) {
      // Only app code (clientIp, beforeForward, onSignedIn, a quota store) can throw here; its message is not the caller's business.
      settings.onError(error, request);
      return refuse(500, 'InternalErrorException', 'The server could not handle this request.');
    }
  };
}
