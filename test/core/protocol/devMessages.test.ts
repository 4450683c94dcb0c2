import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

// The point of development-only validation texts is bundle size: check that a production build of
// the client really drops them, and a development build keeps them.
async function bundle(nodeEnv: string, entry = '../../../src/core/protocol/createCognitoConfirmClient.ts'): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
    build: {
      write: false,
      minify: true,
      lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ['es'] },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  return output.output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
}

describe('validation texts', () => {
  it('are left out of a production build and kept in a development build', async () => {
    const production = await bundle('production');
    const development = await bundle('development');
    expect(development).toContain('must be at most');
    expect(production).not.toContain('must be at most');
    expect(production).not.toContain('is not a field Cognito accepts here');
    expect(development).toContain('is not a user pool id');
    expect(production).not.toContain('is not a user pool id');
    expect(production.length).toBeLessThan(development.length);
  });
});

describe('kit error and option texts', () => {
  // Each entry with texts that only development builds may carry.
  const cases: Array<[entry: string, texts: string[]]> = [
    [
      '../../../src/core/protocol/transports/createFetchTransport.ts',
      ['Check the connection', 'No answer from Cognito', 'Expected JSON from Cognito', 'larger than', 'needs a region', 'must be a number'],
    ],
    [
      '../../../src/core/cooldown/createCooldownStore.ts',
      ['must have getItem', 'must be a non-empty string', 'Cooldown policy must be', 'needs a finite deadline'],
    ],
  ];
  it.each(cases)('are left out of a production build of %s and kept in a development build', async (entry, texts) => {
    const production = await bundle('production', entry);
    const development = await bundle('development', entry);
    for (const text of texts) {
      expect(development, text).toContain(text);
      expect(production, text).not.toContain(text);
    }
  });
});

describe('the development-only guard', () => {
  it('leaves nothing behind in an esbuild production bundle (what size-limit measures)', async () => {
    const { build: esbuild } = await import('esbuild');
    const result = await esbuild({
      stdin: {
        contents: "export * from './src/coreEntry.ts';",
        resolveDir: fileURLToPath(new URL('../../..', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    // `typeof process === 'undefined' || …` would fold to `(typeof process>"u","short")` at every site.
    expect(code).not.toContain('typeof process');
    expect(code).not.toContain('must be at most');
  });
});
