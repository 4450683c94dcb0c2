'use client';
import type { MutationStatus } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';
import { cooldownKey } from '../core/cooldown/createCooldownStore.js';
import { defaultCooldownStorage } from '../core/cooldown/cooldownStorage.js';
import type { ConfirmSignUpInput } from '../core/protocol/inputs.js';
import type { AuthenticationResult, ConfirmSignUpResponse, InitiateAuthResponse } from '../core/protocol/operations.js';
import {
  dropSignUpSession,
  keepSignUpSession,
  readSignUpSession,
  SIGN_UP_SESSION_MS,
  signUpSessionKey,
} from '../core/session/signUpSessionStorage.js';
import { useCodeSubmission } from './useCodeSubmission.js';
import { useCognitoConfirm } from './useCognitoConfirm.js';

export interface UseConfirmSignUpOptions extends Omit<ConfirmSignUpInput, 'username' | 'code' | 'session'> {
  username: string | undefined;
  /**
   * SignUp's `Session`. Given, it is kept for its lifetime (at most 15 minutes, in the provider's
   * `cooldownStorage`, under a hash of the username) so a reload or another tab still has it, and a
   * confirmation that carried it signs the person in (InitiateAuth USER_AUTH with ConfirmSignUp's
   * new Session, used at once, never stored). A Session kept earlier in this browser is used as well.
   */
  signUpSession?: string | undefined;
  /**
   * SignUp's `UserSub`, with `signUpSession`: the Session is kept under it too, so the emailed link
   * of a pool that signs in with an email address (it carries the sub as `username`) finds it in
   * this browser and signs in. Hashed like the username, never stored as it is.
   */
  userSub?: string | undefined;
}

/**
 * How signing in went after a confirmation that carried SignUp's Session: one member is set.
 * - `result`: signed in; Cognito's tokens (what the transport hands over of them).
 * - `challenge`: Cognito asks for more (`ChallengeName`, e.g. `SMS_MFA`, its `Session` and parameters).
 * - `error`: not signed in (a refused or expired Session, an app client without ALLOW_USER_AUTH, the
 *   network): the person is confirmed all the same and signs in as before.
 */
export interface SignInOutcome {
  result?: AuthenticationResult | undefined;
  challenge?: InitiateAuthResponse | undefined;
  error?: CognitoConfirmError | undefined;
}

export interface UseConfirmSignUpResult {
  /** Ignored while a confirmation is in flight. */
  confirm: (code: string) => void;
  status: MutationStatus;
  isPending: boolean;
  isConfirmed: boolean;
  error: CognitoConfirmError | null;
  /** The code last submitted: still here after CodeMismatch / ExpiredCode, so nothing typed is lost. */
  submittedCode: string | undefined;
  data: ConfirmSignUpResponse | undefined;
  /** Set once confirmed with SignUp's Session (see `signUpSession`); undefined otherwise. */
  signIn: SignInOutcome | undefined;
  reset: () => void;
}

/**
 * ConfirmSignUp as a mutation; on success the person's resend cooldown is cleared. With SignUp's
 * Session it signs the person in too, within the same mutation: `status` is `success` once confirmed,
 * whatever signing in gave (`signIn`), so the sign-in can never fail the confirmation.
 */
export function useConfirmSignUp({ username, signUpSession, userSub, ...rest }: UseConfirmSignUpOptions): UseConfirmSignUpResult {
  const { client, cooldowns, config } = useCognitoConfirm();
  const storage = useMemo(() => config.cooldownStorage ?? defaultCooldownStorage(), [config.cooldownStorage]);
  const key = signUpSessionKey(client.userPoolId, client.clientId, username ?? '');
  const subKey = signUpSessionKey(client.userPoolId, client.clientId, `${userSub || username}`);
  useEffect(() => {
    if (username && signUpSession) keepSignUpSession(storage, [key, subKey], signUpSession, Date.now() + SIGN_UP_SESSION_MS);
  }, [storage, key, subKey, username, signUpSession]);

  const { submit, isSuccess, data, ...state } = useCodeSubmission({
    mutationKey: ['cognito-confirm-kit', 'confirmSignUp', client.userPoolId, client.clientId, username],
    submit: async (code): Promise<{ answer: ConfirmSignUpResponse; signIn?: SignInOutcome | undefined }> => {
      const input = { ...rest, username: username ?? '', code };
      // Read as the code goes, not when the step opened: another tab may have used it meanwhile.
      // Nothing is kept under the empty name (see above).
      const session = readSignUpSession(storage, key)?.[0];
      if (!session) return { answer: await client.confirmSignUp(input) };
      let answer: ConfirmSignUpResponse;
      try {
        answer = await client.confirmSignUp({ ...input, session });
      } catch (error) {
        // A wrong code (CodeMismatch) keeps the Session for the right one. A used, expired or foreign
        // Session is refused before the code is looked at (NotAuthorized): the person still gets
        // confirmed, without it, and signs in as before. (Confirmed already is NotAuthorized too: the
        // second call answers it again, and the step shows it.)
        // A Session the client refuses to send (ValidationError on `Session`: not a Cognito Session
        // at all) is no reason to fail the confirmation either.
        const { code, field } = error as CognitoConfirmError;
        if (code !== 'NotAuthorizedException' && !(code === 'ValidationError' && field === 'Session')) throw error;
        dropSignUpSession(storage, key);
        return { answer: await client.confirmSignUp(input), signIn: { error: error as CognitoConfirmError } };
      }
      // Used: worthless from now on. ConfirmSignUp's own Session is used at once and kept nowhere;
      // none (an app client without ALLOW_USER_AUTH) fails the sign-in's validation, on `Session`.
      dropSignUpSession(storage, key);
      try {
        const signedIn = await client.signInWithSession({ ...rest, username: input.username, session: answer.Session as string });
        return {
          answer,
          signIn: signedIn.AuthenticationResult ? { result: signedIn.AuthenticationResult } : { challenge: signedIn },
        };
      } catch (error) {
        return { answer, signIn: { error: error as CognitoConfirmError } };
      }
    },
    onSuccess: () => {
      if (username) cooldowns.clear(cooldownKey(client.userPoolId, client.clientId, username));
    },
  });
  return { ...state, data: data?.answer, signIn: data?.signIn, confirm: submit, isConfirmed: isSuccess };
}
