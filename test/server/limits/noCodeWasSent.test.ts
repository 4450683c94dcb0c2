import { describe, expect, it } from 'vitest';
import { noCodeWasSent } from '../../../src/server/limits/noCodeWasSent';

const answer = (status: number, body: string, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers(headers),
  bytes: new TextEncoder().encode(body),
});
const typed = (status: number, type: unknown) => answer(status, JSON.stringify({ __type: type, message: 'm' }));

describe('noCodeWasSent', () => {
  it.each([
    'UserNotFoundException',
    'NotAuthorizedException',
    'InvalidParameterException',
    'LimitExceededException',
    'TooManyRequestsException',
    'com.amazonaws.cognito#UserNotFoundException',
    'usernotfoundexception',
  ])('a 400 %s: no code went out', (type) => {
    expect(noCodeWasSent(typed(400, type))).toBe(true);
  });

  it.each([
    ['CodeDeliveryFailureException', 400],
    ['UnexpectedLambdaException', 400],
    ['UserLambdaValidationException', 400],
    ['InvalidLambdaResponseException', 400],
    ['InternalErrorException', 500],
    ['UserNotFoundException', 500],
    ['UserNotFoundException', 200],
    ['UserNotFoundException', 302],
    ['SomethingNewException', 400],
    ['', 400],
    [42, 400],
    [null, 400],
  ])('%j with HTTP %i may have sent one', (type, status) => {
    expect(noCodeWasSent(typed(status, type))).toBe(false);
  });

  it('reads x-amzn-ErrorType first, as the AWS SDKs do', () => {
    const header = { 'x-amzn-errortype': 'UserNotFoundException:http://internal.amazon.com/coral/com.amazonaws.cognito/' };
    expect(noCodeWasSent(answer(400, '', header))).toBe(true);
    expect(noCodeWasSent(answer(400, '{"__type":"UserNotFoundException"}', { 'x-amzn-errortype': 'CodeDeliveryFailureException' }))).toBe(
      false,
    );
  });

  it.each(['', 'not json', '<html>403</html>', '[]', 'null', '"UserNotFoundException"', '{"__type":{"x":1}}'])(
    'a 4xx body %j that names no error counts as a send',
    (body) => {
      expect(noCodeWasSent(answer(403, body))).toBe(false);
    },
  );
});

describe('noCodeWasSent: ForgotPassword’s errors (botocore’s cognito-idp model, issue #30)', () => {
  // Every error the model lists for ForgotPassword, and whether a code may have gone out with it.
  const FORGOT_PASSWORD_ERRORS: Record<string, boolean> = {
    CodeDeliveryFailureException: false, // delivery was tried: a pumped SMS may be billed
    ForbiddenException: true,
    InternalErrorException: false,
    InvalidEmailRoleAccessPolicyException: true,
    InvalidLambdaResponseException: false,
    InvalidParameterException: true, // also: no verified email or phone
    InvalidSmsRoleAccessPolicyException: true,
    InvalidSmsRoleTrustRelationshipException: true,
    LimitExceededException: true,
    NotAuthorizedException: true,
    ResourceNotFoundException: true,
    TooManyRequestsException: true,
    UnexpectedLambdaException: false,
    UserLambdaValidationException: false,
    UserNotFoundException: true,
  };
  it.each(Object.entries(FORGOT_PASSWORD_ERRORS))('%s: no code went out → %s', (type, refunded) => {
    expect(noCodeWasSent(typed(400, type))).toBe(refunded);
  });
});
