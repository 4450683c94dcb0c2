import type { CSSProperties } from 'react';
import { DEFAULT_THEME, type DarkThemeTokens, themeToCssVariables, type ThemeTokens } from '../../src/ui/themeToCssVariables';

type Token = keyof ThemeTokens;
const TOKENS = Object.keys(DEFAULT_THEME).filter((name) => name !== 'dark') as Token[];
const isColor = (token: Token): token is keyof DarkThemeTokens => token in DEFAULT_THEME.dark;
/** The variable the kit itself sets for a token, asked of the function that sets it. */
const variableOf = (theme: Parameters<typeof themeToCssVariables>[0]) => Object.keys(themeToCssVariables(theme))[0];

const swatch: CSSProperties = {
  display: 'inline-block',
  width: '1em',
  height: '1em',
  marginInlineEnd: '0.4em',
  verticalAlign: '-0.15em',
  border: '1px solid #8c959f',
  borderRadius: 3,
};

function Value({ token, value }: { token: Token; value: string }) {
  return (
    <>
      {token.startsWith('color') && <span aria-hidden="true" style={{ ...swatch, background: value }} />}
      <code>{value}</code>
    </>
  );
}

/**
 * Every design token with its CSS custom properties and defaults, read from DEFAULT_THEME and
 * themeToCssVariables: a token added or renamed in the kit shows up here as it is.
 */
export function ThemeTokenTable() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">token</th>
          <th scope="col">CSS variable</th>
          <th scope="col">light default</th>
          <th scope="col">dark default</th>
        </tr>
      </thead>
      <tbody>
        {TOKENS.map((token) => (
          <tr key={token}>
            <th scope="row">
              <code>{token}</code>
            </th>
            <td>
              <code>{variableOf({ [token]: DEFAULT_THEME[token] })}</code>
              {isColor(token) && (
                <>
                  <br />
                  <code>{variableOf({ dark: { [token]: DEFAULT_THEME.dark[token] } })}</code>
                </>
              )}
            </td>
            <td>
              <Value token={token} value={DEFAULT_THEME[token]} />
            </td>
            <td>{isColor(token) ? <Value token={token} value={DEFAULT_THEME.dark[token]} /> : 'the same'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
