// A consumer app: the published package, its stylesheet and a locale, built by Vite. The page shows the
// screen without a colorScheme and with each one (directly and through CognitoConfirmTheme), so
// scripts/kitStyleCheck.mjs can check the default look of every variant in the production build;
// ?page=light-dark or ?page=dark makes the app's own stylesheet set color-scheme on :root.
import { createRoot } from 'react-dom/client';
import { CognitoConfirmProvider, CognitoConfirmTheme, SignUpConfirmation, createFetchTransport } from 'cognito-confirm-kit';
import { de } from 'cognito-confirm-kit/locales/de';
import 'cognito-confirm-kit/styles.css';
import './app.css';

const config = {
  userPoolId: 'eu-west-1_Consumer1',
  clientId: 'consumerclient',
  transport: createFetchTransport({ region: 'eu-west-1' }),
  messages: de,
  locale: 'de',
};
const details = { Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } as const;

const page = new URLSearchParams(location.search).get('page');
if (page) document.documentElement.dataset.page = page;

createRoot(document.getElementById('root')!).render(
  <CognitoConfirmProvider config={config}>
    <SignUpConfirmation username="jane" codeDeliveryDetails={details} />
    <SignUpConfirmation username="jane" codeDeliveryDetails={details} theme={{ colorScheme: 'light' }} />
    <SignUpConfirmation username="jane" codeDeliveryDetails={details} theme={{ colorScheme: 'dark' }} />
    <SignUpConfirmation username="jane" codeDeliveryDetails={details} theme={{ colorScheme: 'auto' }} />
    <CognitoConfirmTheme theme={{ colorScheme: 'dark', colorPrimary: '#5b21b6', dark: { colorPrimary: '#c4b5fd' } }}>
      <SignUpConfirmation username="jane" codeDeliveryDetails={details} />
      <SignUpConfirmation username="jane" codeDeliveryDetails={details} theme={{ colorScheme: 'light' }} />
    </CognitoConfirmTheme>
  </CognitoConfirmProvider>,
);
