// @vitest-environment jsdom
// Apps under exactOptionalPropertyTypes pass `undefined` for "not given" (the types allow it): such a
// field must keep the default or the outer value, not blank it out.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CognitoConfirmTheme } from '../../src/components/CognitoConfirmTheme';
import { ConfirmationCodeInput } from '../../src/components/ConfirmationCodeInput';
import { CognitoConfirmProvider } from '../../src/react/CognitoConfirmProvider';
import { createFetchTransport } from '../../src/core/protocol/transports/createFetchTransport';

describe('an option given as undefined', () => {
  it('keeps the default text, and the provider’s, when a message override is undefined', () => {
    render(
      <CognitoConfirmProvider
        config={{
          userPoolId: 'eu-west-1_A1',
          clientId: 'c',
          transport: createFetchTransport({ region: 'eu-west-1' }),
          messages: { 'code.label': 'Code from the email', 'code.hintDigits': undefined },
        }}
      >
        <ConfirmationCodeInput messages={{ 'code.label': undefined }} />
      </CognitoConfirmProvider>,
    );
    const input = screen.getByLabelText('Code from the email');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('Enter the 6-digit code.');
  });

  it('keeps the theme’s slot class when the component’s is undefined', () => {
    render(
      <CognitoConfirmTheme classNames={{ input: 'field' }}>
        <ConfirmationCodeInput classNames={{ input: undefined }} theme={{ colorPrimary: undefined, dark: { colorText: undefined } }} />
      </CognitoConfirmTheme>,
    );
    expect(screen.getByRole('textbox').classList).toContain('field');
  });
});
