// @vitest-environment jsdom
// A pool that signs in with an email address (UsernameAttributes: email, the most common set-up):
// Cognito names the user by their sub, so the emailed link carries the sub as `username`, not the
// address typed at sign-up. Against the emulator over HTTP, with such a pool created for this file.
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SignUpConfirmation } from '../../src/components/SignUpConfirmation';
import { createMemoryStorage, type CooldownStorage } from '../../src/core/cooldown/cooldownStorage';
import { uniqueUser } from '../support/confirmFlow';
import { harnessClient } from '../support/harnessClient.mjs';
import { kitWrapper, type KitTarget, userOverHttp } from '../support/kitWrapper';
import { setUpEmulator } from '../support/setUpEmulator';

const emulator = setUpEmulator();
let pool: KitTarget;

beforeAll(async () => {
  const harness = harnessClient(emulator.endpoint);
  const created = await harness.call('CreateUserPool', {
    PoolName: 'email-as-username',
    AutoVerifiedAttributes: ['email'],
    UsernameAttributes: ['email'],
  });
  expect(created.status).toBe(200);
  const userPoolId = created.body.UserPool.Id as string;
  const client = await harness.call('CreateUserPoolClient', {
    UserPoolId: userPoolId,
    ClientName: 'email-pool-client',
    ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  expect(client.status).toBe(200);
  pool = { endpoint: emulator.endpoint, userPoolId, clientId: client.body.UserPoolClient.ClientId as string };
});
afterEach(() => window.history.replaceState(null, '', '/'));

const codeInput = () => screen.getByLabelText('Confirmation code') as HTMLInputElement;
const sessionEntries = (storage: CooldownStorage) =>
  Array.from({ length: storage.length ?? 0 }, (_, index) => storage.key!(index)!).filter((key) => key.includes(':session:'));
const signIns = (sub: string) =>
  emulator.requests.filter((request) => request.target === 'InitiateAuth' && request.body?.AuthParameters?.USERNAME === sub);

/** SignUp with the address as the username, as an app on such a pool does. */
async function signUp(prefix: string) {
  const { username, password } = uniqueUser(prefix);
  const email = `${username}@example.com`;
  const answer = await harnessClient(emulator.endpoint).signUp({ username: email, password, email, clientId: pool.clientId });
  expect(answer.UserSub).toMatch(/^[0-9a-f-]{36}$/);
  expect(answer.Session).toBeTruthy();
  // The pool names the user by the sub: that is who the message (and the link) goes to.
  const code = emulator.latestCode(answer.UserSub);
  expect(code).toMatch(/^\d{6}$/);
  return { email, sub: answer.UserSub, session: answer.Session as string, code: code! };
}

/** The confirm page right after SignUp (it hands SignUp's answer on), then left for the emailed link. */
async function afterSignUp(person: Awaited<ReturnType<typeof signUp>>, storage: CooldownStorage, withSub = true) {
  const { unmount } = render(
    <SignUpConfirmation username={person.email} signUpSession={person.session} userSub={withSub ? person.sub : undefined} />,
    { wrapper: kitWrapper(pool, { storage }) },
  );
  await waitFor(() => expect(sessionEntries(storage)).toHaveLength(withSub ? 2 : 1));
  unmount();
}

/** The link's page in the same browser: `?username=<sub>&code=…`. */
function openLink(person: Awaited<ReturnType<typeof signUp>>, storage: CooldownStorage, onSignedIn = vi.fn()) {
  window.history.replaceState(null, '', `/confirm?username=${person.sub}&code=${person.code}`);
  const view = render(<SignUpConfirmation codeFromUrl onSignedIn={onSignedIn} />, { wrapper: kitWrapper(pool, { storage }) });
  return { ...view, onSignedIn };
}

describe('a pool that signs in with an email address', () => {
  it('the link (named by the sub) in the browser that signed up: one tap signs in; the Session leaves storage under both keys', async () => {
    const person = await signUp('emailpool-link');
    const storage = createMemoryStorage();
    await afterSignUp(person, storage);
    // Hashed keys and the Session only: neither the address nor the sub in storage.
    const stored = sessionEntries(storage)
      .map((key) => `${key}=${storage.getItem(key)}`)
      .join('\n');
    expect(stored).not.toContain(person.email.split('@')[0]);
    expect(stored).not.toContain(person.sub);

    const { container, onSignedIn } = openLink(person, storage);
    await waitFor(() => expect(codeInput().value).toBe(person.code));
    act(() => screen.getByRole('button', { name: 'Confirm' }).click());
    await waitFor(() => expect(container.querySelector('[data-state="signed-in"]')).not.toBeNull());
    expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ IdToken: expect.any(String) }), person.sub);
    expect(signIns(person.sub)).toHaveLength(1);
    expect(sessionEntries(storage)).toEqual([]);
  });

  it('without userSub the Session kept under the address is not found by the link: confirmed, not signed in', async () => {
    const person = await signUp('emailpool-nosub');
    const storage = createMemoryStorage();
    await afterSignUp(person, storage, false);
    const { container, onSignedIn } = openLink(person, storage);
    await waitFor(() => expect(codeInput().value).toBe(person.code));
    act(() => screen.getByRole('button', { name: 'Confirm' }).click());
    await waitFor(() => expect(container.querySelector('[data-state="confirmed"]')).not.toBeNull());
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(signIns(person.sub)).toHaveLength(0);
  });

  it('the page reloaded under the typed address still signs in, and the sub’s copy goes with it', async () => {
    const person = await signUp('emailpool-typed');
    const storage = createMemoryStorage();
    await afterSignUp(person, storage);
    const onSignedIn = vi.fn();
    // A reload: the address in the URL, SignUp's answer gone.
    const { container } = render(<SignUpConfirmation username={person.email} onSignedIn={onSignedIn} />, {
      wrapper: kitWrapper(pool, { storage }),
    });
    await userOverHttp().type(codeInput(), person.code);
    await waitFor(() => expect(container.querySelector('[data-state="signed-in"]')).not.toBeNull());
    expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ IdToken: expect.any(String) }), person.email);
    expect(sessionEntries(storage)).toEqual([]);
  });
});
