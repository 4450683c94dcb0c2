// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CognitoConfirmTheme } from '../../src/components/CognitoConfirmTheme';
import { ConfirmationCodeInput } from '../../src/components/ConfirmationCodeInput';
import { MaskedDestination } from '../../src/components/MaskedDestination';
import { ResendCodeButton } from '../../src/components/ResendCodeButton';

describe('CognitoConfirmTheme', () => {
  it('puts the tokens on one wrapper and applies unstyled and slot classes to every component inside', () => {
    const { container } = render(
      <CognitoConfirmTheme
        theme={{ colorPrimary: '#005f73', fontFamily: 'Inter', dark: { colorPrimary: '#94d2bd' }, colorScheme: 'auto' }}
        unstyled
        classNames={{ button: 'btn', input: 'field' }}
      >
        <ResendCodeButton classNames={{ root: 'btn' }} />
        <ConfirmationCodeInput />
        <MaskedDestination destination="jane@example.com" />
      </CognitoConfirmTheme>,
    );
    const wrapper = container.firstElementChild as HTMLElement;
    expect(wrapper.style.getPropertyValue('--ck-color-primary')).toBe('#005f73');
    expect(wrapper.style.getPropertyValue('--ck-font-family')).toBe('Inter');
    expect(wrapper.style.getPropertyValue('--ck-dark-color-primary')).toBe('#94d2bd');
    expect(wrapper.dataset.colorScheme).toBe('auto');
    expect(container.querySelector('[class*="ck-"]')).toBeNull();
    expect(screen.getByRole('button').className).toBe('btn');
    expect(screen.getByRole('textbox').className).toBe('field');
  });

  it('ships a stylesheet that never needs !important to be overridden', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync('src/styles.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).not.toContain('!important');
    // Every rule's selector is wrapped in :where(), so it has zero specificity.
    const selectors = css.match(/(^|})\s*([^{}@]+)\{/g)!.map((s) =>
      s
        .replace(/^}?\s*/, '')
        .replace(/\{$/, '')
        .trim(),
    );
    for (const selector of selectors) expect(selector, selector).toMatch(/^:where\(/);
  });
});
