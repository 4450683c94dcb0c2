import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryStorage, type CooldownStorage } from '../../src/core/cooldown/cooldownStorage';
import { createFetchTransport } from '../../src/core/protocol/transports/createFetchTransport';
import type { CognitoConfirmConfig } from '../../src/react/CognitoConfirmContext';
import { CognitoConfirmProvider } from '../../src/react/CognitoConfirmProvider';

export interface KitTarget {
  endpoint: string;
  userPoolId: string;
  clientId: string;
}

/**
 * A wrapper for renderHook/render: the kit's provider talking to an emulator over HTTP with the
 * fetch transport, a fresh QueryClient without retries, and its own cooldown storage (pass the same
 * storage to two wrappers to simulate a reload).
 */
export function kitWrapper(
  target: KitTarget,
  extra: Partial<CognitoConfirmConfig> & { storage?: CooldownStorage; queryClient?: QueryClient } = {},
) {
  const {
    storage = createMemoryStorage(),
    queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } }),
    ...config
  } = extra;
  const fullConfig: CognitoConfirmConfig = {
    userPoolId: target.userPoolId,
    clientId: target.clientId,
    transport: createFetchTransport({ endpoint: target.endpoint }),
    cooldownStorage: storage,
    ...config,
  };
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <CognitoConfirmProvider config={fullConfig}>{children}</CognitoConfirmProvider>
      </QueryClientProvider>
    );
  };
}

/** Fake timers that still let real HTTP to the emulator complete (see ../shared/toolchain-notes.md). */
export function useKitFakeTimers(vi: typeof import('vitest').vi) {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

/**
 * user-event for screens that talk to the emulator over HTTP. Without delays between its steps an
 * action ends in the task that started the request, so the answer (a later task) always lands inside
 * the waitFor after it. With delays it could land between the two, and React's commit of it then ran
 * outside act(): a warning that failed tests now and then under load.
 */
export const userOverHttp = () => userEvent.setup({ delay: null });
