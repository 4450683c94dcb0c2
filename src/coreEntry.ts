// `cognito-confirm-kit/core`: the protocol, the cooldown engine and the pure UI helpers without
// React and without the browser entry's 'use client' banner, so Server Components, route handlers
// and scripts can call maskDestination, formatDuration, describeError, … directly.
export * from './core/index.js';
export * from './ui/index.js';
