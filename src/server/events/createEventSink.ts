import { callContained } from '../hooks/callContained.js';
import type { ConfirmationEvent, CounterLike, MeterLike } from './ConfirmationEvent.js';

export interface EventSink {
  /**
   * Never throws and never waits: a throwing or rejecting `onEvent` or counter goes to `onError`, and
   * one that never settles is not waited for.
   */
  emit(event: ConfirmationEvent, request: Request): void;
}

export const SILENT: EventSink = { emit: () => undefined };

/** The counters, named after OpenTelemetry's conventions (dot-separated, `{unit}` annotations). */
export const METRICS = {
  forwarded: ['cognito_confirm.requests.forwarded', 'Requests forwarded to Cognito, by operation and status.', '{request}'],
  codesSent: ['cognito_confirm.codes.sent', 'Sends after which a code went out or may have, by operation.', '{code}'],
  refused: ['cognito_confirm.requests.refused', 'Requests refused by a quota, by operation, quota and reason.', '{request}'],
  refunded: ['cognito_confirm.quota.refunds', 'Sends whose points were given back (no code went out), by operation.', '{request}'],
  humanCheckFailed: ['cognito_confirm.human_checks.failed', 'Sends refused by verifyHuman, by operation and reason.', '{request}'],
  storeOutages: ['cognito_confirm.store.outages', 'Shared quota store outages begun, by store.', '{outage}'],
  signIns: ['cognito_confirm.sign_ins', 'Sign-ins after a confirmation or a password reset that answered tokens.', '{sign_in}'],
} as const;

/**
 * `onEvent` and the OpenTelemetry counters behind one `emit`. The meter is only called, never
 * imported: without one, nothing of OpenTelemetry is loaded.
 */
export function createEventSink(
  onEvent: ((event: ConfirmationEvent, request: Request) => void | Promise<void>) | undefined,
  meter: MeterLike | undefined,
  onError: (error: unknown, request: Request) => void,
): EventSink {
  if (onEvent !== undefined && typeof onEvent !== 'function') throw new TypeError('createConfirmationHandler: onEvent must be a function.');
  if (meter !== undefined && (typeof meter !== 'object' || meter === null || typeof meter.createCounter !== 'function')) {
    throw new TypeError('createConfirmationHandler: meter must be an OpenTelemetry Meter (metrics.getMeter(name)).');
  }
  if (!onEvent && !meter) return SILENT;
  const counters = meter ? makeCounters(meter) : undefined;
  return {
    emit(event, request) {
      // Whatever onError does in turn (a throw, a rejection) is dropped by callContained.
      const report = (error: unknown) => onError(error, request);
      if (counters) count(counters, event, report);
      if (onEvent) callContained(() => onEvent(event, request), report);
    },
  };
}

type Counters = Record<keyof typeof METRICS, CounterLike>;

function makeCounters(meter: MeterLike): Counters {
  const entries = Object.entries(METRICS).map(([key, [name, description, unit]]) => [
    key,
    meter.createCounter(name, { description, unit }),
  ]);
  return Object.fromEntries(entries) as Counters;
}

/** Each `add` on its own: an OpenTelemetry SDK's is synchronous, a hand-made one may return a promise. */
function count(counters: Counters, event: ConfirmationEvent, report: (error: unknown) => void): void {
  const add = (counter: CounterLike, attributes?: Record<string, string | number>) =>
    callContained(() => counter.add(1, attributes), report);
  switch (event.type) {
    case 'forwarded':
      add(counters.forwarded, { operation: event.operation, status: event.status });
      if (event.codeSent) add(counters.codesSent, { operation: event.operation });
      return;
    case 'refused':
      add(counters.refused, { operation: event.operation, quota: event.quota, reason: event.reason });
      return;
    case 'refunded':
      add(counters.refunded, { operation: event.operation });
      return;
    case 'human-check-failed':
      add(counters.humanCheckFailed, { operation: event.operation, reason: event.reason });
      return;
    case 'store-unavailable':
      add(counters.storeOutages, { store: event.store });
      return;
    case 'signed-in':
      add(counters.signIns);
      return;
    case 'store-available':
      return;
  }
}
