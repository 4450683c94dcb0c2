// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readTokenSubject } from '../../src/core/protocol/readTokenSubject';
import { useAttributeVerification } from '../../src/react/useAttributeVerification';
import { signedInUser } from '../support/confirmFlow';
import { setUpEmulator } from '../support/setUpEmulator';
import { kitWrapper } from '../support/kitWrapper';

const emulator = setUpEmulator();

describe('useAttributeVerification', () => {
  it('sends a code with the same cooldown shape, verifies it, and clears the cooldown', async () => {
    const { user, accessToken } = await signedInUser(emulator, 'attr');
    const { result } = renderHook(() => useAttributeVerification({ accessToken, attributeName: 'email' }), {
      wrapper: kitWrapper(emulator),
    });
    expect(result.current).toMatchObject({ status: 'idle', isCoolingDown: false, verifyStatus: 'idle' });

    act(() => {
      result.current.sendCode();
      result.current.sendCode();
    });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.isCoolingDown).toBe(true);
    expect(result.current.codeDeliveryDetails).toMatchObject({ AttributeName: 'email', DeliveryMedium: 'EMAIL' });
    expect(
      emulator.requests.filter((r) => r.target === 'GetUserAttributeVerificationCode' && r.body.AccessToken === accessToken),
    ).toHaveLength(1);

    const code = emulator.latestCode(user.username)!;
    act(() => result.current.verify(code === '000000' ? '111111' : '000000'));
    await waitFor(() => expect(result.current.verifyStatus).toBe('error'));
    expect(result.current.verifyError?.code).toBe('CodeMismatchException');

    act(() => result.current.verify(code));
    await waitFor(() => expect(result.current.isVerified).toBe(true));
    expect(result.current.isCoolingDown).toBe(false);
  });

  it('keys the cooldown to the token subject, so a refreshed token keeps it', () => {
    const token = (sub: string, iat: number) =>
      ['eyJhbGciOiJub25lIn0', btoa(JSON.stringify({ sub, iat })).replace(/=+$/, ''), 'sig'].join('.');
    expect(readTokenSubject(token('abc-123', 1))).toBe('abc-123');
    expect(readTokenSubject('not-a-jwt')).toBeUndefined();
    expect(readTokenSubject('a.!!!.c')).toBeUndefined();
  });
});
