import { CognitoConfirmError } from '../../src/core/protocol/CognitoConfirmError';
import type { CognitoOperation } from '../../src/core/protocol/operations';
import type { Transport } from '../../src/core/protocol/transports/Transport';

/**
 * What the fake Cognito does for one operation: answer, answer slowly, never answer (the kit's
 * timeout fires), or fail with a Cognito exception / kit error code.
 */
export type Outcome = 'success' | 'slow' | 'timeout' | (string & {});

export interface Scenario {
  resend?: Outcome;
  confirm?: Outcome;
  /**
   * InitiateAuth (signing in right after confirming, or with the new password after a reset): tokens
   * (`success`), an MFA `challenge`, or a failure as above. Its own `signInErrorMessage`, so a confirm
   * failure's text stays apart.
   */
  signIn?: Outcome | 'challenge';
  signInErrorMessage?: string;
  /** `expired`: ConfirmSignUp refuses SignUp's Session (before the code, as Cognito does) and confirms without it. */
  session?: 'expired';
  /** The code ConfirmSignUp / VerifyUserAttribute / ConfirmForgotPassword accept. Default 123456. */
  validCode?: string;
  destination?: string;
  medium?: 'EMAIL' | 'SMS';
  /** Delay of every answer; `slow` uses 10 × this. Default 300 ms. */
  delayMs?: number;
  /** The message a failure carries (e.g. Cognito's daily email limit text). */
  errorMessage?: string;
  /** `false`: a send answers without CodeDeliveryDetails, as GetUserAttributeVerificationCode may. */
  details?: false;
  /** Also push every call here, so a play function can count what was sent. */
  record?: Array<{ operation: CognitoOperation; params: unknown }>;
}

// ForgotPassword is a send too (its `resend` outcome); ConfirmForgotPassword a code check (`confirm`).
const RESEND_OPERATIONS = new Set<CognitoOperation>(['ResendConfirmationCode', 'GetUserAttributeVerificationCode', 'ForgotPassword']);

/** An in-browser Cognito stand-in so stories run without a server. Records every call in `calls`. */
export function createScenarioTransport(
  scenario: Scenario,
): Transport & { calls: Array<{ operation: CognitoOperation; params: unknown }> } {
  const calls: Array<{ operation: CognitoOperation; params: unknown }> = [];
  const delayMs = scenario.delayMs ?? 300;
  return {
    calls,
    async send(operation, params, { signal } = {}) {
      calls.push({ operation, params });
      scenario.record?.push({ operation, params });
      if (operation === 'InitiateAuth') return signIn(scenario, params, delayMs, signal) as never;
      const isResend = RESEND_OPERATIONS.has(operation);
      const outcome = (isResend ? scenario.resend : scenario.confirm) ?? 'success';
      if (outcome === 'timeout') {
        await wait(delayMs * 2, signal);
        throw new CognitoConfirmError('TimeoutError', 'No answer from Cognito in time.');
      }
      await wait(outcome === 'slow' ? delayMs * 10 : delayMs, signal);
      if (outcome === 'NetworkError') throw new CognitoConfirmError('NetworkError', 'Failed to fetch');
      if (outcome !== 'success' && outcome !== 'slow') {
        throw new CognitoConfirmError(outcome, scenario.errorMessage ?? `${outcome} (story scenario)`, { httpStatus: 400 });
      }
      if (isResend && scenario.details === false) return {} as never;
      if (isResend) {
        return {
          CodeDeliveryDetails: {
            Destination: scenario.destination ?? 'j***@e***.com',
            DeliveryMedium: scenario.medium ?? 'EMAIL',
            AttributeName: scenario.medium === 'SMS' ? 'phone_number' : 'email',
          },
        } as never;
      }
      const session = (params as { Session?: string }).Session;
      if (session && scenario.session === 'expired') {
        throw new CognitoConfirmError('NotAuthorizedException', 'Invalid session for the user, session is expired.', { httpStatus: 400 });
      }
      const code = (params as { ConfirmationCode?: string; Code?: string }).ConfirmationCode ?? (params as { Code?: string }).Code;
      if (code !== (scenario.validCode ?? '123456')) {
        throw new CognitoConfirmError('CodeMismatchException', 'Invalid verification code provided, please try again.', {
          httpStatus: 400,
        });
      }
      // ConfirmSignUp given SignUp's Session answers one for signing in.
      return (session ? { Session: 'story-confirm-sign-up-session-0123456789' } : {}) as never;
    },
  };
}

/** A JWT-shaped token (unsigned: stories only read its claims). */
const storyToken = (claims: Record<string, unknown>) =>
  `${['{"alg":"none"}', JSON.stringify(claims)].map((part) => btoa(part).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')).join('.')}.story`;

async function signIn(scenario: Scenario, params: unknown, delayMs: number, signal: AbortSignal | undefined) {
  const outcome = scenario.signIn ?? 'success';
  await wait(delayMs, signal);
  if (outcome === 'NetworkError') throw new CognitoConfirmError('NetworkError', 'Failed to fetch');
  if (outcome === 'challenge') {
    return {
      ChallengeName: 'SMS_MFA',
      Session: 'story-mfa-challenge-session-0123456789',
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******1234' },
    };
  }
  if (outcome !== 'success') {
    throw new CognitoConfirmError(outcome, scenario.signInErrorMessage ?? `${outcome} (story scenario)`, { httpStatus: 400 });
  }
  const now = Math.floor(Date.now() / 1000);
  const username = (params as { AuthParameters?: { USERNAME?: string } }).AuthParameters?.USERNAME ?? 'jane';
  return {
    AuthenticationResult: {
      AccessToken: storyToken({ sub: 'story-sub', token_use: 'access', iat: now, exp: now + 3600 }),
      IdToken: storyToken({ sub: 'story-sub', 'cognito:username': username, token_use: 'id', iat: now, exp: now + 3600 }),
      RefreshToken: 'story-refresh-token',
      ExpiresIn: 3600,
      TokenType: 'Bearer',
    },
    ChallengeParameters: {},
  };
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new CognitoConfirmError('AbortError', 'The request was aborted.'));
    });
  });
}
