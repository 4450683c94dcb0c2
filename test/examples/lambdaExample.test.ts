// examples/lambda: the handler file run as Lambda would run it (a real HTTP API event, the emulator as
// Cognito, the run-wide dynalite as DynamoDB, in a table made from template.yaml), and template.yaml held
// to what the kit's DynamoDB store does. The example's type-check against dist is scripts/check-lambda-example.mjs.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CreateTableCommand, type CreateTableCommandInput, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { metrics } from '@opentelemetry/api';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, type MockInstance, vi } from 'vitest';
import type { LambdaHandler } from '../../src/server/lambda/createLambdaHandler';
import { createDynamoQuotaStore } from '../../src/server/limits/createDynamoQuotaStore';
import { httpApiEvent } from '../server/lambda/lambdaEvents';
import { harnessClient } from '../support/harnessClient.mjs';
import { parseSimpleYaml } from '../support/parseSimpleYaml';
import { setUpEmulator } from '../support/setUpEmulator';
import { setUpTestDynamo } from '../support/setUpTestDynamo';

type Resource = { Type: string; Properties: Record<string, any> };
const template = parseSimpleYaml(readFileSync(new URL('../../examples/lambda/template.yaml', import.meta.url), 'utf8')) as {
  Resources: Record<string, Resource>;
};
const [tableId, table] = Object.entries(template.Resources).find(([, resource]) => resource.Type === 'AWS::DynamoDB::Table')!;
const fn = Object.values(template.Resources).find((resource) => resource.Type === 'AWS::Serverless::Function')!;
/** The template's table as CreateTable takes it (what a deploy makes). */
const tableAsDeployed = (TableName: string): CreateTableCommandInput => ({
  TableName,
  AttributeDefinitions: table.Properties['AttributeDefinitions'],
  KeySchema: table.Properties['KeySchema'],
  BillingMode: table.Properties['BillingMode'],
});
/** The actions the function's role allows on the quota table. */
function allowedOnTable(): string[] {
  const statements = (fn.Properties['Policies'] as Array<{ Statement?: Array<Record<string, unknown>> }>).flatMap((p) => p.Statement ?? []);
  return statements
    .filter((s) => s['Effect'] === 'Allow' && [s['Resource']].flat().includes(`!GetAtt ${tableId}.Arn`))
    .flatMap((s) => [s['Action']].flat() as string[]);
}

const RUN = `${process.pid}-${Date.now().toString(36)}`;
const emulator = setUpEmulator();
beforeEach(() => emulator.reset());
const dynamo = setUpTestDynamo();

let n = 0;
const user = (prefix = 'lx') => {
  n += 1;
  return `${prefix}_${process.pid}_${n}`;
};
async function realUser() {
  const username = user();
  await harnessClient(emulator.endpoint).signUp({ username, email: `${username}@example.com`, password: 'Correct-Horse-9' });
  return username;
}
const resend = (username: string, sourceIp = '198.51.100.23') =>
  httpApiEvent({
    body: JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: username } }),
    sourceIp,
    // Forged: the handler must go by requestContext.http.sourceIp.
    headers: { 'x-forwarded-for': '10.0.0.1' },
  });

describe('template.yaml', () => {
  it('declares the table the store creates for itself: partition key, billing and the TTL attribute', async () => {
    const real = dynamo.bare();
    const calls: Array<{ name: string; input: Record<string, any> }> = [];
    const recording = {
      async send(command: { constructor: { name: string }; input: Record<string, any> }) {
        const name = command.constructor.name.replace(/Command$/, '');
        calls.push({ name, input: command.input });
        // dynalite has no TTL API: answer those two as DynamoDB does for a table without TTL.
        if (name === 'DescribeTimeToLive') return { TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } };
        if (name === 'UpdateTimeToLive') return { TimeToLiveSpecification: command.input['TimeToLiveSpecification'] };
        return real.send(command as never);
      },
    };
    const store = createDynamoQuotaStore({ client: recording, tableName: `cck-lambda-example-${RUN}` });
    const limiter = store.createLimiter('sendsPerUser', { limit: 5, windowSeconds: 60 }, { warn: vi.fn(), error: vi.fn() });
    expect(await limiter.consume('someone')).toMatchObject({ allowed: true });
    await vi.waitFor(() => expect(calls.map((call) => call.name)).toContain('UpdateTimeToLive'));

    const created = calls.find((call) => call.name === 'CreateTable')!.input;
    expect(tableAsDeployed(created['TableName'])).toEqual({
      TableName: created['TableName'],
      AttributeDefinitions: created['AttributeDefinitions'],
      KeySchema: created['KeySchema'],
      BillingMode: created['BillingMode'],
    });
    const ttl = calls.find((call) => call.name === 'UpdateTimeToLive')!.input['TimeToLiveSpecification'];
    expect(table.Properties['TimeToLiveSpecification']).toEqual(ttl);
  });
});

describe('handler.ts on an HTTP API event', () => {
  const tableName = `cck-lambda-example-deployed-${RUN}`;
  let provider: MeterProvider;
  let reader: PeriodicExportingMetricReader;
  let exporter: InMemoryMetricExporter;
  let log: MockInstance<typeof console.log>;
  let sent: MockInstance<DynamoDBClient['send']>;

  beforeAll(async () => {
    await dynamo.bare().send(new CreateTableCommand(tableAsDeployed(tableName)));
    // What Lambda and the template give the function; the SDK reads AWS_ENDPOINT_URL_DYNAMODB itself.
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'test');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test');
    vi.stubEnv('AWS_SESSION_TOKEN', undefined);
    vi.stubEnv('AWS_ENDPOINT_URL_DYNAMODB', inject('dynalite').endpoint);
    vi.stubEnv('COGNITO_ENDPOINT', emulator.endpoint);
    vi.stubEnv('COGNITO_CLIENT_ID', emulator.secretClientId);
    vi.stubEnv('COGNITO_CLIENT_SECRET', emulator.clientSecret);
    vi.stubEnv('QUOTA_TABLE', tableName);
    // An OpenTelemetry SDK registered globally, as the ADOT layer does; exported on demand only.
    exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
    reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 });
    provider = new MeterProvider({ readers: [reader] });
    metrics.disable();
    metrics.setGlobalMeterProvider(provider);
    log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    sent = vi.spyOn(DynamoDBClient.prototype, 'send');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    metrics.disable();
    await provider.shutdown();
  });
  beforeEach(() => {
    log.mockClear();
    sent.mockClear();
  });

  /** A fresh execution environment: the module evaluated again (its own client, store, memory). */
  async function environment(): Promise<LambdaHandler> {
    vi.resetModules();
    return (await import('../../examples/lambda/handler')).handler;
  }
  const logged = () =>
    log.mock.calls
      .map(([line]) => JSON.parse(String(line)) as Record<string, unknown>)
      .filter((entry) => entry['source'] === 'cognito-confirm-kit');

  it('adds the SecretHash, takes the IP from sourceIp, and two environments share one per-user quota through the table', async () => {
    const username = await realUser();
    const [a, b] = [await environment(), await environment()];
    const statuses: number[] = [];
    for (const handle of [a, b, a, b, a]) statuses.push((await handle(resend(username))).statusCode);
    // The default five sends an hour per person: the sixth is refused, whichever environment gets it.
    const refused = await b(resend(username));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);

    const forwarded = emulator.requests.filter((request) => request.target === 'ResendConfirmationCode');
    expect(forwarded).toHaveLength(5);
    const secretHash = createHmac('sha256', emulator.clientSecret)
      .update(username + emulator.secretClientId)
      .digest('base64');
    expect(forwarded[0]!.body).toEqual({
      Username: username,
      ClientId: emulator.secretClientId,
      SecretHash: secretHash,
      UserContextData: { IpAddress: '198.51.100.23' },
    });

    const { Items = [] } = await dynamo.bare().send(new ScanCommand({ TableName: tableName }));
    expect(Items.map((item) => item['key']?.S)).toContainEqual(expect.stringMatching(/^cognito-confirm-kit:sendsPerUser:/));

    // One JSON line per decision, none about the store being unreachable.
    expect(logged().map((entry) => entry['type'])).toEqual(['forwarded', 'forwarded', 'forwarded', 'forwarded', 'forwarded', 'refused']);
    expect(logged()[0]).toMatchObject({ operation: 'ResendConfirmationCode', status: 200, codeSent: true, ip: '198.51.100.23' });
    expect(logged()[5]).toMatchObject({ quota: 'sendsPerUser', reason: 'quota', ip: '198.51.100.23' });

    // The meter from @opentelemetry/api reached the registered SDK.
    await reader.forceFlush();
    const points = (exporter.getMetrics().at(-1)?.scopeMetrics ?? []).flatMap((scope) =>
      scope.metrics.flatMap((metric) => metric.dataPoints.map((point) => ({ name: metric.descriptor.name, ...point }))),
    );
    expect(points.find((point) => point.name === 'cognito_confirm.codes.sent')?.value).toBe(5);
    expect(points.find((point) => point.name === 'cognito_confirm.requests.refused')).toMatchObject({
      value: 1,
      attributes: { quota: 'sendsPerUser', reason: 'quota' },
    });
  });

  it("the function's role allows every DynamoDB call the handler makes (sends, refunds, code checks), on the table", async () => {
    const handle = await environment();
    const username = await realUser();
    expect((await handle(resend(username, '198.51.100.24'))).statusCode).toBe(200);
    // A made-up name: Cognito sends nothing, so the points come back (a refund is a write too).
    expect((await handle(resend(user('nobody'), '198.51.100.24'))).statusCode).toBe(400);
    const wrongCode = httpApiEvent({
      body: JSON.stringify({ operation: 'ConfirmSignUp', params: { Username: username, ConfirmationCode: '000000' } }),
      sourceIp: '198.51.100.24',
    });
    expect((await handle(wrongCode)).statusCode).toBe(400);
    expect(logged().map((entry) => entry['type'])).toEqual(['forwarded', 'forwarded', 'refunded', 'forwarded']);

    const calls = sent.mock.calls.map(
      ([command]) => command as unknown as { constructor: { name: string }; input: { TableName?: string } },
    );
    expect(calls.length).toBeGreaterThan(0);
    expect(new Set(calls.map((command) => command.input.TableName))).toEqual(new Set([tableName]));
    const actions = new Set(calls.map((command) => `dynamodb:${command.constructor.name.replace(/Command$/, '')}`));
    expect([...actions].filter((action) => !allowedOnTable().includes(action))).toEqual([]);
  });
});
