import { describe, expect, it, vi } from 'vitest';
import { CognitoConfirmError, type ValidationRule } from '../../../src/core/protocol/CognitoConfirmError';
import type { CognitoOperation } from '../../../src/core/protocol/operations';
import { validateRequest } from '../../../src/core/protocol/validateRequest';
import { checkRequest } from '../../../src/core/protocol/checkRequest';
import { INITIATE_AUTH } from '../../../src/core/protocol/resetOperations';

/** Either form of the kit's InitiateAuth, as the client checks it (validateRequest takes the Session form only). */
const validateSignIn = (params: unknown) => checkRequest(INITIATE_AUTH, params);

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl';
const VALID: Record<CognitoOperation, Record<string, unknown>> = {
  ResendConfirmationCode: {
    ClientId: '4tq1example2client+id',
    Username: 'jane.doe@example.com',
    SecretHash: 'aGFzaA+/=',
    UserContextData: { IpAddress: '203.0.113.7', EncodedData: 'abc' },
    AnalyticsMetadata: { AnalyticsEndpointId: 'endpoint' },
    ClientMetadata: { locale: 'de', source: 'web' },
  },
  ConfirmSignUp: {
    ClientId: 'client_1',
    Username: 'Zoë_ünïcode',
    ConfirmationCode: '123456',
    ForceAliasCreation: false,
    Session: 'a'.repeat(40),
    ClientMetadata: {},
  },
  GetUserAttributeVerificationCode: { AccessToken: TOKEN, AttributeName: 'email', ClientMetadata: { a: 'b' } },
  VerifyUserAttribute: { AccessToken: TOKEN, AttributeName: 'phone_number', Code: '000000' },
  InitiateAuth: {
    AuthFlow: 'USER_AUTH',
    AuthParameters: { USERNAME: 'Zoë_ünïcode', SECRET_HASH: 'aGFzaA+/=' },
    ClientMetadata: { locale: 'de' },
    ClientId: 'client_1',
    AnalyticsMetadata: { AnalyticsEndpointId: 'endpoint' },
    UserContextData: { EncodedData: 'abc' },
    Session: 'a'.repeat(40),
  },
  ForgotPassword: {
    ClientId: 'client_1',
    Username: 'Zoë_ünïcode',
    SecretHash: 'aGFzaA+/=',
    UserContextData: { IpAddress: '203.0.113.7', EncodedData: 'abc' },
    AnalyticsMetadata: { AnalyticsEndpointId: 'endpoint' },
    ClientMetadata: { locale: 'de' },
  },
  ConfirmForgotPassword: {
    ClientId: 'client_1',
    Username: 'Zoë_ünïcode',
    ConfirmationCode: '123456',
    Password: 'Fresh-Start-42!',
    ClientMetadata: { locale: 'de' },
  },
};

/** The failure of the client's check of either InitiateAuth form (its password form included). */
function signInFailure(params: unknown): CognitoConfirmError {
  try {
    validateSignIn(params);
  } catch (error) {
    expect(error).toBeInstanceOf(CognitoConfirmError);
    return error as CognitoConfirmError;
  }
  throw new Error(`expected the sign-in check to reject ${JSON.stringify(params)}`);
}

function validationFailure(operation: CognitoOperation, params: unknown): CognitoConfirmError {
  try {
    validateRequest(operation, params);
  } catch (error) {
    expect(error).toBeInstanceOf(CognitoConfirmError);
    expect((error as CognitoConfirmError).code).toBe('ValidationError');
    expect((error as CognitoConfirmError).retryable).toBe(false);
    return error as CognitoConfirmError;
  }
  throw new Error(`expected ${operation} to reject ${JSON.stringify(params)}`);
}

// [operation, field, bad value, the rule it breaks]
const BAD: Array<[CognitoOperation, string, unknown, ValidationRule]> = [
  ['ResendConfirmationCode', 'ClientId', undefined, 'required'],
  ['ResendConfirmationCode', 'ClientId', '', 'min'],
  ['ResendConfirmationCode', 'ClientId', 'has-dash', 'pattern'],
  ['ResendConfirmationCode', 'ClientId', 'a'.repeat(129), 'max'],
  ['ResendConfirmationCode', 'ClientId', 42, 'type'],
  ['ResendConfirmationCode', 'Username', undefined, 'required'],
  ['ResendConfirmationCode', 'Username', 'jane doe', 'pattern'],
  ['ResendConfirmationCode', 'Username', ' jane', 'pattern'],
  ['ResendConfirmationCode', 'Username', 'a'.repeat(129), 'max'],
  ['ResendConfirmationCode', 'Username', null, 'type'],
  ['ResendConfirmationCode', 'SecretHash', 'not base64!', 'pattern'],
  ['ResendConfirmationCode', 'SecretHash', '', 'min'],
  ['ResendConfirmationCode', 'SecretHash', 'a'.repeat(129), 'max'],
  ['ResendConfirmationCode', 'UserContextData', 'fingerprint', 'type'],
  ['ResendConfirmationCode', 'AnalyticsMetadata', ['x'], 'type'],
  ['ResendConfirmationCode', 'ClientMetadata', new Map([['a', 'b']]), 'type'],
  ['ConfirmSignUp', 'ConfirmationCode', undefined, 'required'],
  ['ConfirmSignUp', 'ConfirmationCode', '123 456', 'pattern'],
  ['ConfirmSignUp', 'ConfirmationCode', '1'.repeat(2049), 'max'],
  ['ConfirmSignUp', 'ForceAliasCreation', 'yes', 'type'],
  ['ConfirmSignUp', 'Session', 'short', 'min'],
  ['GetUserAttributeVerificationCode', 'AccessToken', undefined, 'required'],
  ['GetUserAttributeVerificationCode', 'AccessToken', 'has space', 'pattern'],
  ['GetUserAttributeVerificationCode', 'AttributeName', '', 'min'],
  ['GetUserAttributeVerificationCode', 'AttributeName', 'a'.repeat(33), 'max'],
  ['VerifyUserAttribute', 'AttributeName', 'e\u00a0mail', 'pattern'],
  ['VerifyUserAttribute', 'Code', undefined, 'required'],
  ['VerifyUserAttribute', 'Code', '12\t34', 'pattern'],
  ['InitiateAuth', 'AuthFlow', 'USER_PASSWORD_AUTH', 'enum'],
  ['InitiateAuth', 'AuthFlow', 'REFRESH_TOKEN_AUTH', 'enum'],
  ['InitiateAuth', 'AuthFlow', undefined, 'required'],
  ['InitiateAuth', 'Session', undefined, 'required'],
  ['InitiateAuth', 'Session', 'short', 'min'],
  ['InitiateAuth', 'AuthParameters', undefined, 'required'],
  ['InitiateAuth', 'AuthParameters', { USERNAME: 'u', PASSWORD: 'p' }, 'unknownField'],
  ['InitiateAuth', 'AuthParameters', { SECRET_HASH: 'aGFzaA==' }, 'required'],
  ['InitiateAuth', 'AuthParameters', { USERNAME: 'has space' }, 'pattern'],
  ['ForgotPassword', 'Username', undefined, 'required'],
  ['ForgotPassword', 'Username', 'a'.repeat(129), 'max'],
  ['ForgotPassword', 'SecretHash', 'not base64!', 'pattern'],
  ['ForgotPassword', 'ClientMetadata', 'x', 'type'],
  ['ForgotPassword', 'Password', 'Fresh-Start-42!', 'unknownField'],
  ['ConfirmForgotPassword', 'ConfirmationCode', undefined, 'required'],
  ['ConfirmForgotPassword', 'ConfirmationCode', '123 456', 'pattern'],
  ['ConfirmForgotPassword', 'Password', undefined, 'required'],
  ['ConfirmForgotPassword', 'Password', '', 'min'],
  ['ConfirmForgotPassword', 'Password', 'a'.repeat(257), 'max'],
  ['ConfirmForgotPassword', 'Password', '😀'.repeat(257), 'max'],
  // Inner spaces and tabs are Cognito's (`^[\S]+.*[\S]+$`); leading or trailing whitespace and line breaks are not.
  ['ConfirmForgotPassword', 'Password', ' Fresh-Start-42!', 'pattern'],
  ['ConfirmForgotPassword', 'Password', 'Fresh-Start-42!\t', 'pattern'],
  ['ConfirmForgotPassword', 'Password', 'Fresh-Start-42!\n', 'pattern'],
  ['ConfirmForgotPassword', 'Password', 'Fresh\nStart-42!', 'pattern'],
  ['ConfirmForgotPassword', 'Password', 'Fresh\u2028Start-42!', 'pattern'],
  ['ConfirmForgotPassword', 'Password', ' ', 'pattern'],
  ['ConfirmForgotPassword', 'Password', 42, 'type'],
  ['ConfirmForgotPassword', 'Password', null, 'type'],
  ['ConfirmForgotPassword', 'Password', ['Fresh-Start-42!'], 'type'],
  ['ConfirmForgotPassword', 'Session', 'a'.repeat(40), 'unknownField'],
];

/** A valid request of the password form of InitiateAuth (no Session), for the rows that need it. */
const PASSWORD_SIGN_IN = {
  AuthFlow: 'USER_AUTH',
  ClientId: 'client_1',
  AuthParameters: { USERNAME: 'alice', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: 'Fresh-Start-42!' },
};

// The marker is in every bad password below: no failure may quote it back.
const MARKER = 'Sekret-Marker-9';
const BAD_PASSWORDS: Array<[string, unknown, ValidationRule]> = [
  ['with a trailing space', `${MARKER} `, 'pattern'],
  ['with a leading tab', `\t${MARKER}`, 'pattern'],
  ['with a line break inside', `${MARKER}\rx`, 'pattern'],
  ['with a newline', `${MARKER}\n`, 'pattern'],
  ['257 code points', MARKER + 'x'.repeat(257 - MARKER.length), 'max'],
  ['200 000 characters', MARKER.repeat(20_000), 'max'],
  ['a String object', new String(MARKER), 'type'],
  ['an object whose toString is the password', { toString: () => MARKER }, 'type'],
  ['an array holding it', [MARKER], 'type'],
];

describe('validateRequest', () => {
  it.each(Object.entries(VALID))('accepts a complete valid %s request', (operation, params) => {
    expect(() => validateRequest(operation as CognitoOperation, params)).not.toThrow();
  });

  it.each(BAD)('%s rejects %s = %j', (operation, field, value, rule) => {
    const params = { ...VALID[operation], [field]: value };
    if (value === undefined) delete params[field];
    const error = validationFailure(operation, params);
    // A bad auth parameter is named by its path (AuthParameters.PASSWORD).
    expect(error.field === field || error.field?.startsWith(`${field}.`), `${error.field}`).toBe(true);
    expect(error.rule).toBe(rule);
    expect(error.message).toContain(field);
  });

  it('explains the rule in development and keeps only code, field and rule in production', () => {
    const params = { ...VALID.ResendConfirmationCode, Username: 'a'.repeat(129) };
    expect(validationFailure('ResendConfirmationCode', params).message).toBe('Username must be at most 128 characters (got 129).');
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const error = validationFailure('ResendConfirmationCode', params);
      expect(error).toMatchObject({ code: 'ValidationError', field: 'Username', rule: 'max', message: 'Username: max' });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('counts length in code points, as Cognito does', () => {
    const username = '😀'.repeat(128);
    expect(() => validateRequest('ResendConfirmationCode', { ClientId: 'c', Username: username })).not.toThrow();
  });

  it('names the ClientMetadata key whose value is not a string', () => {
    for (const bad of [1, true, null, { nested: 'x' }, ['a']]) {
      const error = validationFailure('ResendConfirmationCode', { ClientId: 'c', Username: 'u', ClientMetadata: { ok: 'x', locale: bad } });
      expect(error.field).toBe('ClientMetadata.locale');
    }
    expect(
      validationFailure('GetUserAttributeVerificationCode', { ...VALID.GetUserAttributeVerificationCode, ClientMetadata: 'x' }).field,
    ).toBe('ClientMetadata');
  });

  it('rejects context and analytics fields Cognito does not have, and non-string values in them', () => {
    expect(validationFailure('ResendConfirmationCode', { ClientId: 'c', Username: 'u', UserContextData: { Ip: '1.2.3.4' } }).field).toBe(
      'UserContextData.Ip',
    );
    expect(validationFailure('ResendConfirmationCode', { ClientId: 'c', Username: 'u', UserContextData: { EncodedData: 5 } }).field).toBe(
      'UserContextData.EncodedData',
    );
    expect(validationFailure('ConfirmSignUp', { ...VALID.ConfirmSignUp, AnalyticsMetadata: { AnalyticsEndpointId: {} } }).field).toBe(
      'AnalyticsMetadata.AnalyticsEndpointId',
    );
  });

  it('rejects fields that do not belong to the operation (e.g. a Password smuggled in)', () => {
    expect(validationFailure('ResendConfirmationCode', { ClientId: 'c', Username: 'u', Password: 'hunter2' }).field).toBe('Password');
    expect(validationFailure('VerifyUserAttribute', { ...VALID.VerifyUserAttribute, ClientMetadata: {} }).field).toBe('ClientMetadata');
  });

  it('accepts a password Cognito allows: unicode, emoji, symbols, inner spaces (a passphrase), 256 code points (512 UTF-16 units)', () => {
    for (const password of [
      'Fresh-Start-42!',
      'correct horse battery staple',
      'tab\tinside',
      'pässwört-ÜÖ',
      '密码很长很长',
      '🔑🔒😀',
      'a\u00a0b',
      'x',
      '😀'.repeat(256),
      'a'.repeat(256),
    ]) {
      expect(
        () => validateRequest('ConfirmForgotPassword', { ...VALID.ConfirmForgotPassword, Password: password }),
        password,
      ).not.toThrow();
      const authParameters = { ...PASSWORD_SIGN_IN.AuthParameters, PASSWORD: password };
      expect(() => validateSignIn({ ...PASSWORD_SIGN_IN, AuthParameters: authParameters }), password).not.toThrow();
    }
    expect(validationFailure('ConfirmForgotPassword', { ...VALID.ConfirmForgotPassword, Password: '😀'.repeat(257) }).rule).toBe('max');
  });

  it('checks the password form of InitiateAuth: PASSWORD as ConfirmForgotPassword checks Password, and both parameters together', () => {
    const withParameters = (changes: Record<string, unknown>) => ({
      ...PASSWORD_SIGN_IN,
      AuthParameters: { ...PASSWORD_SIGN_IN.AuthParameters, ...changes },
    });
    expect(() => validateSignIn(PASSWORD_SIGN_IN)).not.toThrow();
    expect(signInFailure(withParameters({ PASSWORD: '' }))).toMatchObject({
      field: 'AuthParameters.PASSWORD',
      rule: 'min',
    });
    expect(signInFailure(withParameters({ PASSWORD: 'a b ' }))).toMatchObject({
      field: 'AuthParameters.PASSWORD',
      rule: 'pattern',
    });
    expect(signInFailure(withParameters({ PASSWORD: undefined }))).toMatchObject({
      field: 'AuthParameters.PASSWORD',
      rule: 'required',
    });
    expect(signInFailure(withParameters({ PREFERRED_CHALLENGE: undefined }))).toMatchObject({
      field: 'AuthParameters.PREFERRED_CHALLENGE',
      rule: 'required',
    });
    expect(signInFailure(withParameters({ PREFERRED_CHALLENGE: 'EMAIL_OTP' }))).toMatchObject({
      field: 'AuthParameters.PREFERRED_CHALLENGE',
      rule: 'enum',
    });
    // Both forms at once: the Session form refuses the password.
    expect(signInFailure({ ...PASSWORD_SIGN_IN, Session: 'a'.repeat(40) })).toMatchObject({
      field: 'AuthParameters.PREFERRED_CHALLENGE',
      rule: 'unknownField',
    });
  });

  describe.each(['development', 'production'])('never quotes the password in a failure (%s build)', (mode) => {
    it.each(BAD_PASSWORDS)('Password %s', (_what, password, rule) => {
      vi.stubEnv('NODE_ENV', mode);
      try {
        const failures = [
          validationFailure('ConfirmForgotPassword', { ...VALID.ConfirmForgotPassword, Password: password }),
          signInFailure({
            ...PASSWORD_SIGN_IN,
            AuthParameters: { ...PASSWORD_SIGN_IN.AuthParameters, PASSWORD: password },
          }),
        ];
        for (const error of failures) {
          expect(error.rule).toBe(rule);
          expect(error.field).toMatch(/^(Password|AuthParameters\.PASSWORD)$/);
          for (const text of [
            error.message,
            error.field,
            JSON.stringify(error),
            String(error),
            error.stack ?? '',
            JSON.stringify(error.cause ?? null),
          ]) {
            expect(text).not.toContain(MARKER);
          }
        }
      } finally {
        vi.unstubAllEnvs();
      }
    });
  });

  it('validateRequest takes InitiateAuth in its Session form only: a relay gated by it never passes a password sign-in', () => {
    expect(() => validateSignIn(PASSWORD_SIGN_IN)).not.toThrow();
    expect(validationFailure('InitiateAuth', PASSWORD_SIGN_IN)).toMatchObject({ rule: 'unknownField' });
    expect(validationFailure('InitiateAuth', { ...PASSWORD_SIGN_IN, Session: 'a'.repeat(40) })).toMatchObject({ rule: 'unknownField' });
    expect(() => validateRequest('InitiateAuth', VALID.InitiateAuth)).not.toThrow();
  });

  it('rejects a request that is not an object, and an unknown operation', () => {
    expect(validationFailure('ConfirmSignUp', null).field).toBe('params');
    expect(validationFailure('AdminInitiateAuth' as CognitoOperation, {}).field).toBe('operation');
  });
});
