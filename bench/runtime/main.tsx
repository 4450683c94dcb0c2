// Runtime measurements in a real browser, driven by bench/run.mjs through Playwright.
import { Profiler, useEffect, useState, type ProfilerOnRenderCallback } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { CooldownTimer } from '../../src/components/CooldownTimer';
import { SignUpConfirmation } from '../../src/components/SignUpConfirmation';
import { createMemoryStorage } from '../../src/core/cooldown/cooldownStorage';
import { getSharedCooldownClock } from '../../src/core/cooldown/createCooldownClock';
import { formatCountdown } from '../../src/ui/formatDuration';
import type { Transport } from '../../src/core/protocol/transports/Transport';
import { CognitoConfirmProvider } from '../../src/react/CognitoConfirmProvider';

/** What apps write without the kit: every timer owns an interval and its own state. */
function NaiveTimer({ endsAt }: { endsAt: number }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return <span>{formatCountdown(endsAt - now)}</span>;
}

const container = document.getElementById('root')!;
let root: Root | undefined;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function mount(node: React.ReactNode) {
  root?.unmount();
  root = createRoot(container);
  flushSync(() => root!.render(node));
}

/** Mounts `count` timers, lets them run `seconds`, and reports React commits and render time per tick. */
async function runTimers(count: number, kind: 'kit' | 'naive', seconds: number) {
  const endsAt = Date.now() + (seconds + 5) * 1000;
  let commits = 0;
  let renderMs = 0;
  let measuring = false;
  const onRender: ProfilerOnRenderCallback = (_id, _phase, actualDuration) => {
    if (!measuring) return;
    commits += 1;
    renderMs += actualDuration;
  };
  const Timer = kind === 'kit' ? CooldownTimer : NaiveTimer;
  mount(
    <Profiler id="timers" onRender={onRender}>
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of identical timers.
        <Timer key={i} endsAt={endsAt} />
      ))}
    </Profiler>,
  );
  await sleep(1_100);
  measuring = true;
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
  try {
    observer.observe({ type: 'longtask', buffered: false });
  } catch {
    // Not every browser reports long tasks.
  }
  await sleep(seconds * 1000);
  measuring = false;
  observer.disconnect();
  const liveWhileRunning = (window as unknown as { liveTimers(): number }).liveTimers();
  root?.unmount();
  root = undefined;
  return {
    count,
    kind,
    seconds,
    commits,
    commitsPerTick: commits / seconds,
    renderMsPerTick: renderMs / seconds,
    liveTimersWhileRunning: liveWhileRunning,
    longTasks: longTasks.length,
  };
}

function countingTransport(delayMs: number): Transport & { calls: number } {
  const transport = {
    calls: 0,
    async send() {
      transport.calls += 1;
      await sleep(delayMs);
      return { CodeDeliveryDetails: { Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } } as never;
    },
  };
  return transport;
}

function screen(transport: Transport, cooldownMs = 30_000) {
  mount(
    <CognitoConfirmProvider
      config={{ userPoolId: 'eu-west-1_Bench1', clientId: 'bench', transport, cooldownStorage: createMemoryStorage() }}
    >
      <SignUpConfirmation username={`bench${Math.random()}`} cooldownMs={cooldownMs} />
    </CognitoConfirmProvider>,
  );
  const resend = [...container.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Resend');
  if (!resend) throw new Error('No Resend button rendered');
  return resend;
}

/** 50 clicks in one task on the resend button: how many requests left the page. */
async function rapidClicks(clicks: number) {
  const transport = countingTransport(50);
  const button = screen(transport);
  for (let i = 0; i < clicks; i += 1) button.click();
  await sleep(500);
  root?.unmount();
  root = undefined;
  return { clicks, requests: transport.calls };
}

/** Time from the click to the button showing its pending state in the DOM. */
async function clickToPending(runs: number) {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const button = screen(countingTransport(50));
    const reached = new Promise<number>((resolve, reject) => {
      setTimeout(() => reject(new Error('The button never showed its pending state')), 5_000);
      const observer = new MutationObserver(() => {
        if (button.dataset.state === 'pending') {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(button, { attributes: true, attributeFilter: ['data-state'] });
    });
    const start = performance.now();
    button.click();
    samples.push((await reached) - start);
    await sleep(100);
  }
  root?.unmount();
  root = undefined;
  samples.sort((a, b) => a - b);
  return { runs, medianMs: samples[Math.floor(samples.length / 2)]!, maxMs: samples[samples.length - 1]! };
}

/**
 * After a short cooldown ends, with the screen still mounted: the kit's clock should hold no
 * timer and nothing should tick. Other pending timeouts are counted too and reported as such
 * (react-query keeps a garbage-collection timeout per finished mutation, 5 min by default).
 */
async function idleTimers() {
  const page = window as unknown as { liveTimers(): number; liveIntervals(): number };
  const before = page.liveTimers();
  screen(countingTransport(10), 1_000).click();
  await sleep(300);
  const kitClockWhileCooling = getSharedCooldownClock().activeTimers();
  await sleep(2_200);
  const result = {
    kitClockWhileCooling,
    kitClockTimersWhenIdle: getSharedCooldownClock().activeTimers(),
    intervalsWhenIdle: page.liveIntervals(),
    otherTimeoutsWhenIdle: page.liveTimers() - before,
  };
  root?.unmount();
  root = undefined;
  return result;
}

Object.assign(window, { bench: { runTimers, rapidClicks, clickToPending, idleTimers } });
document.title = 'ready';
