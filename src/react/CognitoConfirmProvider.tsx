'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useMemo, useState, type ReactNode } from 'react';
import { createCognitoConfirmClient } from '../core/createCognitoConfirmClient.js';
import { createCooldownStore } from '../core/createCooldownStore.js';
import { CognitoConfirmContext, type CognitoConfirmConfig, type CognitoConfirmContextValue } from './CognitoConfirmContext.js';

export interface CognitoConfirmProviderProps {
  config: CognitoConfirmConfig;
  /** Defaults to the app's `QueryClientProvider` when there is one, else a client of the kit's own. */
  queryClient?: QueryClient;
  children?: ReactNode;
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
  const client = useMemo(
    () => createCognitoConfirmClient({ userPoolId, clientId, transport, analytics, contextData, clientMetadata }),
    // Inline objects change identity every render; compare what they hold.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [userPoolId, clientId, transport, analytics, JSON.stringify(contextData), JSON.stringify(clientMetadata)],
  );
  const cooldowns = useMemo(
    () => createCooldownStore({ policy: cooldown, ...(cooldownStorage ? { storage: cooldownStorage } : {}) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [JSON.stringify(cooldown), cooldownStorage],
  );
  const { enumerationSafe, locale, messages } = config;
  const value = useMemo<CognitoConfirmContextValue>(
    () => ({ client, cooldowns, config }),
    // Only what consumers read from `config` directly; the rest reaches them through `client`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, cooldowns, enumerationSafe, locale, JSON.stringify(messages)],
  );

  const content = <CognitoConfirmContext.Provider value={value}>{children}</CognitoConfirmContext.Provider>;
  const explicit = queryClient ?? ownQueryClient;
  return explicit ? <QueryClientProvider client={explicit}>{content}</QueryClientProvider> : content;
}
