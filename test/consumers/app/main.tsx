// A consumer app: the published package, its stylesheet and a locale, built by Vite.
import { createRoot } from 'react-dom/client';
import { CognitoConfirmProvider, SignUpConfirmation, createFetchTransport } from 'cognito-confirm-kit';
import { de } from 'cognito-confirm-kit/locales/de';
import 'cognito-confirm-kit/styles.css';

const config = {
  userPoolId: 'eu-west-1_Consumer1',
  clientId: 'consumerclient',
  transport: createFetchTransport({ region: 'eu-west-1' }),
  messages: de,
  locale: 'de',
};

createRoot(document.getElementById('root')!).render(
  <CognitoConfirmProvider config={config}>
    <SignUpConfirmation username="jane" />
  </CognitoConfirmProvider>,
);
