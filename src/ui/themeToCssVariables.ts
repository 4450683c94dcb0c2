import type { Overrides } from '../core/shared/Overrides.js';

/** Design tokens. Colors take any CSS color; sizes any CSS length. */
export interface ThemeTokens {
  colorText: string;
  colorMuted: string;
  colorBackground: string;
  colorBorder: string;
  colorPrimary: string;
  /** Text on the primary color (the button label). */
  colorOnPrimary: string;
  colorDanger: string;
  colorSuccess: string;
  colorFocus: string;
  radius: string;
  fontFamily: string;
  fontSize: string;
  spacing: string;
  focusRingWidth: string;
}

/** The tokens a dark scheme can change: the colors. */
export type DarkThemeTokens = Pick<ThemeTokens, Extract<keyof ThemeTokens, `color${string}`>>;

export interface Theme extends Overrides<ThemeTokens> {
  /** Colors used when the scheme is dark (see `colorScheme`). */
  dark?: Overrides<DarkThemeTokens> | undefined;
  /** `auto` follows the operating system. Default: inherit from the page. */
  colorScheme?: 'light' | 'dark' | 'auto' | undefined;
}

/**
 * The defaults the stylesheet falls back to. Every text/background pair meets WCAG AA (4.5:1);
 * test/ui/themeToCssVariables.test.ts checks it.
 */
export const DEFAULT_THEME: Readonly<ThemeTokens & { dark: DarkThemeTokens }> = /* @__PURE__ */ Object.freeze({
  colorText: '#1f2328',
  colorMuted: '#57606a',
  colorBackground: '#ffffff',
  colorBorder: '#8c959f',
  colorPrimary: '#0b5cad',
  colorOnPrimary: '#ffffff',
  colorDanger: '#b42318',
  colorSuccess: '#1a7f37',
  colorFocus: '#0b5cad',
  radius: '8px',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  fontSize: '16px',
  spacing: '8px',
  focusRingWidth: '2px',
  dark: {
    colorText: '#e6edf3',
    colorMuted: '#9da7b3',
    colorBackground: '#0d1117',
    colorBorder: '#6e7681',
    colorPrimary: '#4493f8',
    colorOnPrimary: '#0d1117',
    colorDanger: '#ff7b72',
    colorSuccess: '#3fb950',
    colorFocus: '#4493f8',
  },
});

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * `{ colorPrimary: 'teal', dark: { colorPrimary: 'cyan' } }` → `{ '--ck-color-primary': 'teal',
 * '--ck-dark-color-primary': 'cyan' }`, ready for a `style` attribute. Only given tokens are set,
 * so an app stylesheet (or Tailwind) can still set the rest.
 */
export function themeToCssVariables(theme: Theme | undefined): Record<`--ck-${string}`, string> {
  const variables: Record<`--ck-${string}`, string> = {};
  if (!theme) return variables;
  for (const [name, value] of Object.entries(theme)) {
    if (name === 'dark' || name === 'colorScheme' || typeof value !== 'string') continue;
    variables[`--ck-${kebab(name)}`] = value;
  }
  for (const [name, value] of Object.entries(theme.dark ?? {})) {
    if (typeof value === 'string') variables[`--ck-dark-${kebab(name)}`] = value;
  }
  return variables;
}
