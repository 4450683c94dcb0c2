'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useMemo, useState, type ReactNode } from 'react';
import { createCognitoConfirmClient } from '../core/protocol/createCognitoConfirmClient.js';
import { createCooldownStore } from '../core/cooldown/createCooldownStore.js';
import { CognitoConfirmContext, type CognitoConfirmConfig, type CognitoConfirmContextValue } from './CognitoConfirmContext.js';

export interface CognitoConfirmProviderProps {
  config: CognitoConfirmConfig;
  /** Defaults to the app's `QueryClientProvider` when there is one, else a client of the kit's own. */
  queryClient?: QueryClient | undefined;
  children?: ReactNode | undefined;
}

/**
 * Holds the kit's client and cooldown store for the hooks below it. The client is rebuilt when
 * the connection settings change; the cooldown store only when its policy or storage does, so a
 * running countdown survives re-renders with inline config objects.
 */
export function CognitoConfirmProvider({ config, queryClient, children }: CognitoConfirmProviderProps) {
  const appQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() =>
    queryClient || appQueryClient ? undefined : new QueryClient({ defaultOptions: { mutations: { retry: false } } }),
  );

  const { userPoolId, clientId, transport, analytics, contextData, clientMetadata, cooldown, cooldownStorage } = config;
  // biome-ignore lint/correctness/useExhaustiveDependencies: inline config objects change identity every render; compare what they hold.
  const client = useMemo(
    () => createCognitoConfirmClient({ userPoolId, clientId, transport, analytics, contextData, clientMetadata }),
    [userPoolId, clientId, transport, analytics, JSON.stringify(contextData), JSON.stringify(clientMetadata)],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: same: the policy is compared by content, so a running countdown survives re-renders.
  const cooldowns = useMemo(
    () => createCooldownStore({ policy: cooldown, storage: cooldownStorage || undefined }),
    [JSON.stringify(cooldown), cooldownStorage],
  );
  const { enumerationSafe, locale, messages } = config;
  // biome-ignore lint/correctness/useExhaustiveDependencies: consumers read only these from `config`; the rest reaches them through `client`.
  const value = useMemo<CognitoConfirmContextValue>(
    () => ({ client, cooldowns, config }),
    [client, cooldowns, enumerationSafe, locale, JSON.stringify(messages)],
  );

  const content = <CognitoConfirmContext.Provider value={value}>{children}</CognitoConfirmContext.Provider>;
  const explicit = queryClient ?? ownQueryClient;
  return explicit ? <QueryClientProvider client={explicit}>{content}</QueryClientProvider> : content;
}
