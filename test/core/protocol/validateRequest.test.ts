import { describe, expect, it } from 'vitest';
import { CognitoConfirmError } from '../../../src/core/protocol/CognitoConfirmError';
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

// [operation, field, bad value, words the message must contain]
const BAD: Array<[CognitoOperation, string, unknown, string]> = [
  ['ResendConfirmationCode', 'ClientId', undefined, 'required'],
  ['ResendConfirmationCode', 'ClientId', '', 'required'],
  ['ResendConfirmationCode', 'ClientId', 'has-dash', 'characters'],
  ['ResendConfirmationCode', 'ClientId', 'a'.repeat(129), 'at most 128'],
  ['ResendConfirmationCode', 'ClientId', 42, 'must be a string'],
  ['ResendConfirmationCode', 'Username', undefined, 'required'],
  ['ResendConfirmationCode', 'Username', 'jane doe', 'characters'],
  ['ResendConfirmationCode', 'Username', ' jane', 'characters'],
  ['ResendConfirmationCode', 'Username', 'a'.repeat(129), 'at most 128'],
  ['ResendConfirmationCode', 'Username', null, 'must be a string'],
  ['ResendConfirmationCode', 'SecretHash', 'not base64!', 'characters'],
  ['ResendConfirmationCode', 'SecretHash', '', 'must not be empty'],
  ['ResendConfirmationCode', 'SecretHash', 'a'.repeat(129), 'at most 128'],
  ['ResendConfirmationCode', 'UserContextData', 'fingerprint', 'must be an object'],
  ['ResendConfirmationCode', 'AnalyticsMetadata', ['x'], 'must be an object'],
  ['ConfirmSignUp', 'ConfirmationCode', undefined, 'required'],
  ['ConfirmSignUp', 'ConfirmationCode', '123 456', 'characters'],
  ['ConfirmSignUp', 'ConfirmationCode', '1'.repeat(2049), 'at most 2048'],
  ['ConfirmSignUp', 'ForceAliasCreation', 'yes', 'boolean'],
  ['ConfirmSignUp', 'Session', 'short', 'must be'],
  ['GetUserAttributeVerificationCode', 'AccessToken', undefined, 'required'],
  ['GetUserAttributeVerificationCode', 'AccessToken', 'has space', 'characters'],
  ['GetUserAttributeVerificationCode', 'AttributeName', '', 'required'],
  ['GetUserAttributeVerificationCode', 'AttributeName', 'a'.repeat(33), 'at most 32'],
  ['VerifyUserAttribute', 'AttributeName', 'e mail', 'characters'],
  ['VerifyUserAttribute', 'Code', undefined, 'required'],
  ['VerifyUserAttribute', 'Code', '12\t34', 'characters'],
];

describe('validateRequest', () => {
  it.each(Object.entries(VALID))('accepts a complete valid %s request', (operation, params) => {
    expect(() => validateRequest(operation as CognitoOperation, params)).not.toThrow();
  });

  it.each(BAD)('%s rejects %s = %j', (operation, field, value, words) => {
    const params = { ...VALID[operation], [field]: value };
    if (value === undefined) delete params[field];
    const error = validationFailure(operation, params);
    expect(error.field).toBe(field);
    expect(error.message).toContain(words);
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
    expect(validationFailure('InitiateAuth' as CognitoOperation, {}).field).toBe('operation');
  });
});
