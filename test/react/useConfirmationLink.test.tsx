// @vitest-environment jsdom
// The link landing's reading of the address, alone: what it reads, and what it leaves in the
// address bar, for links as Cognito's trigger writes them and for edited, hostile ones.
import { act, renderHook } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useConfirmationLink } from '../../src/react/useConfirmationLink';

afterEach(() => {
  vi.restoreAllMocks();
  history.replaceState(null, '', '/');
});

const address = () => `${location.pathname}${location.search}${location.hash}`;

/** Opens `query` on /confirm, reads it with the hook and lets the cleaning (a microtask) run. */
async function land(query: string, parameter: boolean | string = true, options?: { removeUsername?: boolean }) {
  history.replaceState({ app: 1 }, '', `/confirm?${query}#top`);
  const view = renderHook(() => useConfirmationLink(parameter, options));
  await act(async () => {});
  return view.result.current;
}

describe('useConfirmationLink', () => {
  it('reads code and username; only the code leaves the address, the rest exactly as written', async () => {
    expect(await land('ref=a%20b&username=jane&code=123456&flag')).toEqual({ read: true, code: '123456', username: 'jane' });
    expect(address()).toBe('/confirm?ref=a%20b&username=jane&flag#top');
    expect(history.state).toEqual({ app: 1 });
  });

  it('removeUsername takes the name out as well', async () => {
    expect(await land('username=jane&code=123456&x=1', true, { removeUsername: true })).toMatchObject({ code: '123456', username: 'jane' });
    expect(address()).toBe('/confirm?x=1#top');
  });

  it('another parameter name: reads and removes that one only', async () => {
    expect(await land('c=654321&code=111111', 'c')).toMatchObject({ code: '654321' });
    expect(address()).toBe('/confirm?code=111111#top');
  });

  it('a name without a code (a reload after reading the link): nothing is rewritten', async () => {
    const replace = vi.spyOn(history, 'replaceState');
    expect(await land('username=jane')).toEqual({ read: true, code: undefined, username: 'jane' });
    expect(replace).toHaveBeenCalledTimes(1); // land()'s own
    expect(address()).toBe('/confirm?username=jane#top');
  });

  it('off (false or undefined): read, nothing taken, the address untouched', async () => {
    for (const off of [false, undefined, '']) {
      history.replaceState(null, '', '/confirm?code=123456');
      const replace = vi.spyOn(history, 'replaceState');
      const { result } = renderHook(() => useConfirmationLink(off));
      await act(async () => {});
      expect(result.current).toEqual({ read: true, code: undefined, username: undefined });
      expect(replace).not.toHaveBeenCalled();
      replace.mockRestore();
    }
    expect(address()).toBe('/confirm?code=123456');
  });

  it('turned on after the first render: not read until then, then read and cleaned', async () => {
    history.replaceState(null, '', '/confirm?username=jane&code=123456');
    const replace = vi.spyOn(history, 'replaceState');
    const seen: Array<[boolean, boolean]> = [];
    const { result, rerender } = renderHook(
      ({ on }) => {
        const link = useConfirmationLink(on);
        seen.push([on, link.read]);
        return link;
      },
      { initialProps: { on: false } },
    );
    await act(async () => {});
    expect(replace).not.toHaveBeenCalled();
    expect(result.current).toEqual({ read: true, code: undefined, username: undefined });
    seen.length = 0;
    rerender({ on: true });
    await act(async () => {});
    // The render that turns it on says "not read yet": a screen waits instead of opening without the code.
    expect(seen[0]).toEqual([true, false]);
    expect(result.current).toEqual({ read: true, code: '123456', username: 'jane' });
    expect(address()).toBe('/confirm?username=jane');
  });

  it('never cleans an address it did not read: a router that moved on before the cleaning keeps its address', async () => {
    history.replaceState(null, '', '/confirm?code=123456');
    // renderHook returns with the effects run (the link read) and the cleaning still queued.
    const { result } = renderHook(() => useConfirmationLink(true));
    expect(result.current.code).toBe('123456');
    // Before the cleaning's microtask: the app navigated elsewhere.
    history.replaceState(null, '', '/elsewhere?q=1#h');
    await act(async () => {});
    expect(address()).toBe('/elsewhere?q=1#h');
  });

  it('in StrictMode (effects twice) the link is read once and the address cleaned once', async () => {
    history.replaceState(null, '', '/confirm?username=jane&code=123456');
    const wrapper = ({ children }: { children: ReactNode }) => <StrictMode>{children}</StrictMode>;
    const { result } = renderHook(() => useConfirmationLink(true), { wrapper });
    await act(async () => {});
    expect(result.current).toEqual({ read: true, code: '123456', username: 'jane' });
    expect(address()).toBe('/confirm?username=jane');
  });

  describe('hostile addresses', () => {
    it.each([
      // [what, query, what is read, what stays]
      ['a percent-encoded key', 'co%64e=123456', { code: '123456' }, ''],
      ['another case', 'CODE=123456', { code: undefined }, '?CODE=123456'],
      ['a double-encoded key', 'co%2564e=123456', { code: undefined }, '?co%2564e=123456'],
      ['a NUL in the key', 'code%00=123456', { code: undefined }, '?code%00=123456'],
      ['a malformed escape beside the real key', 'code%zz=1&code=123456', { code: '123456' }, '?code%zz=1'],
      ['malformed escapes everywhere', '%zz&co%zzde=1&code=%zz', { code: '%zz' }, '?%zz&co%zzde=1'],
      ['+ (a space) in the key', 'code+=123456', { code: undefined }, '?code+=123456'],
      ['repeated keys, plain and encoded', 'code=111111&x=1&code=222222&co%64e=333333', { code: '111111' }, '?x=1'],
      ['a key without a value', 'code', { code: undefined }, ''],
      ['an empty value', 'code=', { code: undefined }, ''],
      ['empty pairs', '&&code=123456&&', { code: '123456' }, '?&&&'],
      ['a NUL in the value', 'code=12%003456', { code: '12\u00003456' }, ''],
      ['markup in the value', 'code=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E123456', { code: '<img src=x onerror=alert(1)>123456' }, ''],
      ['a code over 2048 characters', `code=${'1'.repeat(2_049)}`, { code: undefined }, ''],
      ['a 200 kB query', `pad=${'x'.repeat(200_000)}&code=123456`, { code: '123456' }, `?pad=${'x'.repeat(200_000)}`],
    ])('%s', async (_, query, read, stays) => {
      expect(await land(query)).toMatchObject({ read: true, ...read });
      expect(location.search).toBe(stays);
      expect(location.hash).toBe('#top');
    });

    it.each([
      ['a 129-character name', `username=${'a'.repeat(129)}`],
      ['white space', 'username=ali%20ce'],
      ['+ for a space', 'username=ali+ce'],
      ['a bidi override', `username=${encodeURIComponent('ali\u202Eecnalab')}`],
      ['a NUL', 'username=ali%00ce'],
      ['a double-encoded key', 'user%256Eame=jane'],
      ['only spaces', 'username=%20%20'],
    ])('a username with %s is not read, and stays in the address as written', async (_, query) => {
      expect(await land(`${query}&code=123456`)).toMatchObject({ code: '123456', username: undefined });
      expect(location.search).toBe(`?${query}`);
    });

    it('a 128-character name, one written with a percent-encoded key, and one with markup are read', async () => {
      expect((await land(`username=${'a'.repeat(128)}`)).username).toBe('a'.repeat(128));
      expect((await land('user%6Eame=jane')).username).toBe('jane');
      expect((await land(`username=${encodeURIComponent('<b>jane</b>')}`)).username).toBe('<b>jane</b>');
    });

    it('removeUsername removes the decoded key, also when the value was refused', async () => {
      await land(`user%6Eame=${'a'.repeat(129)}&code=1&username=x`, true, { removeUsername: true });
      expect(location.search).toBe('');
    });
  });

  it('a frame that refuses replaceState: the code is still read', async () => {
    history.replaceState(null, '', '/confirm?code=123456');
    vi.spyOn(history, 'replaceState').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const { result } = renderHook(() => useConfirmationLink(true));
    await act(async () => {});
    expect(result.current.code).toBe('123456');
  });
});
