// What test/support/globalSetup.mjs hands to test workers: `inject('cognitoEmulator')`.
import type { CognitoEmulatorInfo } from './emulator.js';

declare module 'vitest' {
  export interface ProvidedContext {
    cognitoEmulator: CognitoEmulatorInfo;
  }
}
