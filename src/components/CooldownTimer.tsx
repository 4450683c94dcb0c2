'use client';
import { memo } from 'react';
import { formatCountdown } from '../ui/formatDuration.js';
import { useCountdown } from '../react/useCountdown.js';
import { useOnChange } from '../react/useOnChange.js';
import { useKitStyles, type KitStyleProps } from './useKitStyles.js';

export interface CooldownTimerProps extends KitStyleProps {
  /** Epoch ms the cooldown ends (from the hooks' `endsAt`). Null or past renders 0:00. */
  endsAt: number | null | undefined;
  /** Called once when the countdown reaches zero (not when mounted already finished). */
  onComplete?: (() => void) | undefined;
  /** Default `m:ss`. */
  format?: ((remainingMs: number) => string) | undefined;
}

/**
 * `m:ss` until a deadline, on the page's shared clock: it re-renders only itself, once per
 * displayed second, and is not announced on each tick (role="timer" is not a live region).
 */
export const CooldownTimer = /* @__PURE__ */ memo(function CooldownTimer({
  endsAt,
  onComplete,
  format = formatCountdown,
  ...styleProps
}: CooldownTimerProps) {
  const remainingMs = useCountdown(endsAt);
  const { root } = useKitStyles('timer', styleProps);
  const running = remainingMs > 0;
  // Once per countdown, as it reaches zero; not when mounted already finished.
  useOnChange(running, () => {
    if (!running) onComplete?.();
  });

  return (
    <span {...root} role="timer" data-state={running ? 'running' : 'done'}>
      {format(remainingMs)}
    </span>
  );
});
