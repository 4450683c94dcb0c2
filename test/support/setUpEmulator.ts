import { afterAll, beforeAll } from 'vitest';
import { type Emulator, type EmulatorOptions, startEmulator } from './emulator.mjs';

/**
 * A fresh emulator for one test file: started in beforeAll, stopped in afterAll. Returns a stand-in
 * that forwards to it, so tests read `emulator.endpoint` as if it were the emulator itself (use it
 * inside tests and hooks, not at module load, when it has not started yet).
 */
export function setUpEmulator(options?: EmulatorOptions): Emulator {
  let started: Emulator | undefined;
  beforeAll(async () => {
    started = await startEmulator(options);
  });
  afterAll(() => started?.stop());
  const target = () => {
    if (!started) throw new Error('The emulator starts in beforeAll: read it inside tests or hooks.');
    return started;
  };
  return new Proxy({} as Emulator, {
    get: (_, property) => Reflect.get(target(), property),
    has: (_, property) => Reflect.has(target(), property),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, property) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target(), property);
      return descriptor ? { ...descriptor, configurable: true } : undefined;
    },
  });
}
