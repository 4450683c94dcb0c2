/** Durations (the numbers and units come from Intl). */
export const durationTexts = {
  'duration.inAbout': 'about {duration}',
} as const;
