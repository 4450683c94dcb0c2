import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { useMemo } from 'react';
import {
  createBackendTransport,
  createFetchTransport,
  createIdentityJsTransport,
  type CognitoConfirmConfig,
  type Transport,
} from '../src/index';
import type { DemoEnv } from './env';
import { LOCALES, type DemoSettings, type TransportChoice } from './settings';

/** Sent as AnalyticsMetadata.AnalyticsEndpointId with every resend and confirm (a Pinpoint endpoint id in a real app). */
export const DEMO_ANALYTICS_ENDPOINT_ID = 'demo-pinpoint-endpoint';

function createTransport(env: DemoEnv, choice: TransportChoice): Transport {
  switch (choice) {
    case 'identity-js': {
      const pool = new CognitoUserPool({
        UserPoolId: env.userPoolId,
        ClientId: env.clientId,
        ...(env.endpoint ? { endpoint: env.endpoint } : {}),
      });
      // The SDK's own classes: signing in after a password reset goes through its SRP.
      return createIdentityJsTransport(pool, { sdk: { CognitoUser, AuthenticationDetails } });
    }
    case 'backend':
      return createBackendTransport({ url: '/api/cognito' });
    default:
      return env.endpoint ? createFetchTransport({ endpoint: env.endpoint }) : createFetchTransport({ region: env.region ?? 'us-east-1' });
  }
}

/** The kit's provider config for the chosen transport and language. */
export function useKitConfig(env: DemoEnv, settings: DemoSettings): CognitoConfirmConfig {
  const { transport: choice, locale } = settings;
  // One transport object per choice: a new one would rebuild the kit's client on every render.
  const transport = useMemo(() => createTransport(env, choice), [env, choice]);
  return useMemo(
    () => ({
      userPoolId: env.userPoolId,
      clientId: choice === 'backend' ? (env.secretClientId ?? env.clientId) : env.clientId,
      transport,
      analytics: DEMO_ANALYTICS_ENDPOINT_ID,
      clientMetadata: { source: 'cognito-confirm-kit-demo' },
      locale,
      messages: LOCALES[locale].messages,
    }),
    [env, choice, transport, locale],
  );
}
