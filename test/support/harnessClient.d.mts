// TypeScript looks for a .d.mts beside a .mjs; the declarations live in harnessClient.d.ts.
export * from './harnessClient.js';
