import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectUserContextData } from '../../../src/core/protocol/collectUserContextData';
import { resolveAnalyticsMetadata } from '../../../src/core/protocol/resolveAnalyticsMetadata';

type WithGlobal = typeof globalThis & { AmazonCognitoAdvancedSecurityData?: unknown };

afterEach(() => {
  delete (globalThis as WithGlobal).AmazonCognitoAdvancedSecurityData;
});

describe('collectUserContextData', () => {
  it('returns nothing when the advanced-security script is not on the page', () => {
    expect(collectUserContextData('alice', 'eu-west-1_abc', 'client1')).toBeUndefined();
  });

  it('asks the script for EncodedData with username, pool and client', () => {
    const getData = vi.fn(() => 'encoded-fingerprint');
    (globalThis as WithGlobal).AmazonCognitoAdvancedSecurityData = { getData };
    expect(collectUserContextData('alice', 'eu-west-1_abc', 'client1')).toEqual({ EncodedData: 'encoded-fingerprint' });
    expect(getData).toHaveBeenCalledWith('alice', 'eu-west-1_abc', 'client1');
  });

  it('never fails when the script throws or returns junk', () => {
    (globalThis as WithGlobal).AmazonCognitoAdvancedSecurityData = {
      getData: () => {
        throw new Error('broken');
      },
    };
    expect(collectUserContextData('alice', 'p_1', 'c')).toBeUndefined();
    (globalThis as WithGlobal).AmazonCognitoAdvancedSecurityData = { getData: () => 42 };
    expect(collectUserContextData('alice', 'p_1', 'c')).toBeUndefined();
  });

  it('lets values the app gives win over the script', () => {
    const getData = vi.fn(() => 'from-script');
    (globalThis as WithGlobal).AmazonCognitoAdvancedSecurityData = { getData };
    expect(collectUserContextData('alice', 'p_1', 'c', { EncodedData: 'from-app', IpAddress: '203.0.113.7' })).toEqual({
      EncodedData: 'from-app',
      IpAddress: '203.0.113.7',
    });
    expect(getData).not.toHaveBeenCalled();
    expect(collectUserContextData('alice', 'p_1', 'c', { IpAddress: '203.0.113.7' })).toEqual({
      EncodedData: 'from-script',
      IpAddress: '203.0.113.7',
    });
  });
});

describe('resolveAnalyticsMetadata', () => {
  it('accepts an endpoint id, a function, or an async provider', async () => {
    expect(await resolveAnalyticsMetadata('endpoint-1')).toEqual({ AnalyticsEndpointId: 'endpoint-1' });
    expect(await resolveAnalyticsMetadata(() => 'endpoint-2')).toEqual({ AnalyticsEndpointId: 'endpoint-2' });
    expect(await resolveAnalyticsMetadata(async () => 'endpoint-3')).toEqual({ AnalyticsEndpointId: 'endpoint-3' });
  });

  it('sends no metadata when there is none or the provider fails', async () => {
    expect(await resolveAnalyticsMetadata(undefined)).toBeUndefined();
    expect(await resolveAnalyticsMetadata('')).toBeUndefined();
    expect(await resolveAnalyticsMetadata(() => null)).toBeUndefined();
    expect(
      await resolveAnalyticsMetadata(async () => {
        throw new Error('pinpoint down');
      }),
    ).toBeUndefined();
  });
});
