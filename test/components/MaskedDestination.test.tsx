// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MaskedDestination } from '../../src/components/MaskedDestination';
import { expectAccessible } from '../support/expectAccessible';

describe('MaskedDestination', () => {
  it('email: the masked address Cognito sent, with the email wording and icon', async () => {
    const { container } = render(
      <MaskedDestination details={{ Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' }} />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.textContent).toBe(' We sent a code by email to j***@e***.com.');
    expect(root.dataset.medium).toBe('email');
    expect(root.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    await expectAccessible(container);
  });

  it('SMS: the masked number with the text-message wording', () => {
    const { container } = render(
      <MaskedDestination details={{ Destination: '+*******1234', DeliveryMedium: 'SMS', AttributeName: 'phone_number' }} />,
    );
    expect(container.textContent).toContain('We sent a code by text message to +*******1234.');
  });

  it('masks a raw address it is given (the emulator, or the sign-up form)', () => {
    const { container } = render(<MaskedDestination destination="jane.doe@example.com" />);
    expect(container.textContent).toContain('j***@e***.com');
    expect(container.textContent).not.toContain('jane.doe');
  });

  it('missing details (enumeration-safe mode): a neutral sentence', async () => {
    const { container } = render(<MaskedDestination />);
    expect(container.textContent).toBe('If an account exists for this name, we sent it a code. Check your email and text messages.');
    expect((container.firstElementChild as HTMLElement).dataset.medium).toBe('unknown');
    await expectAccessible(container);
  });

  it('a long address stays one text node that can wrap; markup stays text', () => {
    const long = `${'a'.repeat(60)}@${'sub.'.repeat(10)}example.com`;
    const { container } = render(<MaskedDestination destination={long} />);
    expect(container.querySelector('strong')?.textContent).toBe('a***@s***.com');
    const { container: hostile } = render(<MaskedDestination details={{ Destination: '<img src=x onerror=alert(1)>***' }} />);
    expect(hostile.querySelector('img')).toBeNull();
    expect(hostile.textContent).toContain('<img src=x onerror=alert(1)>***');
  });
});
