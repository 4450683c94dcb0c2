// Pure UI helpers: texts, formatting and theme. No React, so a server can use them too.
export { formatMessage, formatMessageToParts } from './formatMessage.js';
export type { MessageValues } from './formatMessage.js';
export { formatCountdown, formatDuration } from './formatDuration.js';
export { describeError, errorMessageKey } from './describeError.js';
export type { DescribeErrorContext, ErrorMessageKey } from './describeError.js';
export { DEFAULT_THEME, themeToCssVariables } from './themeToCssVariables.js';
export type { DarkThemeTokens, Theme, ThemeTokens } from './themeToCssVariables.js';
export { enMessages } from '../locales/en.js';
export type { KitMessages, MessageKey, MessageValue, PartialKitMessages } from '../locales/en.js';
