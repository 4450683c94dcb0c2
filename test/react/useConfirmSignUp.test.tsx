// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useConfirmSignUp } from '../../src/react/useConfirmSignUp';
import { useResendConfirmationCode } from '../../src/react/useResendConfirmationCode';
import { uniqueUser } from '../support/confirmFlow';
import { setUpEmulator } from '../support/setUpEmulator';
import { harnessClient } from '../support/harnessClient.mjs';
import { kitWrapper } from '../support/kitWrapper';

const emulator = setUpEmulator();

describe('useConfirmSignUp', () => {
  it('keeps the submitted code after CodeMismatch, then confirms and clears the resend cooldown', async () => {
    const user = uniqueUser('confirm');
    await harnessClient(emulator.endpoint).signUp(user);
    const { result } = renderHook(
      () => ({ resend: useResendConfirmationCode({ username: user.username }), confirm: useConfirmSignUp({ username: user.username }) }),
      { wrapper: kitWrapper(emulator) },
    );
    act(() => result.current.resend.resend());
    await waitFor(() => expect(result.current.resend.isCoolingDown).toBe(true));

    const good = emulator.latestCode(user.username)!;
    const wrong = good === '000000' ? '111111' : '000000';
    act(() => result.current.confirm.confirm(wrong));
    await waitFor(() => expect(result.current.confirm.status).toBe('error'));
    expect(result.current.confirm.error).toMatchObject({ code: 'CodeMismatchException', retryable: false });
    expect(result.current.confirm.submittedCode).toBe(wrong);

    act(() => result.current.confirm.confirm(good));
    await waitFor(() => expect(result.current.confirm.isConfirmed).toBe(true));
    expect(result.current.resend.isCoolingDown).toBe(false);
    const confirmRequests = emulator.requests.filter((r) => r.target === 'ConfirmSignUp' && r.body.Username === user.username);
    expect(confirmRequests.map((r) => r.body.ConfirmationCode)).toEqual([wrong, good]);
  });

  it('ignores a second submission while one is in flight (auto-submit plus Enter)', async () => {
    const user = uniqueUser('double');
    await harnessClient(emulator.endpoint).signUp(user);
    const { result } = renderHook(() => useConfirmSignUp({ username: user.username }), { wrapper: kitWrapper(emulator) });
    const code = emulator.latestCode(user.username)!;
    act(() => {
      result.current.confirm(code);
      result.current.confirm(code);
    });
    await waitFor(() => expect(result.current.isConfirmed).toBe(true));
    expect(emulator.requests.filter((r) => r.target === 'ConfirmSignUp' && r.body.Username === user.username)).toHaveLength(1);
  });

  it('reports a bad code format as a ValidationError on the ConfirmationCode field without a request', async () => {
    const { result } = renderHook(() => useConfirmSignUp({ username: 'jane' }), { wrapper: kitWrapper(emulator) });
    const before = emulator.requests.length;
    act(() => result.current.confirm('12 34'));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'ValidationError', field: 'ConfirmationCode' });
    expect(result.current.submittedCode).toBe('12 34');
    expect(emulator.requests.length).toBe(before);
  });
});
