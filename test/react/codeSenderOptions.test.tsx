// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../../src/core/cooldown/cooldownStorage';
import type { Transport } from '../../src/core/protocol/transports/Transport';
import { CognitoConfirmProvider } from '../../src/react/CognitoConfirmProvider';
import { useAttributeVerification } from '../../src/react/useAttributeVerification';
import { useResendConfirmationCode } from '../../src/react/useResendConfirmationCode';

// Nothing is sent: the options fail in render. The transport records, to prove it.
const sent: unknown[] = [];
const transport: Transport = {
  async send(operation, params) {
    sent.push({ operation, params });
    return {} as never;
  },
};

function Wrapper({ children }: { children: ReactNode }) {
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return (
    <QueryClientProvider client={queryClient}>
      <CognitoConfirmProvider config={{ userPoolId: 'eu-west-1_Opts1', clientId: 'c', transport, cooldownStorage: createMemoryStorage() }}>
        {children}
      </CognitoConfirmProvider>
    </QueryClientProvider>
  );
}

function renderError(hook: () => unknown): unknown {
  // React logs the render error it rethrows; keep the output readable.
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    renderHook(hook, { wrapper: Wrapper });
  } catch (error) {
    return error;
  } finally {
    quiet.mockRestore();
  }
  return undefined;
}

afterEach(() => {
  expect(sent).toHaveLength(0);
});

describe('cooldownMs and codeSentAt are checked before they reach the cooldown store', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1, 86_400_001])('useResendConfirmationCode refuses cooldownMs %s', (cooldownMs) => {
    const error = renderError(() => useResendConfirmationCode({ username: 'jane', cooldownMs }));
    expect(error).toBeInstanceOf(RangeError);
    expect(String(error)).toContain('cooldownMs');
  });

  it.each([Number.NaN, Number.NEGATIVE_INFINITY, -5, Date.now() * 1000])(
    'useResendConfirmationCode refuses codeSentAt %s',
    (codeSentAt) => {
      const error = renderError(() => useResendConfirmationCode({ username: 'jane', codeSentAt }));
      expect(error).toBeInstanceOf(RangeError);
      expect(String(error)).toContain('codeSentAt');
    },
  );

  it.each(['30000', null, true])('refuses a %j that is not a number with a TypeError', (value) => {
    expect(renderError(() => useResendConfirmationCode({ username: 'jane', cooldownMs: value as never }))).toBeInstanceOf(TypeError);
    expect(renderError(() => useResendConfirmationCode({ username: 'jane', codeSentAt: value as never }))).toBeInstanceOf(TypeError);
  });

  it('useAttributeVerification refuses a NaN cooldownMs too', () => {
    const error = renderError(() => useAttributeVerification({ accessToken: 'a.b.c', attributeName: 'email', cooldownMs: Number.NaN }));
    expect(error).toBeInstanceOf(RangeError);
  });

  it('accepts sane values', () => {
    expect(
      renderError(() => useResendConfirmationCode({ username: 'jane', cooldownMs: 0, codeSentAt: Date.now() - 5_000 })),
    ).toBeUndefined();
    expect(renderError(() => useResendConfirmationCode({ username: 'jane', cooldownMs: 60_000 }))).toBeUndefined();
  });
});
