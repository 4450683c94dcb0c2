// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  dropResetInProgress,
  keepResetInProgress,
  RESET_IN_PROGRESS_MS,
  readResetInProgress,
} from '../../../src/core/session/resetInProgress';

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('the reset in progress (this tab only)', () => {
  it('keeps the name until its time, under the kit prefix, per pool and client', () => {
    const now = Date.now();
    keepResetInProgress('pool:client', 'ana', now + RESET_IN_PROGRESS_MS);
    expect(Object.keys(sessionStorage)).toEqual(['cognito-confirm-kit:reset:pool:client']);
    expect(readResetInProgress('pool:client', now)).toBe('ana');
    expect(readResetInProgress('pool:other', now)).toBeUndefined();
    expect(readResetInProgress('pool:client', now + RESET_IN_PROGRESS_MS + 1)).toBeUndefined();
    // Expired: removed as it is read.
    expect(sessionStorage.length).toBe(0);
  });

  it('does not trust entries it did not write: garbage, a far deadline, an empty name', () => {
    const now = Date.now();
    for (const value of [
      '{',
      'null',
      '[1,2]',
      JSON.stringify(['', now + 1000]),
      JSON.stringify(['ana', now + 10 * RESET_IN_PROGRESS_MS]),
    ]) {
      sessionStorage.setItem('cognito-confirm-kit:reset:s', value);
      expect(readResetInProgress('s', now)).toBeUndefined();
      expect(sessionStorage.getItem('cognito-confirm-kit:reset:s')).toBeNull();
    }
  });

  it('never throws when the storage refuses', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => keepResetInProgress('s', 'ana', Date.now() + 1000)).not.toThrow();
    expect(readResetInProgress('s')).toBeUndefined();
    expect(() => dropResetInProgress('s')).not.toThrow();
  });
});
