import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../../src/server/createConfirmationHandler';
import { clientIpFromHeader } from '../../../src/server/limits/clientIpFrom';
import { harnessClient } from '../../support/harnessClient.mjs';
import { setUpEmulator } from '../../support/setUpEmulator';

const emulator = setUpEmulator();
beforeEach(() => emulator.reset());

let provider: MeterProvider;
let exporter: InMemoryMetricExporter;
let reader: PeriodicExportingMetricReader;
beforeEach(() => {
  exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  // Exported on demand (forceFlush) only: the interval never comes within a test.
  reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 });
  provider = new MeterProvider({ readers: [reader] });
});
afterEach(() => provider.shutdown());

/** Every data point of every counter: `name {attributes}` → value. */
async function counts() {
  await reader.forceFlush();
  const result: Record<string, number> = {};
  const last = exporter.getMetrics().at(-1);
  for (const scope of last?.scopeMetrics ?? []) {
    for (const metric of scope.metrics) {
      for (const point of metric.dataPoints) {
        const attributes = Object.entries(point.attributes)
          .map(([key, value]) => `${key}=${String(value)}`)
          .join(',');
        result[`${metric.descriptor.name} {${attributes}}`] = point.value as number;
      }
    }
  }
  return result;
}

function handler(extra: Partial<ConfirmationHandlerOptions> = {}) {
  return createConfirmationHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    clientIp: clientIpFromHeader('x-test-ip'),
    logger: { warn() {}, error() {} },
    meter: provider.getMeter('cognito-confirm-kit-test'),
    ...extra,
  } as ConfirmationHandlerOptions);
}

let n = 0;
const user = () => {
  n += 1;
  return `met_${process.pid}_${n}`;
};
async function realUser() {
  const username = user();
  await harnessClient(emulator.endpoint).signUp({ username, email: `${username}@example.com`, password: 'Correct-Horse-9' });
  return username;
}
const resend = (username: string, ip = '192.0.2.20', headers: Record<string, string> = {}) =>
  new Request('http://app.test/api/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-ip': ip, ...headers },
    body: JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: username } }),
  });

describe('OpenTelemetry metrics (a MeterProvider with an in-memory exporter)', () => {
  it('counts sends, codes sent, refusals by quota and refunds: a pumping run shows as it happens', async () => {
    const handle = handler({ limits: { sendsPerUser: { limit: 2, windowSeconds: 600 }, sendsPerIp: { limit: 4, windowSeconds: 600 } } });
    const name = await realUser();
    // The person: 2 codes, then refused.
    for (let i = 0; i < 3; i += 1) await handle(resend(name));
    // A script of made-up names from one IP: 4 refused by Cognito (refunded), then the IP's quota.
    for (let i = 0; i < 6; i += 1) await handle(resend(user(), '203.0.113.9'));
    expect(await counts()).toEqual({
      'cognito_confirm.requests.forwarded {operation=ResendConfirmationCode,status=200}': 2,
      'cognito_confirm.requests.forwarded {operation=ResendConfirmationCode,status=400}': 4,
      'cognito_confirm.codes.sent {operation=ResendConfirmationCode}': 2,
      'cognito_confirm.requests.refused {operation=ResendConfirmationCode,quota=sendsPerUser,reason=quota}': 1,
      'cognito_confirm.requests.refused {operation=ResendConfirmationCode,quota=sendsPerIp,reason=quota}': 2,
      'cognito_confirm.quota.refunds {operation=ResendConfirmationCode}': 4,
    });
  });

  it('failed human checks by reason', async () => {
    const handle = handler({ verifyHuman: async (_request, token) => token === 'good' });
    await handle(resend(user()));
    await handle(resend(user(), undefined, { 'x-cognito-confirm-human-token': 'bad' }));
    await handle(resend(user(), undefined, { 'x-cognito-confirm-human-token': 'bad' }));
    expect(await counts()).toEqual({
      'cognito_confirm.human_checks.failed {operation=ResendConfirmationCode,reason=missing}': 1,
      'cognito_confirm.human_checks.failed {operation=ResendConfirmationCode,reason=rejected}': 2,
    });
  });

  it('a meter that throws changes no answer; onError hears of it', async () => {
    const onError = vi.fn();
    const failure = new Error('exporter bug');
    const meter = {
      createCounter: () => ({
        add: () => {
          throw failure;
        },
      }),
    };
    const response = await handler({ meter, onError })(resend(user()));
    expect(response.status).toBe(400);
    expect(onError).toHaveBeenCalledWith(failure, expect.any(Request));
  });
});
