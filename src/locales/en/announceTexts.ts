/** Announcements in the screens' one polite live region (never every second). */
export const announceTexts = {
  'announce.sent': 'Code sent to {destination}.',
  'announce.sentUnknown': 'Code sent.',
  'announce.cooldownEnded': 'You can ask for a new code now.',
  'announce.online': 'You are back online.',
} as const;
