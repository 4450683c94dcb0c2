import { type ClientIpResolver, clientIpFromForwardedFor, createConfirmationHandler } from 'cognito-confirm-kit/server';

let handler: ((request: Request) => Promise<Response>) | undefined;

// Rule 1: create the handler lazily, on the first request. At module level it would run during
// `next build`, where the env vars (the client secret above all) are absent, and fail the build.
export async function POST(request: Request): Promise<Response> {
  handler ??= createConfirmationHandler({
    ...(process.env.COGNITO_ENDPOINT ? { endpoint: process.env.COGNITO_ENDPOINT } : { region: required('COGNITO_REGION') }),
    clientId: required('COGNITO_CLIENT_ID'),
    clientSecret: required('COGNITO_CLIENT_SECRET'),
    clientIp: clientIp(),
  });
  return handler(request);
}

/**
 * Rule 3: never trust the first X-Forwarded-For entry: the browser can send any value, and proxies
 * append to it. `next start` itself only sets the header when it is absent. With TRUSTED_PROXY_HOPS
 * proxies of your own in front of the app (each appending the address it saw), the entry that many
 * places from the right is the client as your outermost proxy saw it. Without one, send no IP.
 */
function clientIp(): ClientIpResolver | undefined {
  const hops = process.env.TRUSTED_PROXY_HOPS;
  // A wrong value (not a whole number from 1 to 32) throws here, on the first request, with the reason.
  return hops ? clientIpFromForwardedFor(Number(hops)) : undefined;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name} for the confirmation handler.`);
  return value;
}
