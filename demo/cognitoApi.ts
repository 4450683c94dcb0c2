// The two calls the demo needs that are not the kit's job: SignUp and signing in
// (InitiateAuth with USER_PASSWORD_AUTH). A few lines of fetch against Cognito's JSON protocol, or
// the dev server's /api/auth for the app client with a secret (it adds the SecretHash).
import type { CodeDeliveryDetails } from '../src/index';
import { cognitoEndpoint, type DemoEnv } from './env';
import type { TransportChoice } from './settings';

export interface SignUpAnswer {
  UserConfirmed: boolean;
  UserSub: string;
  CodeDeliveryDetails?: CodeDeliveryDetails;
  /** For ConfirmSignUp, to sign in right after confirming (app clients with ALLOW_USER_AUTH). */
  Session?: string;
}

interface InitiateAuthAnswer {
  AuthenticationResult?: { AccessToken: string; IdToken?: string; RefreshToken?: string; ExpiresIn?: number };
  ChallengeName?: string;
}

export class DemoApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DemoApiError';
  }
}

async function call<T>(
  env: DemoEnv,
  transport: TransportChoice,
  operation: 'SignUp' | 'InitiateAuth',
  params: Record<string, unknown>,
): Promise<T> {
  let response: Response;
  try {
    response =
      transport === 'backend'
        ? await fetch('/api/auth', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ operation, params }),
          })
        : await fetch(cognitoEndpoint(env), {
            method: 'POST',
            headers: {
              'Content-Type': 'application/x-amz-json-1.1',
              'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
            },
            body: JSON.stringify({ ...params, ClientId: env.clientId }),
          });
  } catch {
    throw new DemoApiError('NetworkError', 'Cognito could not be reached. Is the emulator running?');
  }
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    throw new DemoApiError('InvalidResponseError', `Unexpected answer (HTTP ${response.status}).`);
  }
  if (!response.ok) {
    const type = typeof body['__type'] === 'string' ? body['__type'] : `HTTP ${response.status}`;
    const code = type.slice(type.lastIndexOf('#') + 1);
    const message = typeof body['message'] === 'string' ? body['message'] : code;
    throw new DemoApiError(code, message);
  }
  return body as T;
}

export function signUp(
  env: DemoEnv,
  transport: TransportChoice,
  input: { username: string; email: string; password: string },
): Promise<SignUpAnswer> {
  return call<SignUpAnswer>(env, transport, 'SignUp', {
    Username: input.username,
    Password: input.password,
    UserAttributes: [{ Name: 'email', Value: input.email }],
  });
}

export async function signIn(env: DemoEnv, transport: TransportChoice, input: { username: string; password: string }): Promise<string> {
  const answer = await call<InitiateAuthAnswer>(env, transport, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: input.username, PASSWORD: input.password },
  });
  const token = answer.AuthenticationResult?.AccessToken;
  if (!token) {
    // Worded by the demo's catalogue (never the challenge's raw name on screen).
    throw new DemoApiError('UnsupportedChallenge', `This demo cannot answer the ${answer.ChallengeName ?? 'next'} challenge.`);
  }
  return token;
}
