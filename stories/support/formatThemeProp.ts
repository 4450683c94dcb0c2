import type { Theme } from '../../src/ui/themeToCssVariables';

const quote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * A theme as the JSX prop an app would paste: `theme={{ colorPrimary: '#6750a4', dark: { … } }}`,
 * one token a line, in the order given, leaving out what is unset.
 */
export function formatThemeProp(theme: Theme): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(theme)) {
    if (name === 'dark' || typeof value !== 'string') continue;
    lines.push(`  ${name}: ${quote(value)},`);
  }
  const dark = Object.entries(theme.dark ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  if (dark.length > 0) {
    lines.push('  dark: {', ...dark.map(([name, value]) => `    ${name}: ${quote(value)},`), '  },');
  }
  return lines.length === 0 ? 'theme={{}}' : `theme={{\n${lines.join('\n')}\n}}`;
}
