// vitest globalSetup: one redis-server for the unit run, on a free port; workers read its port with
// inject('redisServer') and use their own key prefix per test file.
import { startRedisServer } from './redisServer.mjs';

/** @param {import('vitest/node').TestProject} project */
export default async function setup(project) {
  const redis = await startRedisServer();
  project.provide('redisServer', { port: redis.port, url: redis.url });
  return () => redis.stop();
}
