'use client';
// Rule 2: the kit's config (its transport is a function) is built in the app's own 'use client'
// module. A Server Component cannot call createBackendTransport() from the kit's client entry.
import { type CognitoConfirmConfig, createBackendTransport } from 'cognito-confirm-kit';

const transport = createBackendTransport({ url: '/api/cognito' });
let cached: CognitoConfirmConfig | undefined;

/** The ids come from the server page (read from env at request time); plain strings cross the boundary. */
export function kitConfig(userPoolId: string, clientId: string): CognitoConfirmConfig {
  if (cached?.userPoolId !== userPoolId || cached.clientId !== clientId) cached = { userPoolId, clientId, transport };
  return cached;
}
