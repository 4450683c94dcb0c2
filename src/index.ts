// Browser-safe entry. Nothing here may import src/server or a `node:` module.
export * from './core/index.js';
export * from './ui/index.js';
export * from './react/index.js';
export * from './components/index.js';
