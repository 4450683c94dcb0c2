import { describe, expect, it } from 'vitest';
import { CognitoConfirmError } from '../../../src/core/protocol/CognitoConfirmError';
import { mentions, withoutSecret } from '../../../src/core/protocol/withoutSecret';

const SECRET = 'Fresh-Start-42!';

describe('withoutSecret', () => {
  it('returns the same error when nothing mentions the password', () => {
    const error = new CognitoConfirmError('CodeMismatchException', 'Invalid code.', { httpStatus: 400, cause: { __type: 'x' } });
    expect(withoutSecret(error, SECRET)).toBe(error);
  });

  it('masks the message, drops a cause or field that mentions it, and keeps code, status, retryable and Retry-After', () => {
    const error = new CognitoConfirmError('InvalidPasswordException', `Password ${SECRET} is weak; ${SECRET}`, {
      httpStatus: 400,
      retryAfterMs: 5000,
      field: `Password=${SECRET}`,
      cause: { request: { Password: SECRET } },
    });
    const clean = withoutSecret(error, SECRET);
    expect(clean).toBeInstanceOf(CognitoConfirmError);
    expect(clean).toMatchObject({ code: 'InvalidPasswordException', httpStatus: 400, retryAfterMs: 5000, retryable: false });
    expect(clean.message).toBe('Password *** is weak; ***');
    expect(clean.field).toBeUndefined();
    expect(clean.cause).toBeUndefined();
    for (const text of [JSON.stringify(clean), String(clean), clean.stack ?? '']) expect(text).not.toContain(SECRET);
    // A retryable error stays retryable.
    expect(withoutSecret(new CognitoConfirmError('TooManyRequestsException', SECRET), SECRET).retryable).toBe(true);
  });

  it('finds the password where JSON.stringify does not look: an Error cause’s message and stack, keys, nested arrays', () => {
    expect(mentions(new Error(`echo ${SECRET}`), SECRET)).toBe(true);
    expect(mentions({ nested: [{ deep: [SECRET] }] }, SECRET)).toBe(true);
    expect(mentions({ [SECRET]: 1 }, SECRET)).toBe(true);
    expect(mentions({ a: 1, b: null, c: undefined, d: ['x'] }, SECRET)).toBe(false);
    expect(mentions(42, SECRET)).toBe(false);
  });

  it('counts what it cannot search (a cycle, a getter that throws) as a mention, so it is dropped', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(mentions(cyclic, SECRET)).toBe(true);
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(mentions(hostile, SECRET)).toBe(true);
    const error = new CognitoConfirmError('UnknownError', 'x', { cause: cyclic });
    expect(withoutSecret(error, SECRET).cause).toBeUndefined();
  });
});
