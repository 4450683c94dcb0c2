import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME, themeToCssVariables } from '../../src/ui/themeToCssVariables';
import { readFileSync } from 'node:fs';

function luminance(hex: string): number {
  const channels = hex.match(/[0-9a-f]{2}/gi)!.map((pair) => parseInt(pair, 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('themeToCssVariables', () => {
  it('turns tokens into --ck-* custom properties, dark ones into --ck-dark-*', () => {
    expect(themeToCssVariables({ colorPrimary: 'teal', radius: '0', colorScheme: 'dark', dark: { colorPrimary: 'cyan' } })).toEqual({
      '--ck-color-primary': 'teal',
      '--ck-radius': '0',
      '--ck-dark-color-primary': 'cyan',
    });
    expect(themeToCssVariables(undefined)).toEqual({});
  });

  it('has default colors with at least 4.5:1 contrast, light and dark', () => {
    for (const palette of [DEFAULT_THEME, { ...DEFAULT_THEME, ...DEFAULT_THEME.dark }]) {
      for (const foreground of [palette.colorText, palette.colorMuted, palette.colorPrimary, palette.colorDanger, palette.colorSuccess]) {
        expect(contrast(foreground, palette.colorBackground), `${foreground} on ${palette.colorBackground}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(palette.colorOnPrimary, palette.colorPrimary)).toBeGreaterThanOrEqual(4.5);
      // Non-text (WCAG 1.4.11): the focus ring and the field and box borders against the background.
      for (const indicator of [palette.colorFocus, palette.colorBorder, palette.colorDanger]) {
        expect(contrast(indicator, palette.colorBackground), `${indicator} on ${palette.colorBackground}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("matches the stylesheet's fallbacks, so docs, tokens and CSS agree", () => {
    const css = readFileSync('src/styles.css', 'utf8');
    const kebab = (name: string) => name.replace(/[A-Z]/g, (l) => `-${l.toLowerCase()}`);
    for (const [name, value] of Object.entries(DEFAULT_THEME)) {
      if (!name.startsWith('color')) continue;
      expect(css).toContain(`var(--ck-${kebab(name)}, ${value})`);
      expect(css).toContain(`var(--ck-dark-${kebab(name)}, ${DEFAULT_THEME.dark[name as keyof typeof DEFAULT_THEME.dark]})`);
    }
  });
});
