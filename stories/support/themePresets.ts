import type { Theme } from '../../src/ui/themeToCssVariables';

/**
 * Starting points for the theme playground. Every text color meets 7:1 (high contrast) or 4.5:1
 * (the others) against its background, light and dark; the playground's stories run axe on each.
 */
export const THEME_PRESETS = {
  /** The kit's own defaults (DEFAULT_THEME): nothing to set. */
  default: {},
  /** Black on white and white on black, a blue (light) or yellow (dark) primary, a thicker focus ring. */
  highContrast: {
    colorText: '#000000',
    colorMuted: '#2b2b2b',
    colorBackground: '#ffffff',
    colorBorder: '#000000',
    colorPrimary: '#0000b3',
    colorOnPrimary: '#ffffff',
    colorDanger: '#9e0000',
    colorSuccess: '#005c00',
    colorFocus: '#000000',
    focusRingWidth: '3px',
    dark: {
      colorText: '#ffffff',
      colorMuted: '#e6e6e6',
      colorBackground: '#000000',
      colorBorder: '#ffffff',
      colorPrimary: '#ffd60a',
      colorOnPrimary: '#000000',
      colorDanger: '#ff9c9c',
      colorSuccess: '#7dff8a',
      colorFocus: '#ffffff',
    },
  },
  /** Tinted surfaces, a violet primary, pill-round corners and Roboto: the look of Material-style apps. */
  rounded: {
    colorText: '#1d1b20',
    colorMuted: '#49454f',
    colorBackground: '#fef7ff',
    colorBorder: '#79747e',
    colorPrimary: '#6750a4',
    colorOnPrimary: '#ffffff',
    colorDanger: '#b3261e',
    colorSuccess: '#146c2e',
    colorFocus: '#6750a4',
    radius: '20px',
    fontFamily: 'Roboto, "Helvetica Neue", Arial, sans-serif',
    dark: {
      colorText: '#e6e0e9',
      colorMuted: '#cac4d0',
      colorBackground: '#141218',
      colorBorder: '#938f99',
      colorPrimary: '#d0bcff',
      colorOnPrimary: '#381e72',
      colorDanger: '#f2b8b5',
      colorSuccess: '#6dd58c',
      colorFocus: '#d0bcff',
    },
  },
} as const satisfies Record<string, Theme>;

export type ThemePresetName = keyof typeof THEME_PRESETS;

export const THEME_PRESET_LABELS: Record<ThemePresetName, string> = {
  default: 'Kit default',
  highContrast: 'High contrast',
  rounded: 'Rounded (Material-like)',
};
