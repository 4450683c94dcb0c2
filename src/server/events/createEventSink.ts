import type { ConfirmationEvent, CounterLike, MeterLike } from './ConfirmationEvent.js';

export interface EventSink {
  /** Never throws and never waits: a throwing or rejecting `onEvent` (or meter) goes to `onError`. */
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
  signIns: ['cognito_confirm.sign_ins', 'Sign-ins after confirmation that answered tokens.', '{sign_in}'],
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
  const report = (error: unknown, request: Request) => {
    try {
      onError(error, request);
    } catch {
      // onError is the last resort: nothing more to tell.
    }
  };
  return {
    emit(event, request) {
      try {
        if (counters) count(counters, event);
      } catch (error) {
        report(error, request);
      }
      if (!onEvent) return;
      try {
        const result = onEvent(event, request);
        if (result && typeof (result as Promise<void>).then === 'function') {
          (result as Promise<void>).then(undefined, (error: unknown) => report(error, request));
        }
      } catch (error) {
        report(error, request);
      }
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

function count(counters: Counters, event: ConfirmationEvent): void {
  switch (event.type) {
    case 'forwarded':
      counters.forwarded.add(1, { operation: event.operation, status: event.status });
      if (event.codeSent) counters.codesSent.add(1, { operation: event.operation });
      return;
    case 'refused':
      counters.refused.add(1, { operation: event.operation, quota: event.quota, reason: event.reason });
      return;
    case 'refunded':
      counters.refunded.add(1, { operation: event.operation });
      return;
    case 'human-check-failed':
      counters.humanCheckFailed.add(1, { operation: event.operation, reason: event.reason });
      return;
    case 'store-unavailable':
      counters.storeOutages.add(1, { store: event.store });
      return;
    case 'signed-in':
      counters.signIns.add(1);
      return;
    case 'store-available':
      return;
  }
}
