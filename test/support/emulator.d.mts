// TypeScript looks for a .d.mts beside a .mjs; the declarations live in emulator.d.ts.
export * from './emulator.js';
