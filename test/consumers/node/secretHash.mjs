// A Node-only consumer: the server entry computes the SecretHash Cognito expects.
import { createHmac } from 'node:crypto';
import { computeSecretHash, createConfirmationHandler } from 'cognito-confirm-kit/server';

const input = { username: 'jane', clientId: 'consumerclient', clientSecret: 'consumer-secret' };
const hash = await computeSecretHash(input);
const reference = createHmac('sha256', input.clientSecret)
  .update(input.username + input.clientId)
  .digest('base64');
if (hash !== reference) throw new Error(`SecretHash ${hash} differs from the reference ${reference}`);
if (typeof createConfirmationHandler({ region: 'eu-west-1', clientId: 'consumerclient', clientSecret: 'x' }) !== 'function') {
  throw new Error('createConfirmationHandler did not return a handler');
}
console.log(`server ok: SecretHash ${hash}`);
