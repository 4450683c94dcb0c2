// The whole Lambda function: cognito-confirm-kit's confirmation endpoint behind API Gateway, its quotas
// shared by every execution environment through DynamoDB. template.yaml deploys it; README.md explains it.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { metrics } from '@opentelemetry/api';
import { type ConfirmationEvent, createDynamoQuotaStore, createLambdaHandler } from 'cognito-confirm-kit/server';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (see template.yaml).`);
  return value;
}

// Made once per cold start, outside the handler. Short network timeouts, so no request waits out a
// network problem: past the store's 2 s per check, each environment counts in memory until DynamoDB answers.
const dynamo = new DynamoDBClient({ requestHandler: { connectionTimeout: 1000, requestTimeout: 2000 } });

/** One JSON line per decision, for CloudWatch Logs Insights and metric filters (README.md). */
function logEvent(event: ConfirmationEvent): void {
  console.log(JSON.stringify({ source: 'cognito-confirm-kit', ...event }));
}

export const handler = createLambdaHandler({
  // COGNITO_ENDPOINT only for a local emulator (cognito-local); on AWS the function's own region is the pool's.
  ...(process.env.COGNITO_ENDPOINT ? { endpoint: process.env.COGNITO_ENDPOINT } : { region: required('AWS_REGION') }),
  clientId: required('COGNITO_CLIENT_ID'),
  clientSecret: required('COGNITO_CLIENT_SECRET'),
  // No clientIp: the per-IP quotas use the address API Gateway saw (requestContext.http.sourceIp), which
  // a caller cannot forge. Behind CloudFront: clientIp: clientIpFromCloudFront() (root README).
  limits: {
    store: createDynamoQuotaStore({ client: dynamo, tableName: required('QUOTA_TABLE'), tableCreated: true }),
  },
  onEvent: logEvent,
  // A no-op until an OpenTelemetry SDK is registered (the ADOT Lambda layer does that); then the kit's
  // counters (codes sent, refusals by quota, …) are exported with no change here.
  meter: metrics.getMeter('cognito-confirm-kit'),
});
