// Reads a running emulator (possibly in another process, e.g. vitest's globalSetup) over HTTP:
// its /_harness/* side routes and the Cognito endpoint itself.

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

function requestError(message, status, body) {
  const err = new Error(message);
  err.status = status;
  const type = body && typeof body === 'object' ? body.__type : undefined;
  if (typeof type === 'string') err.code = type.slice(type.lastIndexOf('#') + 1);
  err.body = body;
  return err;
}

async function readBody(response) {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function harnessClient(endpoint) {
  const harnessUrl = (route) => new URL(`/_harness/${route}`, endpoint).href;

  async function harness(method, route, payload) {
    const response = await fetch(harnessUrl(route), {
      method,
      headers: payload === undefined ? undefined : { 'content-type': 'application/json' },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    const body = await readBody(response);
    if (!response.ok) {
      throw requestError(`${method} /_harness/${route} answered ${response.status}`, response.status, body);
    }
    return body;
  }

  async function call(operation, payload) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `${TARGET_PREFIX}${operation}`,
      },
      body: JSON.stringify(payload),
    });
    return { status: response.status, body: await readBody(response) };
  }

  const info = () => harness('GET', 'info');
  const messages = () => harness('GET', 'messages');

  return {
    info,
    messages,
    requests: () => harness('GET', 'requests'),
    async latestCode(username) {
      const sent = await messages();
      return sent.findLast((message) => message.username === username)?.code;
    },
    async reset() {
      await harness('POST', 'reset');
    },
    /** Lets every live sign-up Session of this user expire; resolves with how many. */
    async expireSession(username) {
      return (await harness('POST', 'expire-session', { username })).expired;
    },
    async setResendLimit(n) {
      // JSON cannot carry Infinity; the route reads null as "no limit".
      await harness('POST', 'resend-limit', { limit: n === null || n === Infinity ? null : n });
    },
    async setForgotPasswordLimit(n) {
      await harness('POST', 'forgot-password-limit', { limit: n === null || n === Infinity ? null : n });
    },
    /** Lets the user's live password-reset code expire (ConfirmForgotPassword: ExpiredCodeException). */
    async expireResetCode(username) {
      await harness('POST', 'expire-reset-code', { username });
    },
    call,
    async signUp({ username, password, email, clientId, secretHash, clientMetadata }) {
      const payload = {
        ClientId: clientId ?? (await info()).clientId,
        Username: username,
        Password: password,
        UserAttributes: [{ Name: 'email', Value: email }],
      };
      if (secretHash !== undefined) payload.SecretHash = secretHash;
      if (clientMetadata !== undefined) payload.ClientMetadata = clientMetadata;
      const { status, body } = await call('SignUp', payload);
      if (status !== 200) {
        throw requestError(`SignUp ${username} failed: ${body?.__type ?? status} ${body?.message ?? ''}`.trim(), status, body);
      }
      return body;
    },
  };
}
