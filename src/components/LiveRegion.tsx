'use client';
import { visuallyHidden } from './useKitStyles.js';

export interface Announcement {
  text: string;
  /** Bumped for each announcement, so the same sentence twice is read twice. */
  id: number;
}

/**
 * The screen's one polite live region: "code sent to …", the cooldown's end, errors, success.
 * Never the ticking timer.
 */
export function LiveRegion({ announcement }: { announcement: Announcement | null }) {
  return (
    <div aria-live="polite" aria-atomic="true" style={visuallyHidden} data-ck-live="">
      {announcement ? <span key={announcement.id}>{announcement.text}</span> : null}
    </div>
  );
}
