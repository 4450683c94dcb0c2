// Lambda HTTP events as API Gateway and Function URLs send them: the full examples of the AWS docs
// ("Create AWS Lambda proxy integrations for HTTP APIs" payload 2.0, "Lambda proxy integration input
// format" for REST APIs, "Invoking Lambda function URLs" request payload), typed with @types/aws-lambda
// so a field the real events lack, or one they need, fails the typecheck.
import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, LambdaFunctionURLEvent } from 'aws-lambda';

export interface EventInput {
  body?: string;
  base64?: boolean;
  headers?: Record<string, string>;
  sourceIp?: string;
  cookies?: string[];
  method?: string;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** The body as API Gateway forwards it: text, or base64 with isBase64Encoded. */
function encode(input: EventInput) {
  const body = input.body ?? null;
  if (body === null || !input.base64) return { body, isBase64Encoded: false };
  return { body: Buffer.from(body, 'utf8').toString('base64'), isBase64Encoded: true };
}

export function httpApiEvent(input: EventInput = {}): APIGatewayProxyEventV2 {
  const { body, isBase64Encoded } = encode(input);
  return {
    version: '2.0',
    routeKey: 'POST /api/cognito',
    rawPath: '/api/cognito',
    rawQueryString: 'parameter1=value1&parameter1=value2&parameter2=value',
    ...(input.cookies ? { cookies: input.cookies } : {}),
    headers: {
      accept: '*/*',
      'accept-encoding': 'gzip, deflate, br',
      'content-length': String(body?.length ?? 0),
      host: 'r3pmxmplak.execute-api.us-east-2.amazonaws.com',
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64)',
      'x-amzn-trace-id': 'Root=1-5e6722a7-cc56xmpl46db7ae02d4da47e',
      'x-forwarded-for': input.sourceIp ?? '205.255.255.176',
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
      ...JSON_HEADERS,
      ...input.headers,
    },
    queryStringParameters: { parameter1: 'value1,value2', parameter2: 'value' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'r3pmxmplak',
      domainName: 'r3pmxmplak.execute-api.us-east-2.amazonaws.com',
      domainPrefix: 'r3pmxmplak',
      http: {
        method: input.method ?? 'POST',
        path: '/api/cognito',
        protocol: 'HTTP/1.1',
        sourceIp: input.sourceIp ?? '205.255.255.176',
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
      },
      requestId: 'JKJaXmPLvHcESHA=',
      routeKey: 'POST /api/cognito',
      stage: '$default',
      time: '10/Mar/2020:05:16:23 +0000',
      timeEpoch: 1583817383220,
    },
    ...(body === null ? {} : { body }),
    pathParameters: { parameter1: 'value1' },
    isBase64Encoded,
    stageVariables: { stageVariable1: 'value1', stageVariable2: 'value2' },
  };
}

export function functionUrlEvent(input: EventInput = {}): LambdaFunctionURLEvent {
  const { body, isBase64Encoded } = encode(input);
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/',
    rawQueryString: '',
    ...(input.cookies ? { cookies: input.cookies } : {}),
    headers: {
      'sec-fetch-mode': 'cors',
      'x-amzn-tls-version': 'TLSv1.2',
      'sec-fetch-site': 'cross-site',
      'x-forwarded-proto': 'https',
      'accept-language': 'en-US,en;q=0.9',
      'x-forwarded-port': '443',
      'x-forwarded-for': input.sourceIp ?? '123.123.123.123',
      accept: '*/*',
      'x-amzn-tls-cipher-suite': 'ECDHE-RSA-AES128-GCM-SHA256',
      'x-amzn-trace-id': 'Root=1-5eb33c07-de25b420912dee103a5db434',
      host: 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6.lambda-url.us-west-2.on.aws',
      'accept-encoding': 'gzip, deflate, br',
      'sec-fetch-dest': 'empty',
      'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)',
      ...JSON_HEADERS,
      ...input.headers,
    },
    requestContext: {
      accountId: 'anonymous',
      apiId: 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6',
      domainName: 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6.lambda-url.us-west-2.on.aws',
      domainPrefix: 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6',
      http: {
        method: input.method ?? 'POST',
        path: '/',
        protocol: 'HTTP/1.1',
        sourceIp: input.sourceIp ?? '123.123.123.123',
        userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)',
      },
      requestId: 'id',
      routeKey: '$default',
      stage: '$default',
      time: '12/Mar/2020:19:03:58 +0000',
      timeEpoch: 1583348638390,
    },
    ...(body === null ? {} : { body }),
    isBase64Encoded,
  };
}

export function restApiEvent(input: EventInput & { multiValueHeaders?: Record<string, string[]> } = {}): APIGatewayProxyEvent {
  const { body, isBase64Encoded } = encode(input);
  const headers: Record<string, string> = {
    Accept: '*/*',
    'Content-Type': 'application/json',
    Host: '1234567890.execute-api.us-east-1.amazonaws.com',
    'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64)',
    'X-Amzn-Trace-Id': 'Root=1-5e66d96f-7491f09xmpl79d18acf3d050',
    'X-Forwarded-For': input.sourceIp ?? '52.255.255.12',
    'X-Forwarded-Port': '443',
    'X-Forwarded-Proto': 'https',
    ...input.headers,
  };
  const multiValueHeaders: Record<string, string[]> = {
    ...Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
    ...input.multiValueHeaders,
  };
  return {
    resource: '/api/cognito',
    path: '/api/cognito',
    httpMethod: input.method ?? 'POST',
    headers,
    multiValueHeaders,
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    requestContext: {
      resourceId: '2gxmpl',
      resourcePath: '/api/cognito',
      httpMethod: input.method ?? 'POST',
      extendedRequestId: 'JJbxmplHYosFVYQ=',
      requestTime: '10/Mar/2020:00:03:59 +0000',
      path: '/Prod/api/cognito',
      accountId: '123456789012',
      protocol: 'HTTP/1.1',
      stage: 'Prod',
      domainPrefix: '1234567890',
      requestTimeEpoch: 1583798639428,
      requestId: '77375676-xmpl-4b79-853a-f982474efe18',
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: input.sourceIp ?? '52.255.255.12',
        user: null,
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
        userArn: null,
      },
      domainName: '1234567890.execute-api.us-east-1.amazonaws.com',
      apiId: '1234567890',
      authorizer: null,
    },
    body,
    isBase64Encoded,
  };
}
