import type { AnalyticsMetadata } from './operations.js';

/** A Pinpoint endpoint id, or a function returning one (sync or async), e.g. from Amplify Analytics. */
export type AnalyticsOption = string | (() => string | undefined | null | Promise<string | undefined | null>);

/**
 * Resolves the app's analytics option to Cognito's `AnalyticsMetadata`. A provider that throws or
 * yields nothing means no metadata: analytics must never block a confirmation.
 */
export async function resolveAnalyticsMetadata(option: AnalyticsOption | undefined): Promise<AnalyticsMetadata | undefined> {
  let endpointId: string | undefined | null;
  try {
    endpointId = typeof option === 'function' ? await option() : option;
  } catch {
    return undefined;
  }
  return typeof endpointId === 'string' && endpointId !== '' ? { AnalyticsEndpointId: endpointId } : undefined;
}
