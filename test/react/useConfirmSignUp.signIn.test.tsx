// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage, type CooldownStorage } from '../../src/core/cooldown/cooldownStorage';
import { createBackendTransport } from '../../src/core/protocol/transports/createBackendTransport';
import { createFetchTransport } from '../../src/core/protocol/transports/createFetchTransport';
import { signUpSessionKey } from '../../src/core/session/signUpSessionStorage';
import { useConfirmSignUp } from '../../src/react/useConfirmSignUp';
import { createConfirmationHandler } from '../../src/server/createConfirmationHandler';
import { uniqueUser } from '../support/confirmFlow';
import { harnessClient } from '../support/harnessClient.mjs';
import { kitWrapper } from '../support/kitWrapper';
import { setUpEmulator } from '../support/setUpEmulator';

// Signing in right after confirming (issue #22) through the hook, against the emulator: SignUp's
// Session in, tokens out, and every way it can fail ending confirmed. Fakes only below the transport.
const emulator = setUpEmulator();

interface Exchange {
  operation: string;
  request: Record<string, unknown>;
  response: Record<string, unknown> | undefined;
}

/** A fetch that records what went to Cognito and what came back; `answer` may stand in for Cognito. */
function recordingFetch(answer?: (operation: string) => Response | 'network' | undefined) {
  const exchanges: Exchange[] = [];
  const fetchFn: typeof fetch = async (input, init) => {
    const operation = String(new Headers(init?.headers).get('x-amz-target')).split('.').pop()!;
    const request = JSON.parse(String(init?.body)) as Record<string, unknown>;
    const own = answer?.(operation);
    if (own === 'network') throw new TypeError('Failed to fetch');
    const response = own ?? (await fetch(input, init));
    const text = await response.clone().text();
    exchanges.push({ operation, request, response: text ? JSON.parse(text) : undefined });
    return response;
  };
  return { fetch: fetchFn, exchanges };
}

async function signUp(prefix: string, clientId?: string) {
  const person = uniqueUser(prefix);
  const answer = await harnessClient(emulator.endpoint).signUp({ ...person, ...(clientId ? { clientId } : {}) });
  return { ...person, session: answer.Session as string, code: () => emulator.latestCode(person.username)! };
}

const storedValues = (storage: CooldownStorage) =>
  Array.from({ length: storage.length ?? 0 }, (_, index) => storage.getItem(storage.key!(index)!) ?? '');

function render(
  options: { username: string; signUpSession?: string | undefined; userSub?: string | undefined },
  fetchFn: typeof fetch,
  storage = createMemoryStorage(),
) {
  const wrapper = kitWrapper(emulator, { storage, transport: createFetchTransport({ endpoint: emulator.endpoint, fetch: fetchFn }) });
  return renderHook(() => useConfirmSignUp(options), { wrapper });
}

describe('useConfirmSignUp with SignUp’s Session', () => {
  it('confirms with it and signs in with ConfirmSignUp’s Session: no password, tokens out, no Session left in storage', async () => {
    const person = await signUp('signin');
    expect(person.session).toBeTruthy();
    const storage = createMemoryStorage();
    const { fetch: fetchFn, exchanges } = recordingFetch();
    const { result } = render({ username: person.username, signUpSession: person.session }, fetchFn, storage);
    // Kept at once, under a hash of the name.
    await waitFor(() => expect(storedValues(storage).some((value) => value.includes(person.session))).toBe(true));

    act(() => result.current.confirm(person.code()));
    await waitFor(() => expect(result.current.isConfirmed).toBe(true));

    expect(exchanges.map((exchange) => exchange.operation)).toEqual(['ConfirmSignUp', 'InitiateAuth']);
    const [confirmed, signedIn] = exchanges as [Exchange, Exchange];
    expect(confirmed.request['Session']).toBe(person.session);
    const confirmSession = confirmed.response?.['Session'] as string;
    expect(confirmSession).toBeTruthy();
    expect(signedIn.request).toMatchObject({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: person.username },
      Session: confirmSession,
    });
    expect(JSON.stringify(signedIn.request)).not.toMatch(/PASSWORD|SRP_A|REFRESH_TOKEN/);
    expect(result.current.signIn?.result?.IdToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(result.current.signIn?.result?.AccessToken).toBeTruthy();
    expect(result.current.signIn?.error).toBeUndefined();
    // Neither one-time Session stays anywhere the kit writes.
    expect(storedValues(storage).join('\n')).not.toContain(person.session);
    expect(storedValues(storage).join('\n')).not.toContain(confirmSession);
    expect(storage.getItem(signUpSessionKey(emulator.userPoolId, emulator.clientId, person.username))).toBeNull();
  });

  it('a wrong code keeps the Session: the right one then signs in', async () => {
    const person = await signUp('wrongfirst');
    const { fetch: fetchFn, exchanges } = recordingFetch();
    const { result } = render({ username: person.username, signUpSession: person.session }, fetchFn);
    const good = person.code();
    act(() => result.current.confirm(good === '000000' ? '111111' : '000000'));
    await waitFor(() => expect(result.current.error?.code).toBe('CodeMismatchException'));
    act(() => result.current.confirm(good));
    await waitFor(() => expect(result.current.isConfirmed).toBe(true));
    expect(result.current.signIn?.result?.AccessToken).toBeTruthy();
    expect(exchanges.filter((exchange) => exchange.operation === 'ConfirmSignUp').map((exchange) => exchange.request['Session'])).toEqual([
      person.session,
      person.session,
    ]);
  });

  it('after a reload (or in another tab) the kept Session still signs in, without being given again', async () => {
    const person = await signUp('reload');
    const storage = createMemoryStorage();
    const first = render({ username: person.username, signUpSession: person.session }, recordingFetch().fetch, storage);
    await waitFor(() => expect(storage.length).toBe(1));
    first.unmount();

    const { fetch: fetchFn, exchanges } = recordingFetch();
    const { result } = render({ username: person.username }, fetchFn, storage);
    act(() => result.current.confirm(person.code()));
    await waitFor(() => expect(result.current.isConfirmed).toBe(true));
    expect(exchanges[0]?.request['Session']).toBe(person.session);
    expect(result.current.signIn?.result?.AccessToken).toBeTruthy();
    expect(storage.length).toBe(0);
  });

  it('userSub: kept under the sub as well, found under it, gone from both once used; a useless userSub keeps only the name’s', async () => {
    const person = await signUp('bysub');
    const sub = 'd0c5f1a2-3b4c-4d5e-8f60-718293a4b5c6';
    const storage = createMemoryStorage();
    const first = render(
      { username: person.username, signUpSession: person.session, userSub: sub } as never,
      recordingFetch().fetch,
      storage,
    );
    await waitFor(() => expect(storage.length).toBe(2));
    expect(storage.getItem(signUpSessionKey(emulator.userPoolId, emulator.clientId, sub))).toContain(person.session);
    first.unmount();
    // Empty, wrong-typed or huge values throw nothing: at most one more entry, under a hash of what was given.
    for (const userSub of ['', undefined, null, 42, {}, ' ', 'x'.repeat(100_000)]) {
      const other = createMemoryStorage();
      const view = render({ username: person.username, signUpSession: person.session, userSub } as never, recordingFetch().fetch, other);
      await waitFor(() => expect(other.length).toBeGreaterThan(0));
      expect(other.length).toBeLessThanOrEqual(2);
      view.unmount();
    }

    const { result } = render({ username: person.username }, recordingFetch().fetch, storage);
    act(() => result.current.confirm(person.code()));
    await waitFor(() => expect(result.current.isConfirmed).toBe(true));
    expect(result.current.signIn?.result?.AccessToken).toBeTruthy();
    expect(storage.length).toBe(0);
  });

  it('without a Session (none given, none kept) it only confirms, as before', async () => {
    const person = await signUp('nosession');
    const { fetch: fetchFn, exchanges } = recordingFetch();
    const { result } = render({ username: person.username }, fetchFn);
    act(() => result.current.confirm(person.code()));
    await waitFor(() => expect(result.current.isConfirmed).toBe(true));
    expect(exchanges.map((exchange) => [exchange.operation, 'Session' in exchange.request])).toEqual([['ConfirmSignUp', false]]);
    expect(result.current.signIn).toBeUndefined();
  });

  it('an expired Session: refused, confirmed again without it, not signed in, the reason given', async () => {
    const person = await signUp('expired');
    const storage = createMemoryStorage();
    const { fetch: fetchFn, exchanges } = recordingFetch();
    const { result } = render({ username: person.username, signUpSession: person.session }, fetchFn, storage);
    await waitFor(() => expect(storage.length).toBe(1));
    expect(await emulator.expireSession(person.username)).toBe(1);

    act(() => result.current.confirm(person.code()));
    await waitFor(() => expect(result.current.isConfirmed).toBe(true));
    expect(exchanges.map((exchange) => [exchange.operation, exchange.request['Session'] ?? null])).toEqual([
      ['ConfirmSignUp', person.session],
      ['ConfirmSignUp', null],
    ]);
    expect(result.current.error).toBeNull();
    expect(result.current.signIn?.error).toMatchObject({ code: 'NotAuthorizedException', message: expect.stringMatching(/expired/) });
    expect(result.current.signIn?.result).toBeUndefined();
    expect(storage.length).toBe(0);
  });

  it('a Session the client cannot send (not a Cognito Session): confirmed without it, the reason given, nothing kept', async () => {
    const person = await signUp('badsession');
    const storage = createMemoryStorage();
    const { fetch: fetchFn, exchanges } = recordingFetch();
    const { result } = render({ username: person.username, signUpSession: 'short' }, fetchFn, storage);
    await waitFor(() => expect(storage.length).toBe(1));

    act(() => result.current.confirm(person.code()));
    await waitFor(() => expect(result.current.isConfirmed).toBe(true));
    expect(exchanges.map((exchange) => [exchange.operation, exchange.request['Session'] ?? null])).toEqual([['ConfirmSignUp', null]]);
    expect(result.current.error).toBeNull();
    expect(result.current.signIn?.error).toMatchObject({ code: 'ValidationError', field: 'Session' });
    expect(storage.length).toBe(0);
  });

  it('a wrong code with a refused Session is still a wrong code (nothing confirmed), and the right one confirms', async () => {
    const person = await signUp('refusedwrong');
    const storage = createMemoryStorage();
    const { fetch: fetchFn } = recordingFetch();
    const { result } = render({ username: person.username, signUpSession: person.session }, fetchFn, storage);
    await waitFor(() => expect(storage.length).toBe(1));
    await emulator.expireSession(person.username);
    const good = person.code();
    act(() => result.current.confirm(good === '000000' ? '111111' : '000000'));
    await waitFor(() => expect(result.current.error?.code).toBe('CodeMismatchException'));
    act(() => result.current.confirm(good));
    await waitFor(() => expect(result.current.isConfirmed).toBe(true));
    expect(result.current.signIn).toBeUndefined();
  });

  it('already confirmed in another tab: the step says so, and the Session is gone', async () => {
    const person = await signUp('othertab');
    const storage = createMemoryStorage();
    const code = person.code();
    const { result } = render({ username: person.username, signUpSession: person.session }, recordingFetch().fetch, storage);
    await waitFor(() => expect(storage.length).toBe(1));
    // Confirmed elsewhere without the Session (e.g. another device).
    await harnessClient(emulator.endpoint).call('ConfirmSignUp', {
      ClientId: emulator.clientId,
      Username: person.username,
      ConfirmationCode: code,
    });
    act(() => result.current.confirm(code));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.message).toMatch(/Current status is CONFIRMED/);
    expect(storage.length).toBe(0);
  });

  it('a network failure while signing in: confirmed all the same, the NetworkError given', async () => {
    const person = await signUp('network');
    const { fetch: fetchFn } = recordingFetch((operation) => (operation === 'InitiateAuth' ? 'network' : undefined));
    const { result } = render({ username: person.username, signUpSession: person.session }, fetchFn);
    act(() => result.current.confirm(person.code()));
    await waitFor(() => expect(result.current.isConfirmed).toBe(true));
    expect(result.current.signIn?.error).toMatchObject({ code: 'NetworkError', retryable: true });
  });

  it('an MFA challenge: confirmed, the challenge handed over with its Session to continue', async () => {
    const person = await signUp('mfa');
    const challenge = {
      ChallengeName: 'SMS_MFA',
      Session: 'AYABeMfaChallengeSession0123456789',
      ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+*******1234', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' },
    };
    // Cognito's answer for a pool with MFA on (the emulator has MFA off).
    const { fetch: fetchFn } = recordingFetch((operation) =>
      operation === 'InitiateAuth'
        ? new Response(JSON.stringify(challenge), { headers: { 'content-type': 'application/x-amz-json-1.1' } })
        : undefined,
    );
    const { result } = render({ username: person.username, signUpSession: person.session }, fetchFn);
    act(() => result.current.confirm(person.code()));
    await waitFor(() => expect(result.current.isConfirmed).toBe(true));
    expect(result.current.signIn).toEqual({ challenge });
  });

  it('an app client without ALLOW_USER_AUTH (ConfirmSignUp answers no Session): confirmed, not signed in', async () => {
    const harness = harnessClient(emulator.endpoint);
    const { body } = await harness.call('CreateUserPoolClient', {
      UserPoolId: emulator.userPoolId,
      ClientName: `turned-off-${Date.now()}`,
      ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    const clientId = (body as { UserPoolClient: { ClientId: string } }).UserPoolClient.ClientId;
    const person = await signUp('nouserauth', clientId);
    expect(person.session).toBeTruthy();
    // The app client loses USER_AUTH between sign-up and the code.
    await harness.call('UpdateUserPoolClient', {
      UserPoolId: emulator.userPoolId,
      ClientId: clientId,
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
    });
    const { fetch: fetchFn, exchanges } = recordingFetch();
    const wrapper = kitWrapper(emulator, { clientId, transport: createFetchTransport({ endpoint: emulator.endpoint, fetch: fetchFn }) });
    const { result } = renderHook(() => useConfirmSignUp({ username: person.username, signUpSession: person.session }), { wrapper });
    act(() => result.current.confirm(person.code()));
    await waitFor(() => expect(result.current.isConfirmed).toBe(true));
    expect(exchanges.map((exchange) => exchange.operation)).toEqual(['ConfirmSignUp']);
    expect(result.current.signIn?.error).toMatchObject({ code: 'ValidationError', field: 'Session' });
  });

  it('through the backend transport (app client with a secret): the browser sends no SecretHash, the server adds it', async () => {
    const person = uniqueUser('backend');
    const harness = harnessClient(emulator.endpoint);
    const { createHmac } = await import('node:crypto');
    const secretHash = createHmac('sha256', emulator.clientSecret)
      .update(person.username + emulator.secretClientId)
      .digest('base64');
    const answer = await harness.signUp({ ...person, clientId: emulator.secretClientId, secretHash });
    const handler = createConfirmationHandler({
      endpoint: emulator.endpoint,
      clientId: emulator.secretClientId,
      clientSecret: emulator.clientSecret,
    });
    const sent: string[] = [];
    const transport = createBackendTransport({
      url: 'http://app.test/api/cognito',
      fetch: async (input, init) => {
        sent.push(String(init?.body));
        return handler(new Request(input as string, init));
      },
    });
    const wrapper = kitWrapper(emulator, { clientId: emulator.secretClientId, transport });
    const { result } = renderHook(() => useConfirmSignUp({ username: person.username, signUpSession: answer.Session }), { wrapper });
    act(() => result.current.confirm(emulator.latestCode(person.username)!));
    await waitFor(() => expect(result.current.isConfirmed).toBe(true));
    expect(result.current.signIn?.result?.AccessToken).toBeTruthy();
    expect(sent).toHaveLength(2);
    expect(sent.join('\n')).not.toMatch(/SecretHash|SECRET_HASH/);
    const initiate = emulator.requests.filter((request) => request.target === 'InitiateAuth').at(-1)!;
    expect(initiate.body.AuthParameters).toEqual({ USERNAME: person.username, SECRET_HASH: secretHash });
  });
});
