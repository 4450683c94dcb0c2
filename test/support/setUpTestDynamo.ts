import { DynamoDB, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, inject } from 'vitest';

/**
 * DynamoDB clients for a local dynalite, destroyed after the file. No SDK retries: an outage test
 * wants the failure at once, as the README's client settings give in production.
 */
export function setUpTestDynamo() {
  const clients: DynamoDBClient[] = [];
  afterAll(() => {
    for (const client of clients) client.destroy();
  });
  const config = (endpoint: string) => ({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  /** The aggregated client (`new DynamoDB`), method-style. */
  const aggregated = (endpoint: string = inject('dynalite').endpoint) => {
    const client = new DynamoDB(config(endpoint));
    clients.push(client);
    return client;
  };
  /** The bare client (`new DynamoDBClient`), command-style: the kit wraps it. */
  const bare = (endpoint: string = inject('dynalite').endpoint) => {
    const client = new DynamoDBClient(config(endpoint));
    clients.push(client);
    return client;
  };
  return { aggregated, bare };
}
