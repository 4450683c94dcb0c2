import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { DEFAULT_THEME } from '../src/ui/themeToCssVariables';
import { formatThemeProp } from './support/formatThemeProp';
import { THEME_PRESET_LABELS, THEME_PRESETS } from './support/themePresets';
import {
  COLOR_TOKENS,
  darkArgName,
  playgroundTheme,
  THEME_TOKENS,
  ThemePlayground,
  type ThemePlaygroundProps,
} from './support/ThemePlayground';

// One arg per token, from the kit's own token list, so a token added to the kit shows up here.
const tokenArgTypes: ArgTypes<ThemePlaygroundProps> = {};
for (const token of THEME_TOKENS) {
  const isColor = token.startsWith('color');
  tokenArgTypes[token] = {
    control: isColor ? { type: 'color', presetColors: [DEFAULT_THEME[token]] } : 'text',
    description: `\`${token}\`; empty: the preset's value, else the kit's default.`,
    table: { category: isColor ? 'Colors (light)' : 'Type and sizes', defaultValue: { summary: DEFAULT_THEME[token] } },
  };
}
for (const token of COLOR_TOKENS) {
  tokenArgTypes[darkArgName(token)] = {
    control: { type: 'color', presetColors: [DEFAULT_THEME.dark[token]] },
    description: `\`dark.${token}\`, used when the scheme is dark.`,
    table: { category: 'Colors (dark)', defaultValue: { summary: DEFAULT_THEME.dark[token] } },
  };
}

const meta = {
  title: 'Theming/Playground',
  component: ThemePlayground,
  // The scheme follows the toolbar unless the colorScheme arg says otherwise (see render).
  render: (args, context) => <ThemePlayground {...args} colorScheme={args.colorScheme ?? schemeOf(context)} />,
  // No preset at first: the kit's defaults. (Storybook's docs-page Controls show a mapped arg's initial
  // value as unset anyway, so a preset chosen here would look unchosen there.)
  args: { autoFocus: true },
  argTypes: {
    preset: {
      description: "A starting point; the tokens set below win over it. Unset: the kit's defaults.",
      options: Object.keys(THEME_PRESETS),
      mapping: THEME_PRESETS,
      control: { type: 'select', labels: THEME_PRESET_LABELS },
      table: { category: 'Theme', type: { summary: Object.keys(THEME_PRESETS).join(' | ') } },
    },
    colorScheme: {
      description: "`theme.colorScheme`. Unset: the toolbar's scheme. `auto` follows the operating system.",
      options: ['light', 'dark', 'auto'],
      control: 'inline-radio',
      table: { category: 'Theme', type: { summary: "'light' | 'dark' | 'auto'" } },
    },
    autoFocus: { control: 'boolean', table: { category: 'Screen', type: { summary: 'boolean' } } },
    ...tokenArgTypes,
  },
  parameters: {
    docs: {
      // "Show code" gives what an app writes for this look, not the story's own component.
      source: {
        transform: (_code: string, context: StoryContext<ThemePlaygroundProps>) => {
          const theme = playgroundTheme({ ...context.args, colorScheme: context.args.colorScheme ?? schemeOf(context) });
          return `<CognitoConfirmTheme\n  ${formatThemeProp(theme).replace(/\n/g, '\n  ')}\n>\n  <SignUpConfirmation username={username} />\n</CognitoConfirmTheme>`;
        },
      },
      description: {
        component:
          'Every design token as a control. The screen below is painted with them (type `000000` to see the danger color, `123456` for success), and the box under it is the `theme` prop that gives your app the same look.',
      },
    },
  },
} satisfies Meta<typeof ThemePlayground>;
export default meta;
type Story = StoryObj<typeof meta>;

function schemeOf(context: Pick<StoryContext, 'globals'>): 'light' | 'dark' {
  return context.globals['scheme'] === 'dark' ? 'dark' : 'light';
}

/** Computed colors come back as `rgb(r, g, b)`. */
function rgb(hex: string): string {
  const [r, g, b] = hex.match(/[0-9a-f]{2}/gi)!.map((pair) => Number.parseInt(pair, 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const confirmButton = (canvas: HTMLElement) => within(canvas).getByRole('button', { name: 'Confirm' });
const themeSource = (canvas: HTMLElement) => within(canvas).getByTestId('theme-source');

export const Playground: Story = {};

/** A color set through the args paints the screen: Confirm's background and the Resend link are that color. */
export const PrimaryColor: Story = {
  args: { colorPrimary: '#8a1c7c', darkColorPrimary: '#f0a8e6' },
  play: async ({ canvasElement, args, globals }) => {
    const expected = schemeOf({ globals }) === 'dark' ? args.darkColorPrimary! : args.colorPrimary!;
    await expect(getComputedStyle(confirmButton(canvasElement)).backgroundColor).toBe(rgb(expected));
    const resend = within(canvasElement).getByRole('button', { name: 'Resend' });
    await expect(getComputedStyle(resend).color).toBe(rgb(expected));
    await expect(themeSource(canvasElement)).toHaveTextContent("colorPrimary: '#8a1c7c'");
    await expect(themeSource(canvasElement)).toHaveTextContent("dark: { colorPrimary: '#f0a8e6', }");
  },
};

/** The high-contrast preset: 7:1 text throughout, a 3 px focus ring. */
export const HighContrast: Story = {
  args: { preset: 'highContrast' },
  play: async ({ canvasElement, globals }) => {
    const preset = THEME_PRESETS.highContrast;
    const primary = schemeOf({ globals }) === 'dark' ? preset.dark.colorPrimary : preset.colorPrimary;
    await expect(getComputedStyle(confirmButton(canvasElement)).backgroundColor).toBe(rgb(primary));
    await expect(themeSource(canvasElement)).toHaveTextContent("focusRingWidth: '3px'");
  },
};

/** A preset with one token changed: the arg wins over the preset, the preset's other tokens stay. */
export const RoundedWithOwnPrimary: Story = {
  args: { preset: 'rounded', colorPrimary: '#00639b', darkColorPrimary: '#94ccff' },
  play: async ({ canvasElement, args, globals }) => {
    const button = confirmButton(canvasElement);
    const expected = schemeOf({ globals }) === 'dark' ? args.darkColorPrimary! : args.colorPrimary!;
    await expect(getComputedStyle(button).backgroundColor).toBe(rgb(expected));
    await expect(getComputedStyle(button).borderTopLeftRadius).toBe(THEME_PRESETS.rounded.radius);
    await expect(themeSource(canvasElement)).toHaveTextContent("colorPrimary: '#00639b'");
    await expect(themeSource(canvasElement)).toHaveTextContent(`fontFamily: '${THEME_PRESETS.rounded.fontFamily}'`);
  },
};

/** Copy hands over exactly the text shown; without clipboard access the text is selected for Ctrl+C. */
export const CopyTheme: Story = {
  args: { preset: 'rounded' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const shown = themeSource(canvasElement).textContent;
    await expect(shown).toMatch(/^theme=\{\{\n {2}colorScheme: '(light|dark)',\n {2}colorText: '#1d1b20',/);
    const writeText = spyOn(navigator.clipboard, 'writeText');
    try {
      writeText.mockResolvedValue(undefined);
      await userEvent.click(canvas.getByRole('button', { name: 'Copy theme' }));
      await expect(writeText).toHaveBeenCalledWith(shown);
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Copied to the clipboard.'));

      writeText.mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
      await userEvent.click(canvas.getByRole('button', { name: 'Copy theme' }));
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/^(Copied\.|Selected: press Ctrl\+C)/));
      await expect(window.getSelection()?.toString()).toBe(shown);
    } finally {
      writeText.mockRestore();
    }
    await expect(playgroundTheme(args)).toEqual(THEME_PRESETS.rounded);
  },
};
