// Browser-safe entry. Nothing here may import src/server or a `node:` module.
export * from './core/index';
export * from './react/index';
export * from './components/index';
