import { describeFailure } from '../describeFailure.js';
import { checkOutageOptions, createOutageBreaker, type SharedLimiter } from './createFailoverLimiter.js';
import { checkPoolShards } from './splitPool.js';
import type { QuotaLogger, QuotaStore, QuotaStoreErrorMode } from './QuotaStore.js';
import { createRunningFirstDynamo } from './createRunningFirstDynamo.js';
import { RLWrapperTimeouts } from './rateLimiterFlexible.js';

/**
 * The AWS SDK v3 DynamoDB client an app already has: `new DynamoDB(...)` or `new DynamoDBClient(...)`
 * from `@aws-sdk/client-dynamodb` (structural, so the kit's types do not need the SDK installed).
 */
export interface DynamoClientLike {
  send(command: never, ...rest: never[]): Promise<unknown>;
}

export interface DynamoQuotaStoreOptions {
  /**
   * The app's DynamoDB client. Give it a short connection timeout on Lambda so a request never
   * waits out a network problem: `new DynamoDBClient({ requestHandler: { connectionTimeout: 1000 } })`.
   */
  client: DynamoClientLike;
  /** The table of the counts: partition key `key` (string), TTL attribute `expire` (see the README's snippet). */
  tableName: string;
  /** Prefix of every key, so several apps or environments can share one table. Default `cognito-confirm-kit`. */
  keyPrefix?: string | undefined;
  /**
   * `true`: the table exists (made by CloudFormation, CDK, Terraform) and the kit makes no table
   * calls, so the function needs only `dynamodb:UpdateItem`. Default `false`: on first use the kit
   * creates it (on-demand billing) if missing, waits until it is ACTIVE, and turns on TTL on `expire`.
   */
  tableCreated?: boolean | undefined;
  /**
   * `use-memory` (default): each instance counts in memory until DynamoDB answers again, so an outage
   * is not a sign-up outage. `fail-closed`: refuse sends and code checks with 503 + Retry-After.
   */
  onStoreError?: QuotaStoreErrorMode | undefined;
  /**
   * How many items the pool's send count (`sendsPerPool`) is spread over, so a flood of sends does not
   * make it one hot item (an item takes about 1,000 writes a second). Each send lands on one at random
   * and each item holds its share of the limit, at least 250 sends (fewer items when the limit is
   * smaller; below 500, one). The trade-off: the pool never lets more than its limit through, but it
   * starts refusing when the item a send lands on is full, which with the default 1,000 in 4 items is
   * typically after about 940 sends of the window (1 in 20 windows before 890). Default 4; 1 counts exactly.
   */
  poolShards?: number | undefined;
  /** Retry-After of a `fail-closed` refusal. Default 30 s. */
  failClosedRetryAfterSeconds?: number | undefined;
  /**
   * How long one quota check may wait for DynamoDB (its retries included) before it counts as an
   * outage. Default 2,000 ms. A write that lands later still counts, so such a check may count once
   * more than it should. Creating the table on first use gets its own `timeoutMs`.
   */
  timeoutMs?: number | undefined;
}

/** The method-style calls rate-limiter-flexible's RateLimiterDynamo and the table setup make. */
interface DynamoMethods {
  getItem(input: object): Promise<unknown>;
  updateItem(input: object): Promise<unknown>;
  deleteItem(input: object): Promise<unknown>;
  describeTable(input: object): Promise<{ Table?: { TableStatus?: string | undefined } | undefined }>;
  createTable(input: object): Promise<unknown>;
  describeTimeToLive(
    input: object,
  ): Promise<{ TimeToLiveDescription?: { TimeToLiveStatus?: string | undefined; AttributeName?: string | undefined } | undefined }>;
  updateTimeToLive(input: object): Promise<unknown>;
}

const SDK_MODULE = '@aws-sdk/client-dynamodb';
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;
const POLL_MS = 250;
/** How long a table being created is waited for in the background, across requests, before trying again. */
const CREATION_LIMIT_MS = 5 * 60_000;

/**
 * Quotas shared by every instance (every Lambda) through DynamoDB: rate-limiter-flexible's
 * RateLimiterDynamo, whose conditional UpdateItem calls are atomic per key, so instances share one
 * count exactly; rows carry `expire` (epoch seconds), which DynamoDB's TTL deletes after their window.
 * An outage is logged once when it starts and once when it ends, never per request.
 */
export function createDynamoQuotaStore(options: DynamoQuotaStoreOptions): QuotaStore {
  if (typeof options !== 'object' || options === null) throw new TypeError('createDynamoQuotaStore needs { client, tableName }.');
  const { client, tableName } = options;
  if (typeof client !== 'object' || client === null || typeof client.send !== 'function') {
    throw new TypeError(
      'createDynamoQuotaStore: client must be an AWS SDK v3 DynamoDB client (new DynamoDBClient(...) or new DynamoDB(...)).',
    );
  }
  if (typeof tableName !== 'string' || !TABLE_NAME.test(tableName)) {
    throw new TypeError('createDynamoQuotaStore: tableName must be a DynamoDB table name (3–255 of A–Z a–z 0–9 _ . -).');
  }
  const keyPrefix = options.keyPrefix ?? 'cognito-confirm-kit';
  if (typeof keyPrefix !== 'string' || keyPrefix === '' || keyPrefix.length > 200) {
    throw new TypeError('createDynamoQuotaStore: keyPrefix must be a non-empty string of at most 200 characters.');
  }
  if (options.tableCreated !== undefined && typeof options.tableCreated !== 'boolean') {
    throw new TypeError('createDynamoQuotaStore: tableCreated must be true or false.');
  }
  const poolShards = checkPoolShards('createDynamoQuotaStore', options.poolShards, 4);
  const settings = checkOutageOptions('createDynamoQuotaStore', options, 2000);
  const breaker = createOutageBreaker('dynamodb', 'DynamoDB', settings);
  const methods = lazyMethods(client);

  let tableReady = options.tableCreated === true;
  let creating: Promise<void> | undefined;
  const ready = (logger: QuotaLogger) => async () => {
    if (tableReady) return;
    creating ??= setUpTable(methods, tableName, logger).then(
      () => {
        tableReady = true;
      },
      (error: unknown) => {
        // The next request tries again (a permission fixed, DynamoDB back).
        creating = undefined;
        throw error;
      },
    );
    await withDeadline(creating, settings.timeoutMs, `DynamoDB table ${tableName} is not ACTIVE yet`);
  };

  return {
    kind: 'dynamodb',
    poolShards,
    createLimiter(name, quota, logger, notify) {
      const limiter = new RLWrapperTimeouts({
        limiter: createRunningFirstDynamo({
          storeClient: methods,
          tableName,
          keyPrefix: `${keyPrefix}:${name}`,
          points: quota.limit,
          duration: quota.windowSeconds,
          // The kit manages the table itself: RateLimiterDynamo's own setup runs in its constructor,
          // unawaited, and an unreachable DynamoDB there would be an unhandled rejection that ends Node.
          tableCreated: true,
          ttlSet: true,
        }),
        timeoutMs: settings.timeoutMs,
      });
      return breaker.wrap(name, quota, logger, notify, limiter as unknown as SharedLimiter, ready(logger));
    },
  };
}

/**
 * RateLimiterDynamo calls methods (`client.updateItem(...)`), which only the aggregated `DynamoDB`
 * class has. A bare `DynamoDBClient` gets them here, through its commands; the SDK is imported only
 * then (it is the app's: it made the client), so nothing loads it otherwise.
 */
function lazyMethods(client: DynamoClientLike): DynamoMethods {
  const aggregated = client as unknown as Partial<Record<keyof DynamoMethods, unknown>>;
  if ((Object.keys(METHOD_COMMANDS) as Array<keyof DynamoMethods>).every((name) => typeof aggregated[name] === 'function')) {
    return client as unknown as DynamoMethods;
  }
  let sdk: Promise<Record<string, new (input: object) => unknown>> | undefined;
  const send = (client as unknown as { send(command: unknown): Promise<unknown> }).send.bind(client);
  const call = (name: keyof DynamoMethods) => async (input: object) => {
    // Opaque to bundlers: an app without the SDK (it never wraps a bare client) must still build.
    sdk ??= import(/* webpackIgnore: true */ /* @vite-ignore */ SDK_MODULE) as Promise<Record<string, new (input: object) => unknown>>;
    const Command = (await sdk)[METHOD_COMMANDS[name]];
    if (!Command) throw new Error(`@aws-sdk/client-dynamodb has no ${METHOD_COMMANDS[name]}.`);
    return send(new Command(input));
  };
  return Object.fromEntries(
    (Object.keys(METHOD_COMMANDS) as Array<keyof DynamoMethods>).map((name) => [name, call(name)]),
  ) as unknown as DynamoMethods;
}

const METHOD_COMMANDS: Record<keyof DynamoMethods, string> = {
  getItem: 'GetItemCommand',
  updateItem: 'UpdateItemCommand',
  deleteItem: 'DeleteItemCommand',
  describeTable: 'DescribeTableCommand',
  createTable: 'CreateTableCommand',
  describeTimeToLive: 'DescribeTimeToLiveCommand',
  updateTimeToLive: 'UpdateTimeToLiveCommand',
};

/** The table as RateLimiterDynamo expects it, created if missing, and ACTIVE; then TTL, in the background. */
async function setUpTable(methods: DynamoMethods, tableName: string, logger: QuotaLogger): Promise<void> {
  let created = false;
  let status = await describeStatus(methods, tableName);
  if (status === undefined) {
    try {
      await methods.createTable({
        TableName: tableName,
        AttributeDefinitions: [{ AttributeName: 'key', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'key', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      });
      created = true;
    } catch (error) {
      // Another instance is creating it at the same moment: wait for theirs.
      if (errorName(error) !== 'ResourceInUseException') throw error;
    }
    status = 'CREATING';
  }
  const giveUp = Date.now() + CREATION_LIMIT_MS;
  while (status !== 'ACTIVE') {
    if (Date.now() > giveUp) throw new Error(`DynamoDB table ${tableName} stayed ${status} for ${CREATION_LIMIT_MS / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    status = await describeStatus(methods, tableName);
  }
  if (created) {
    logger.warn(`cognito-confirm-kit: created the DynamoDB table ${tableName} for quotas (on-demand billing).`);
  }
  enableTtl(methods, tableName, logger).catch((error: unknown) => {
    // dynalite and DynamoDB Local lack UpdateTimeToLive; a role may lack the permission. Counting is
    // right either way (expired rows are ignored), but the rows would stay: say so once.
    logger.warn(
      `cognito-confirm-kit: could not turn on TTL for the DynamoDB table ${tableName} (attribute "expire"); expired quota rows are ignored but not deleted. Turn TTL on for "expire" yourself.`,
      { error: describeFailure(error) },
    );
  });
}

async function describeStatus(methods: DynamoMethods, tableName: string): Promise<string | undefined> {
  try {
    return (await methods.describeTable({ TableName: tableName })).Table?.TableStatus ?? 'CREATING';
  } catch (error) {
    if (errorName(error) === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

async function enableTtl(methods: DynamoMethods, tableName: string, logger: QuotaLogger): Promise<void> {
  const { TimeToLiveDescription: ttl } = await methods.describeTimeToLive({ TableName: tableName });
  if ((ttl?.TimeToLiveStatus === 'ENABLED' || ttl?.TimeToLiveStatus === 'ENABLING') && ttl.AttributeName === 'expire') return;
  if (ttl?.TimeToLiveStatus === 'ENABLED' || ttl?.TimeToLiveStatus === 'ENABLING') {
    logger.warn(
      `cognito-confirm-kit: the DynamoDB table ${tableName} has TTL on "${ttl.AttributeName}", not "expire": expired quota rows are not deleted.`,
    );
    return;
  }
  await methods.updateTimeToLive({ TableName: tableName, TimeToLiveSpecification: { AttributeName: 'expire', Enabled: true } });
}

/** SDK v3 errors carry the exception's name (`__type` is namespaced: `com.amazonaws…#ResourceInUseException`). */
function errorName(error: unknown): string | undefined {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
}

function withDeadline<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} after ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
