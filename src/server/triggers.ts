// Cognito Lambda triggers only, for a small cold start: none of the handler's quota libraries
// (rate-limiter-flexible, which a bundler cannot tree-shake) come with it. `cognito-confirm-kit/server`
// exports the same for compatibility.
export { createCustomMessageHandler } from './customMessage/createCustomMessageHandler.js';
export type { CustomMessageHandler, CustomMessageHandlerOptions } from './customMessage/createCustomMessageHandler.js';
export type { CustomMessageEvent } from './customMessage/CustomMessageEvent.js';
export type { CustomMessageLocale, CustomMessageTextOverrides, CustomMessageTexts } from './customMessage/customMessageTexts.js';
