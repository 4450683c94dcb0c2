import { Redis } from 'ioredis';
import { afterAll, inject } from 'vitest';

/**
 * Redis clients with the fail-fast settings the README recommends, disconnected after the file.
 * `ready` waits for the connection: a store handed a client that is not ready yet counts in its
 * in-memory insurance instead, and a test meant for Redis would quietly test memory.
 */
export function setUpTestRedis() {
  const clients: Redis[] = [];
  afterAll(() => {
    for (const client of clients) client.disconnect();
  });
  const fast = (port: number = inject('redisServer').port) => {
    const client = new Redis({ host: '127.0.0.1', port, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    client.on('error', () => {});
    clients.push(client);
    return client;
  };
  const ready = async (port?: number) => {
    const client = fast(port);
    await new Promise((resolve) => client.once('ready', resolve));
    return client;
  };
  return { fast, ready };
}
