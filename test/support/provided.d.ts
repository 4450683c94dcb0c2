// What test/support/globalSetup.mjs hands to test workers: `inject('cognitoEmulator')`.
import type { CognitoEmulatorInfo } from './emulator.js';

declare module 'vitest' {
  export interface ProvidedContext {
    cognitoEmulator: CognitoEmulatorInfo;
    /** From test/support/redisGlobalSetup.mjs: a run-wide redis-server on 127.0.0.1. */
    redisServer: { port: number; url: string };
    /** From test/support/dynaliteGlobalSetup.mjs: a run-wide dynalite (local DynamoDB) on 127.0.0.1. */
    dynalite: { port: number; endpoint: string };
  }
}
