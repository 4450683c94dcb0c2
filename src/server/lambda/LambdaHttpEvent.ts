// The fields of Lambda's HTTP events the handler reads, declared here rather than imported from
// @types/aws-lambda (a dev dependency): the package's types must resolve without it. The events of
// @types/aws-lambda (APIGatewayProxyEventV2, APIGatewayProxyEvent, LambdaFunctionURLEvent) fit these.

/** API Gateway HTTP API with payload format 2.0, and Lambda Function URLs. */
export interface LambdaHttpEventV2 {
  version: string;
  rawPath?: string | undefined;
  rawQueryString?: string | undefined;
  /** Lower-case names; repeated headers joined with commas. */
  headers?: Record<string, string | undefined> | undefined;
  /** The request's cookies (API Gateway takes them out of `headers`). */
  cookies?: string[] | undefined;
  body?: string | undefined;
  isBase64Encoded?: boolean | undefined;
  requestContext: {
    domainName?: string | undefined;
    http: { method: string; sourceIp?: string | undefined };
  };
}

/** API Gateway REST API (payload 1.0; also an HTTP API set to payload format 1.0). */
export interface LambdaHttpEventV1 {
  httpMethod: string;
  path?: string | undefined;
  headers?: Record<string, string | undefined> | null | undefined;
  /** Every value of every header; preferred over `headers` when present. */
  multiValueHeaders?: Record<string, string[] | undefined> | null | undefined;
  body?: string | null | undefined;
  isBase64Encoded?: boolean | undefined;
  requestContext: {
    domainName?: string | undefined;
    identity: { sourceIp?: string | undefined };
  };
}

export type LambdaHttpEvent = LambdaHttpEventV2 | LambdaHttpEventV1;

/**
 * What the handler answers. Payload 2.0 and Function URLs get `Set-Cookie` as `cookies`; the REST
 * API gets it as `multiValueHeaders` (every other header is in `headers`, once).
 */
export interface LambdaHttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  /** `true` when `body` is base64 (an `onSignedIn` Response that is not text). */
  isBase64Encoded: boolean;
  cookies?: string[] | undefined;
  multiValueHeaders?: Record<string, string[]> | undefined;
}
