/** Said before anything is sent while the browser is offline. */
export const offlineTexts = {
  'offline.notice': 'You are offline. Nothing was sent: you can continue once you are back online.',
} as const;
