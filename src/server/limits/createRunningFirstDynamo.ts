import { RateLimiterDynamo } from './rateLimiterFlexible.js';

type Options = ConstructorParameters<typeof RateLimiterDynamo>[0];
/** rate-limiter-flexible 11.4.0's internals this class builds on (pinned; covered by the DynamoDB store's tests). */
interface DynamoInternals {
  tableName: string;
  _upsert(rlKey: string, points: number, msDuration: number, forceExpire?: boolean, options?: object): Promise<unknown>;
  _baseUpsert(params: object): Promise<unknown>;
}

/**
 * RateLimiterDynamo with its two conditional writes the other way round: first "add to a window that
 * still runs", then "start a new window". rate-limiter-flexible tries the new window first, so every
 * count inside a running window (the pool's nearly always, under a flood every time) costs a failed
 * write and a second one; here it costs one, and only a new or expired key pays two. A failed
 * condition is the only error that leads to the second write: a network error is the store's failure.
 */
export function createRunningFirstDynamo(options: Options): InstanceType<typeof RateLimiterDynamo> {
  const limiter = new RateLimiterDynamo(options);
  const internals = limiter as unknown as DynamoInternals;
  const newWindowFirst = internals._upsert.bind(limiter);
  internals._upsert = async (rlKey, points, msDuration, forceExpire = false, upsertOptions = {}) => {
    if (forceExpire || !(msDuration > 0)) return newWindowFirst(rlKey, points, msDuration, forceExpire, upsertOptions);
    try {
      return await internals._baseUpsert({
        TableName: internals.tableName,
        Key: { key: { S: rlKey } },
        UpdateExpression: 'SET points = points + :new_points',
        ExpressionAttributeValues: { ':new_points': { N: String(points) }, ':where_expire': { N: String(Date.now() / 1000) } },
        ConditionExpression: 'expire > :where_expire',
        ReturnValues: 'ALL_NEW',
      });
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // New or expired: rate-limiter-flexible's own path starts the window (and adds, should another instance have started it meanwhile).
      return newWindowFirst(rlKey, points, msDuration, forceExpire, upsertOptions);
    }
  };
  return limiter;
}

function isConditionFailure(error: unknown): boolean {
  const { name, __type } = (error ?? {}) as { name?: unknown; __type?: unknown };
  return name === 'ConditionalCheckFailedException' || (typeof __type === 'string' && __type.includes('ConditionalCheckFailedException'));
}
