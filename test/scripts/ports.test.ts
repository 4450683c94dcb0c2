// The ports this repository's servers default to, against the ones an app's own tools take: a
// newcomer runs their app, the emulator, the demo and Storybook side by side.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
const number = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1]);

const ports = {
  emulator: number(read('scripts/emulator.mjs'), /DEFAULT_PORT = (\d+)/),
  demo: number(read('scripts/start.mjs'), /process\.env\.PORT \|\| (\d+)/),
  storybook: number(scripts.storybook!, /-p (\d+)/),
  storybookPreview: number(scripts['preview-storybook']!, /--port (\d+)/),
};
// Vite's dev server and `vite preview`, Next.js, Storybook's own fallback for a taken 6006.
const APP_PORTS = [5173, 4173, 3000, 6007];

describe('default ports', () => {
  it('are all set and all different', () => {
    for (const port of Object.values(ports)) expect(port).toBeGreaterThan(1023);
    expect(new Set(Object.values(ports)).size).toBe(Object.keys(ports).length);
  });

  it.each(Object.entries(ports))('%s does not take a port an app’s own tools use', (_name, port) => {
    expect(APP_PORTS).not.toContain(port);
  });

  it('a taken preview port is an error, not a silent move to another', () => {
    expect(scripts['preview-storybook']).toContain('--strictPort');
  });

  it('README.md shows the same ports', () => {
    const readme = read('README.md');
    expect(readme).toContain(`http://localhost:${ports.storybook}`);
    expect(readme).toContain(`http://localhost:${ports.storybookPreview}`);
    expect(readme).toContain(`| \`PORT\` | \`${ports.demo}\``);
    expect(readme).toContain(`| \`EMULATOR_PORT\` | \`${ports.emulator}\``);
    expect(readme).not.toMatch(/vite preview --outDir storybook-static\s*#.*4173/);
  });
});
