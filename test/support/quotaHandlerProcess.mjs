// A child process serving createConfirmationHandler with a Redis (or, with `dynamoEndpoint`, a
// DynamoDB) quota store, so a test can run two instances of an app as two real processes sharing one
// store. Forked by test/server/limits/redisQuotaStore.test.ts and dynamoQuotaStore.test.ts; loads the
// TypeScript sources through Vite's module runner. Options come as JSON in argv[2]; it answers
// `{ url }` over IPC once listening.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { runnerImport } from 'vite';

const options = JSON.parse(process.argv[2]);
const serverEntry = fileURLToPath(new URL('../../src/server/index.ts', import.meta.url));
const { module: kit } = await runnerImport(serverEntry, { configFile: false, logLevel: 'silent' });

async function makeStore() {
  if (options.dynamoEndpoint) {
    // The aggregated client: wrapping a bare DynamoDBClient imports the SDK lazily, which Vite's
    // module runner (closed once the sources are loaded) cannot do here; the tests cover that in-process.
    const { DynamoDB } = await import('@aws-sdk/client-dynamodb');
    const client = new DynamoDB({
      endpoint: options.dynamoEndpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    return kit.createDynamoQuotaStore({
      client,
      tableName: options.tableName,
      keyPrefix: options.keyPrefix,
      timeoutMs: options.storeTimeoutMs,
    });
  }
  const client = new Redis({ host: '127.0.0.1', port: options.redisPort, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  client.on('error', () => {}); // reported through the kit's logger instead
  await new Promise((resolve) => client.once('ready', resolve));
  return kit.createRedisQuotaStore({ client, keyPrefix: options.keyPrefix, timeoutMs: options.storeTimeoutMs });
}

const handler = kit.createConfirmationHandler({
  endpoint: options.endpoint,
  clientId: options.clientId,
  clientSecret: options.clientSecret,
  clientIp: kit.clientIpFromHeader('x-test-ip'),
  logger: { warn() {}, error() {} },
  quotaDeadlineMs: options.quotaDeadlineMs,
  limits: { ...options.limits, store: await makeStore() },
});

const server = createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const request = new Request(`http://127.0.0.1${req.url}`, {
    method: req.method,
    headers: Object.entries(req.headers).filter((entry) => typeof entry[1] === 'string'),
    body: Buffer.concat(chunks),
  });
  const response = await handler(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
});
server.listen(0, '127.0.0.1', () => process.send({ url: `http://127.0.0.1:${server.address().port}/` }));
process.on('disconnect', () => process.exit(0));
