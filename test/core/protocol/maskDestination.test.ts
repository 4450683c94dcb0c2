import { describe, expect, it } from 'vitest';
import { maskDestination } from '../../../src/core/protocol/maskDestination';

describe('maskDestination', () => {
  it('keeps strings Cognito already masked', () => {
    expect(maskDestination('j***@e***.com', 'EMAIL')).toBe('j***@e***.com');
    expect(maskDestination('+*******1234', 'SMS')).toBe('+*******1234');
  });

  it('masks raw emails like Cognito: first letter of each part, the TLD kept', () => {
    expect(maskDestination('jane.doe@example.com')).toBe('j***@e***.com');
    expect(maskDestination('a@b.co.uk', 'EMAIL')).toBe('a***@b***.uk');
    expect(maskDestination('  Jane@Example.org ')).toBe('J***@E***.org');
  });

  it('masks raw phone numbers, keeping + and the last four digits', () => {
    expect(maskDestination('+15555551234')).toBe('+*******1234');
    expect(maskDestination('+1 (555) 555-1234', 'SMS')).toBe('+*******1234');
    expect(maskDestination('123', 'SMS')).toBe('***');
  });

  it('never splits a surrogate pair and returns empty text for nothing', () => {
    expect(maskDestination('😀smile@example.com')).toBe('😀***@e***.com');
    expect(maskDestination(undefined)).toBe('');
    expect(maskDestination('   ')).toBe('');
  });

  it('returns markup as inert text for the caller to render as text', () => {
    expect(maskDestination('<img src=x onerror=alert(1)>@evil.com')).toBe('<***@e***.com');
    expect(maskDestination('<b>raw</b>')).toBe('<***');
  });
});
