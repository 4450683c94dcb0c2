import { DEFAULT_TIMEOUT_MS } from '../../core/protocol/transports/createFetchTransport.js';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_RESPONSE_BYTES } from '../checkHandlerOptions.js';
import type { ConfirmationHandlerOptions } from '../ConfirmationHandlerOptions.js';
import { createConfirmationHandler } from '../createConfirmationHandler.js';
import { callContained } from '../hooks/callContained.js';
import { containLogger } from '../hooks/containLogger.js';
import { refuse } from '../refuse.js';
import type { LambdaHttpEvent, LambdaHttpResult } from './LambdaHttpEvent.js';
import { toFetchRequest } from './toFetchRequest.js';
import { toLambdaResult } from './toLambdaResult.js';

/**
 * The options of `createConfirmationHandler`. Without `clientIp`, the per-IP quotas and
 * UserContextData.IpAddress use the address API Gateway saw the connection come from
 * (`requestContext.http.sourceIp`, or `requestContext.identity.sourceIp` on the REST API), which a
 * caller cannot forge; `X-Forwarded-For` is not read. Behind CloudFront (the source is CloudFront's
 * edge then), pass `clientIp: clientIpFromCloudFront()`, which reads the viewer's address CloudFront adds.
 */
export type LambdaHandlerOptions = ConfirmationHandlerOptions;

/** A Lambda handler: `export const handler = createLambdaHandler({...})`. */
export type LambdaHandler = (event: LambdaHttpEvent, context?: unknown) => Promise<LambdaHttpResult>;

/**
 * `createConfirmationHandler` for AWS Lambda behind API Gateway (HTTP API with payload 2.0, REST
 * API) or a Function URL: the event becomes a Fetch `Request` for the same pipeline (quotas, SecretHash,
 * relay), and its `Response` the result Lambda expects. Base64 bodies are decoded (at most
 * `maxBodyBytes` + 1 bytes of them) and non-text answers encoded; `Set-Cookie` headers from
 * `onSignedIn` go out one by one. Any other event (an ALB, a direct invoke, S3) answers 400 and is
 * logged through `logger`.
 */
export function createLambdaHandler(options: LambdaHandlerOptions): LambdaHandler {
  if (typeof options !== 'object' || options === null) throw new TypeError('createLambdaHandler needs an options object.');
  const sourceIps = new WeakMap<Request, string>();
  const handle = createConfirmationHandler({
    ...options,
    clientIp: options.clientIp ?? ((request: Request) => sourceIps.get(request)),
  });
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const logger = containLogger(options.logger ?? console);
  // The answer is read whole here (Lambda wants it so): an app hook's endless or huge Response is bounded like Cognito's.
  const answerBounds = {
    maxBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    deadlineMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  const onError = options.onError ?? ((error: unknown) => console.error('createLambdaHandler:', error));
  const answer = async (request: Request, format: 'v1' | 'v2') => {
    try {
      return await toLambdaResult(await handle(request), format, answerBounds);
    } catch (error) {
      callContained(() => onError(error, request));
      return toLambdaResult(refuse(500, 'InternalErrorException', 'The server could not handle this request.'), format);
    }
  };

  return async function handleLambdaEvent(event) {
    const converted = toFetchRequest(event, maxBodyBytes);
    switch (converted.kind) {
      case 'unknown':
        logger.error(
          'cognito-confirm-kit: createLambdaHandler got an event that is not from API Gateway (REST API, HTTP API) or a Function URL; it answers 400.',
          { keys: describeKeys(event) },
        );
        return toLambdaResult(
          refuse(
            400,
            'ValidationError',
            'This function answers API Gateway (REST API, HTTP API) and Lambda Function URL events only.',
            'event',
          ),
          'v2',
        );
      case 'bad-body':
        return toLambdaResult(refuse(400, 'ValidationError', 'The body is marked base64 but is not.', 'body'), converted.format);
      case 'bad-method':
        return toLambdaResult(refuse(405, 'ValidationError', 'Use POST.', 'method', { Allow: 'POST' }), converted.format);
      default: {
        if (converted.sourceIp !== undefined) sourceIps.set(converted.request, converted.sourceIp);
        return answer(converted.request, converted.format);
      }
    }
  };
}

/** The event's top-level field names (never values), so a wrong trigger can be recognised in the logs. */
function describeKeys(event: unknown): string[] {
  return typeof event === 'object' && event !== null
    ? Object.keys(event)
        .slice(0, 20)
        .map((key) => key.slice(0, 40))
    : [typeof event];
}
