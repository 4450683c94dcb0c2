import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CognitoConfirmError } from '../../../src/core/protocol/CognitoConfirmError';
import { toCognitoConfirmError } from '../../../src/core/protocol/toCognitoConfirmError';
import { CONFIRM_EXCEPTIONS, RESEND_EXCEPTIONS } from '../../support/exceptionNames';

const RETRYABLE = new Set(['InternalErrorException', 'LimitExceededException', 'TooManyRequestsException']);

describe('toCognitoConfirmError', () => {
  it('maps all 15 documented ResendConfirmationCode exceptions from a raw body, keeping the name as code', () => {
    expect(RESEND_EXCEPTIONS).toHaveLength(15);
    for (const name of RESEND_EXCEPTIONS) {
      const error = toCognitoConfirmError({ __type: name, message: `msg for ${name}` }, 400);
      expect(error).toBeInstanceOf(CognitoConfirmError);
      expect(error.code).toBe(name);
      expect(error.message).toBe(`msg for ${name}`);
      expect(error.httpStatus).toBe(400);
      expect(error.retryable).toBe(RETRYABLE.has(name));
    }
  });

  it('maps the ConfirmSignUp / VerifyUserAttribute exceptions as not retryable', () => {
    for (const name of CONFIRM_EXCEPTIONS) {
      const error = toCognitoConfirmError({ __type: name, message: 'x' });
      expect(error.code).toBe(name);
      expect(error.retryable).toBe(false);
    }
  });

  it('maps every exception of ForgotPassword, ConfirmForgotPassword and InitiateAuth (the model), in any casing, retryable only when throttled', () => {
    const contract = JSON.parse(readFileSync(new URL('../../fixtures/cognito-contract.json', import.meta.url), 'utf8')) as {
      operations: Record<string, { errors: string[] }>;
    };
    const names = new Set(['ForgotPassword', 'ConfirmForgotPassword', 'InitiateAuth'].flatMap((op) => contract.operations[op]!.errors));
    for (const name of ['InvalidPasswordException', 'PasswordHistoryPolicyViolationException', 'PasswordResetRequiredException']) {
      expect(names).toContain(name);
    }
    expect(names).toContain('UserNotConfirmedException');
    for (const name of names) {
      for (const given of [name, `aws.cognito#${name.toLowerCase()}`, `${name.toUpperCase()}:http://internal.amazon.com/coral/`]) {
        const error = toCognitoConfirmError({ __type: given, message: 'x' }, 400);
        expect(error.code, given).toBe(name);
        expect(error.retryable, given).toBe(RETRYABLE.has(name));
      }
    }
    // From Amplify v6 / the AWS SDK (`name`) and identity-js (`code`) too.
    expect(toCognitoConfirmError({ name: 'PasswordHistoryPolicyViolationException', message: 'x' }).code).toBe(
      'PasswordHistoryPolicyViolationException',
    );
    expect(toCognitoConfirmError({ code: 'invalidpasswordexception', message: 'x' }).code).toBe('InvalidPasswordException');
  });

  it('strips the namespace# prefix and accepts Message with a capital M', () => {
    const error = toCognitoConfirmError({ __type: 'com.amazonaws.cognito#LimitExceededException', Message: 'Attempt limit exceeded' });
    expect(error.code).toBe('LimitExceededException');
    expect(error.message).toBe('Attempt limit exceeded');
    expect(error.retryable).toBe(true);
  });

  it('reads amazon-cognito-identity-js errors (code + statusCode) and its NetworkError', () => {
    const sdk = Object.assign(new Error('Invalid verification code provided'), {
      code: 'CodeMismatchException',
      name: 'CodeMismatchException',
      statusCode: 400,
    });
    const mapped = toCognitoConfirmError(sdk);
    expect(mapped.code).toBe('CodeMismatchException');
    expect(mapped.httpStatus).toBe(400);
    expect(mapped.cause).toBe(sdk);

    const network = Object.assign(new Error('Network error'), { code: 'NetworkError' });
    expect(toCognitoConfirmError(network)).toMatchObject({ code: 'NetworkError', retryable: true });
  });

  it('reads AWS SDK v3 / Amplify v6 errors (name + $metadata.httpStatusCode)', () => {
    const v3 = Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException', $metadata: { httpStatusCode: 429 } });
    expect(toCognitoConfirmError(v3)).toMatchObject({ code: 'TooManyRequestsException', httpStatus: 429, retryable: true });
  });

  it('maps fetch failures from every engine to NetworkError, and abort / timeout by name', () => {
    for (const message of ['Failed to fetch', 'fetch failed', 'Load failed', 'NetworkError when attempting to fetch resource.']) {
      expect(toCognitoConfirmError(new TypeError(message))).toMatchObject({ code: 'NetworkError', retryable: true });
    }
    expect(toCognitoConfirmError(new DOMException('aborted', 'AbortError'))).toMatchObject({ code: 'AbortError', retryable: false });
    expect(toCognitoConfirmError(new DOMException('timed out', 'TimeoutError'))).toMatchObject({ code: 'TimeoutError', retryable: true });
  });

  it('does not mistake a programming error for a network failure', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'split')");
    expect(toCognitoConfirmError(bug)).toMatchObject({ code: 'UnknownError', retryable: false });
    expect(toCognitoConfirmError('boom')).toMatchObject({ code: 'UnknownError', message: 'boom' });
    expect(toCognitoConfirmError(undefined).code).toBe('UnknownError');
  });

  it('returns a CognitoConfirmError unchanged', () => {
    const original = new CognitoConfirmError('ValidationError', 'bad', { field: 'Username' });
    expect(toCognitoConfirmError(original)).toBe(original);
  });

  it('treats an unreadable 5xx answer as retryable and a 4xx one as not', () => {
    expect(new CognitoConfirmError('InvalidResponseError', 'x', { httpStatus: 502 }).retryable).toBe(true);
    expect(new CognitoConfirmError('InvalidResponseError', 'x', { httpStatus: 404 }).retryable).toBe(false);
  });
});
