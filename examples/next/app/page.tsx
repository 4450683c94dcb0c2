// A Server Component: it renders on the server and passes plain data to the client screen.
// Pure helpers come from `cognito-confirm-kit/core` (no 'use client' banner), so they run here.
import { DEFAULT_COOLDOWN_POLICY, formatDuration, maskDestination } from 'cognito-confirm-kit/core';
import { connection } from 'next/server';
import { ConfirmScreen } from './ConfirmScreen';

export default async function ConfirmPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Env vars are read per request, not baked in at build time.
  await connection();
  const { username, email, scheme } = await searchParams;
  const userPoolId = process.env.COGNITO_USER_POOL_ID ?? '';
  const clientId = process.env.COGNITO_CLIENT_ID ?? '';
  const destination = typeof email === 'string' ? maskDestination(email, 'EMAIL') : undefined;
  // ?scheme=dark (or light, auto): the kit's colorScheme theme; without it the screen is light.
  const colorScheme = scheme === 'light' || scheme === 'dark' || scheme === 'auto' ? scheme : undefined;
  return (
    <>
      <h1>Almost there</h1>
      <p data-testid="server-helpers">
        {destination ? `Check ${destination}. ` : ''}You can ask for a new code every {formatDuration(DEFAULT_COOLDOWN_POLICY.baseMs)}.
      </p>
      <ConfirmScreen
        userPoolId={userPoolId}
        clientId={clientId}
        username={typeof username === 'string' ? username : ''}
        {...(destination ? { codeDeliveryDetails: { Destination: destination, DeliveryMedium: 'EMAIL', AttributeName: 'email' } } : {})}
        {...(colorScheme ? { colorScheme } : {})}
      />
    </>
  );
}
