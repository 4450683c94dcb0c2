import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

// The point of development-only validation texts is bundle size: check that a production build of
// the client really drops them, and a development build keeps them.
async function bundle(nodeEnv: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
    build: {
      write: false,
      minify: true,
      lib: { entry: fileURLToPath(new URL('../../../src/core/protocol/createCognitoConfirmClient.ts', import.meta.url)), formats: ['es'] },
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
    expect(production.length).toBeLessThan(development.length);
  });
});
