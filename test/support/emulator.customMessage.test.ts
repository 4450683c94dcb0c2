// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCustomMessageHandler } from '../../src/server/customMessage/createCustomMessageHandler';
import { type Emulator, type EmulatorCustomMessageEvent, startEmulator } from './emulator.mjs';
import { type HarnessClient, harnessClient } from './harnessClient.mjs';

// The app's CustomMessage handler is swapped per test behind one emulator.
let current: (event: EmulatorCustomMessageEvent) => unknown;
const seen: EmulatorCustomMessageEvent[] = [];
const kitHandler = createCustomMessageHandler({ confirmUrl: 'http://localhost:5173/confirm' });

let emu: Emulator;
let harness: HarnessClient;
beforeAll(async () => {
  emu = await startEmulator({
    customMessage: (event) => {
      seen.push(structuredClone(event));
      return current(event);
    },
  });
  harness = harnessClient(emu.endpoint);
});
afterAll(() => emu?.stop());
beforeEach(() => {
  emu.reset();
  seen.length = 0;
  current = kitHandler;
});

let n = 0;
const name = (prefix = 'cm') => `${prefix}_${process.pid}_${++n}`;
const signUp = (username: string, clientMetadata?: Record<string, string>) =>
  harness.call('SignUp', {
    ClientId: emu.clientId,
    Username: username,
    Password: 'Correct-Horse-9',
    UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
    ...(clientMetadata ? { ClientMetadata: clientMetadata } : {}),
  });

describe('startEmulator({ customMessage })', () => {
  it('hands the handler the event Cognito builds for a sign-up', async () => {
    const username = name();
    expect((await signUp(username, { locale: 'de' })).status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({
      version: '1',
      triggerSource: 'CustomMessage_SignUp',
      region: emu.userPoolId.split('_')[0],
      userPoolId: emu.userPoolId,
      userName: username,
      callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: emu.clientId },
      request: {
        userAttributes: expect.objectContaining({ email: `${username}@example.com`, sub: expect.any(String) }),
        codeParameter: '{####}',
        linkParameter: '{##Click Here##}',
        usernameParameter: null,
        clientMetadata: { locale: 'de' },
      },
      response: { smsMessage: null, emailMessage: null, emailSubject: null },
    });
  });

  it("records the kit helper's email with the code filled in everywhere, and the link it carries", async () => {
    const username = name();
    await signUp(username);
    const [sent] = emu.messages;
    expect(sent).toMatchObject({ username, medium: 'EMAIL', source: 'SignUp', subject: 'Confirm your sign-up', format: 'html' });
    expect(sent!.body).not.toContain('{####}');
    expect(sent!.body!.split(sent!.code)).toHaveLength(3); // in the link and as text
    expect(sent!.link).toBe(`http://localhost:5173/confirm?username=${username}&code=${sent!.code}`);
    // The same over HTTP, for the demo's codes panel and other processes.
    const [overHttp] = await harness.messages();
    expect(overHttp).toEqual(sent);
  });

  it('ResendConfirmationCode runs CustomMessage_ResendCode with its ClientMetadata; the link carries the new code', async () => {
    const username = name();
    await signUp(username);
    const first = emu.latestCode(username);
    expect(
      (await harness.call('ResendConfirmationCode', { ClientId: emu.clientId, Username: username, ClientMetadata: { locale: 'ja' } }))
        .status,
    ).toBe(200);
    expect(seen.map((event) => event.triggerSource)).toEqual(['CustomMessage_SignUp', 'CustomMessage_ResendCode']);
    expect(seen[1]!.request.clientMetadata).toEqual({ locale: 'ja' });
    const resent = emu.messages.at(-1)!;
    expect(resent.code).not.toBe(first);
    expect(resent.subject).toBe('登録の確認');
    expect(new URL(resent.link!).searchParams.get('code')).toBe(resent.code);
    // And the code in the link confirms the user.
    const confirmed = await harness.call('ConfirmSignUp', {
      ClientId: emu.clientId,
      Username: new URL(resent.link!).searchParams.get('username'),
      ConfirmationCode: new URL(resent.link!).searchParams.get('code'),
    });
    expect(confirmed.status).toBe(200);
  });

  it('GetUserAttributeVerificationCode runs CustomMessage_VerifyUserAttribute', async () => {
    const username = name();
    await signUp(username);
    await harness.call('ConfirmSignUp', { ClientId: emu.clientId, Username: username, ConfirmationCode: emu.latestCode(username) });
    const auth = await harness.call('InitiateAuth', {
      ClientId: emu.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: 'Correct-Horse-9' },
    });
    const answer = await harness.call('GetUserAttributeVerificationCode', {
      AccessToken: auth.body.AuthenticationResult.AccessToken,
      AttributeName: 'email',
    });
    expect(answer.status).toBe(200);
    expect(seen.at(-1)!.triggerSource).toBe('CustomMessage_VerifyUserAttribute');
    const sent = emu.messages.at(-1)!;
    expect(sent).toMatchObject({ source: 'VerifyUserAttribute', subject: 'Confirm your email address' });
    expect(sent.body).toContain(sent.code);
    expect(sent.link).toBeUndefined(); // no verifyUrl given to the helper
  });

  it("a handler that leaves the response alone gets Cognito's default message: nothing extra recorded", async () => {
    current = (event) => event;
    const username = name();
    await signUp(username);
    expect(Object.keys(emu.messages[0]!).sort()).toEqual(['at', 'code', 'destination', 'medium', 'source', 'username']);
  });

  it('refuses, as Cognito would, a message without the placeholder or over the limit: that part falls back to the default', async () => {
    current = (event) => ({
      ...event,
      response: { emailMessage: 'No code here', emailSubject: 'x'.repeat(141), smsMessage: 'Code {####}' },
    });
    const username = name();
    expect((await signUp(username)).status).toBe(200);
    const [sent] = emu.messages;
    expect(sent!.body).toBeUndefined();
    expect(sent!.subject).toBeUndefined();
    expect(sent!.customMessageErrors).toEqual([
      'emailMessage does not contain {####}',
      'emailSubject is 141 characters long (at most 140)',
    ]);
    expect(sent!.code).toMatch(/^\d{6}$/);
  });

  it('a handler that throws fails the call with UserLambdaValidationException; one that answers nothing with InvalidLambdaResponseException', async () => {
    current = () => {
      throw new Error('boom');
    };
    const failed = await signUp(name());
    expect(failed.status).toBe(400);
    expect(failed.body).toEqual({ __type: 'UserLambdaValidationException', message: 'CustomMessage failed with error boom.' });
    current = () => undefined;
    const empty = await signUp(name());
    expect(empty.body.__type).toBe('InvalidLambdaResponseException');
  });

  it('refuses a customMessage that is not a function', async () => {
    await expect(startEmulator({ customMessage: 'yes' as never })).rejects.toThrow(/customMessage must be a CustomMessage Lambda handler/);
  });
});
