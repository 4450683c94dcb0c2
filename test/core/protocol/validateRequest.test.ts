import { describe, expect, it, vi } from 'vitest';
import { CognitoConfirmError, type ValidationRule } from '../../../src/core/protocol/CognitoConfirmError';
import type { CognitoOperation } from '../../../src/core/protocol/operations';
import { validateRequest } from '../../../src/core/protocol/validateRequest';

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

  it('rejects a request that is not an object, and an unknown operation', () => {
    expect(validationFailure('ConfirmSignUp', null).field).toBe('params');
    expect(validationFailure('AdminInitiateAuth' as CognitoOperation, {}).field).toBe('operation');
  });
});
