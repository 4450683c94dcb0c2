// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { Amplify } from 'aws-amplify';
import * as auth from 'aws-amplify/auth';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AMPLIFY_AUTO_SIGN_IN_SESSION, createAmplifyTransport } from '../../src/core/protocol/transports/createAmplifyTransport';
import { useConfirmSignUp } from '../../src/react/useConfirmSignUp';
import { uniqueUser } from '../support/confirmFlow';
import { kitWrapper } from '../support/kitWrapper';
import { setUpEmulator } from '../support/setUpEmulator';

// With Amplify, Amplify keeps SignUp's Session itself (signUp with autoSignIn USER_AUTH): the app
// passes the transport's stand-in as `signUpSession`, and the hook's sign-in runs Amplify's autoSignIn.
const emulator = setUpEmulator();

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => vi.restoreAllMocks());

describe('useConfirmSignUp through Amplify', () => {
  it('signs in with Amplify’s own autoSignIn: tokens out, Amplify’s store holds the person', async () => {
    Amplify.configure({
      Auth: { Cognito: { userPoolId: emulator.userPoolId, userPoolClientId: emulator.clientId, userPoolEndpoint: emulator.endpoint } },
    });
    const user = uniqueUser('amplifyhook');
    await auth.signUp({
      username: user.username,
      password: user.password,
      options: { userAttributes: { email: user.email }, autoSignIn: { authFlowType: 'USER_AUTH' } },
    });
    const wrapper = kitWrapper(emulator, { transport: createAmplifyTransport(auth) });
    const { result } = renderHook(() => useConfirmSignUp({ username: user.username, signUpSession: AMPLIFY_AUTO_SIGN_IN_SESSION }), {
      wrapper,
    });
    try {
      act(() => result.current.confirm(emulator.latestCode(user.username)!));
      await waitFor(() => expect(result.current.isConfirmed).toBe(true), { timeout: 10_000 });
      expect(result.current.signIn?.error).toBeUndefined();
      expect(result.current.signIn?.result?.AccessToken).toBeTruthy();
      expect((await auth.getCurrentUser()).username).toBe(user.username);
      const signIn = emulator.requests.filter((request) => request.target === 'InitiateAuth').at(-1);
      expect(signIn?.body).toMatchObject({ AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: user.username } });
    } finally {
      await auth.signOut();
    }
  });
});
