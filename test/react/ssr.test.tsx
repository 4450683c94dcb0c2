// @vitest-environment node
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createFetchTransport } from '../../src/core/protocol/transports/createFetchTransport';
import { CognitoConfirmProvider } from '../../src/react/CognitoConfirmProvider';
import { useAttributeVerification } from '../../src/react/useAttributeVerification';
import { useConfirmSignUp } from '../../src/react/useConfirmSignUp';
import { useCooldown } from '../../src/react/useCooldown';
import { useResendConfirmationCode } from '../../src/react/useResendConfirmationCode';

function Screen({ username }: { username: string }) {
  const resend = useResendConfirmationCode({ username });
  const confirm = useConfirmSignUp({ username });
  const attribute = useAttributeVerification({ accessToken: 'a.b.c', attributeName: 'email' });
  const cooldown = useCooldown('some-key');
  return <p>{`${resend.status}/${confirm.status}/${attribute.status}/${cooldown.isCoolingDown}/${resend.remainingSeconds}`}</p>;
}

describe('server rendering', () => {
  it('renders every hook in Node, where there is no window or localStorage', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const config = { userPoolId: 'eu-west-1_abc', clientId: 'client1', transport: createFetchTransport({ region: 'eu-west-1' }) };
    const withAppClient = renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <CognitoConfirmProvider config={config}>
          <Screen username="jane" />
        </CognitoConfirmProvider>
      </QueryClientProvider>,
    );
    expect(withAppClient).toBe('<p>idle/idle/idle/false/0</p>');
    const withOwnClient = renderToString(
      <CognitoConfirmProvider config={config}>
        <Screen username="jane" />
      </CognitoConfirmProvider>,
    );
    expect(withOwnClient).toBe('<p>idle/idle/idle/false/0</p>');
  });
});

describe('server rendering of the components', () => {
  it('renders every component to a string in Node', async () => {
    const {
      SignUpConfirmation,
      AttributeVerification,
      ResendCodeButton,
      CooldownTimer,
      MaskedDestination,
      ConfirmationCodeInput,
      CognitoConfirmTheme,
    } = await import('../../src/components/index');
    const config = { userPoolId: 'eu-west-1_abc', clientId: 'client1', transport: createFetchTransport({ region: 'eu-west-1' }) };
    const html = renderToString(
      <CognitoConfirmProvider config={config}>
        <CognitoConfirmTheme theme={{ colorPrimary: 'teal' }}>
          <SignUpConfirmation username="jane" codeFromUrl />
          <SignUpConfirmation />
          <AttributeVerification accessToken="a.b.c" />
          <ResendCodeButton username="jane" />
          <ResendCodeButton status="idle" />
          <CooldownTimer endsAt={Date.now() + 5_000} />
          <MaskedDestination destination="jane@example.com" />
          <ConfirmationCodeInput defaultValue="12" />
        </CognitoConfirmTheme>
      </CognitoConfirmProvider>,
    );
    expect(html).toContain('Confirm your account');
    expect(html).toContain('j***@e***.com');
    expect(html).toContain('--ck-color-primary:teal');
  });
});
