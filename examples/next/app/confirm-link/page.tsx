// The page a confirmation email's link opens (createCustomMessageHandler's confirmUrl): the kit reads
// `username` and `code` in the browser and takes the code out of the address bar (the name stays, for
// a reload); nothing is confirmed until the person taps Confirm.
import { connection } from 'next/server';
import { LinkScreen } from './LinkScreen';

export default async function ConfirmLinkPage() {
  await connection();
  return (
    <>
      <h1>Confirm your account</h1>
      <LinkScreen userPoolId={process.env.COGNITO_USER_POOL_ID ?? ''} clientId={process.env.COGNITO_CLIENT_ID ?? ''} />
    </>
  );
}
