import { useId, useRef, useState, type CSSProperties } from 'react';
import { CognitoConfirmTheme } from '../../src/components/CognitoConfirmTheme';
import { SignUpConfirmation } from '../../src/components/SignUpConfirmation';
import { DEFAULT_THEME, type DarkThemeTokens, type Theme, type ThemeTokens } from '../../src/ui/themeToCssVariables';
import { formatThemeProp } from './formatThemeProp';
import { THEME_PRESETS, type ThemePresetName } from './themePresets';

/** Every token, in DEFAULT_THEME's order: the playground offers exactly what the kit reads. */
export const THEME_TOKENS = Object.keys(DEFAULT_THEME).filter((name) => name !== 'dark') as Array<keyof ThemeTokens>;
export const COLOR_TOKENS = Object.keys(DEFAULT_THEME.dark) as Array<keyof DarkThemeTokens>;
/** `colorPrimary` → `darkColorPrimary`: the arg for a color's dark value (`theme.dark.colorPrimary`). */
export const darkArgName = (token: keyof DarkThemeTokens) => `dark${token[0]!.toUpperCase()}${token.slice(1)}` as DarkArgName;
type DarkArgName = `dark${Capitalize<keyof DarkThemeTokens>}`;

export type ThemePlaygroundProps = { [Token in keyof ThemeTokens]?: string | undefined } & {
  [Arg in DarkArgName]?: string | undefined;
} & {
  /** A preset by name, or (through the story's arg mapping) the preset itself. Tokens set here win over it. */
  preset?: ThemePresetName | Theme | undefined;
  colorScheme?: Theme['colorScheme'];
  /** Focus the code field when the screen opens (off on docs pages). */
  autoFocus?: boolean | undefined;
};

/** The preset, then every token given (an empty text field counts as not given). */
export function playgroundTheme({ preset, colorScheme, ...tokens }: ThemePlaygroundProps): Theme {
  const base: Theme = (typeof preset === 'string' ? THEME_PRESETS[preset] : preset) ?? {};
  const given = (value: string | undefined): value is string => typeof value === 'string' && value.trim() !== '';
  const theme: Theme = { ...(colorScheme ? { colorScheme } : {}), ...base };
  for (const token of THEME_TOKENS) {
    const value = tokens[token];
    if (given(value)) theme[token] = value;
  }
  const dark = { ...base.dark };
  for (const token of COLOR_TOKENS) {
    const value = tokens[darkArgName(token)];
    if (given(value)) dark[token] = value;
  }
  delete theme.dark;
  if (Object.keys(dark).length > 0) theme.dark = dark;
  return theme;
}

const plain: CSSProperties = {
  font: 'inherit',
  color: 'inherit',
  background: 'transparent',
  border: '1px solid currentColor',
  borderRadius: 4,
};

/**
 * The whole screen in the theme the args describe (its own CognitoConfirmTheme inside the
 * toolbar's, so the nearest theme wins), and that theme as the prop to paste into an app.
 */
export function ThemePlayground({ autoFocus, ...args }: ThemePlaygroundProps) {
  const theme = playgroundTheme(args);
  const source = formatThemeProp(theme);
  // Every token spelled out, so the toolbar's own token set underneath cannot show through: the
  // screen looks exactly as the copied theme makes it look on its own.
  const painted: Theme = { ...DEFAULT_THEME, ...theme, dark: { ...DEFAULT_THEME.dark, ...theme.dark } };
  const sourceRef = useRef<HTMLPreElement>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const captionId = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(source);
      setCopyStatus('Copied to the clipboard.');
    } catch {
      // No clipboard API, or no permission (an insecure origin, a sandboxed frame): select the text instead.
      const selection = window.getSelection();
      if (sourceRef.current && selection) {
        selection.selectAllChildren(sourceRef.current);
        setCopyStatus(document.execCommand('copy') ? 'Copied.' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy.');
      }
    }
  }

  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: '26rem' }}>
      <CognitoConfirmTheme theme={painted}>
        <SignUpConfirmation
          username="jane"
          codeDeliveryDetails={{ Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' }}
          autoFocus={autoFocus}
        />
      </CognitoConfirmTheme>
      <figure aria-labelledby={captionId} style={{ margin: 0, display: 'grid', gap: 8 }}>
        <figcaption id={captionId} style={{ fontWeight: 600 }}>
          This theme, for your app
        </figcaption>
        <pre
          ref={sourceRef}
          data-testid="theme-source"
          style={{ margin: 0, padding: 12, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 14, ...plain }}
        >
          {source}
        </pre>
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
          <button type="button" onClick={() => void copy()} style={{ ...plain, padding: '6px 12px' }}>
            Copy theme
          </button>
          <span role="status">{copyStatus}</span>
        </div>
      </figure>
    </div>
  );
}
