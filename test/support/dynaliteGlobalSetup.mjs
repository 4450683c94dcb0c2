// vitest globalSetup: one dynalite (local DynamoDB) for the unit run, on a free port; workers read its
// endpoint with inject('dynalite') and use their own table or key prefix per test file.
import { startDynalite } from './dynaliteServer.mjs';

/** @param {import('vitest/node').TestProject} project */
export default async function setup(project) {
  const dynalite = await startDynalite();
  project.provide('dynalite', { port: dynalite.port, endpoint: dynalite.endpoint });
  return () => dynalite.stop();
}
