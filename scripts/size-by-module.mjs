// What each use case in .size-limit.js pays for, by source module and by layer, so a change that
// grows a budget shows where. `node scripts/size-by-module.mjs [use-case name fragment]`.
// Bundles from src/ (the built dist/index.js is one file, so it cannot be attributed) with the
// settings size-limit uses: esbuild, minified, peers external, NODE_ENV=production. Minified bytes
// per module; the gzip share is that module's part of the bundle's gzip size, an estimate.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import checks from '../.size-limit.js';

const repo = path.resolve(import.meta.dirname, '..');
const peers = Object.keys(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).peerDependencies);
const filter = process.argv[2]?.toLowerCase();
const dir = mkdtempSync(path.join(tmpdir(), 'size-by-module-'));

try {
  for (const check of checks.filter((c) => c.import && (!filter || c.name.toLowerCase().includes(filter)))) {
    const entry = path.join(dir, 'entry.js');
    // `import: '*'` is a whole entry (the core entry, from src/coreEntry.ts); else named imports from src/index.ts.
    const source = JSON.stringify(path.join(repo, check.path === 'dist/core.js' ? 'src/coreEntry.ts' : 'src/index.ts'));
    const names = check.import.replace(/[{}]/g, '').trim();
    writeFileSync(
      entry,
      check.import === '*' ? `export * from ${source};\n` : `import ${check.import} from ${source};\nconsole.log(${names});\n`,
    );
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      jsx: 'automatic',
      write: false,
      metafile: true,
      outfile: path.join(dir, 'out.js'),
      external: peers,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    const bytes = result.outputFiles[0].contents;
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
      .map(([file, { bytesInOutput }]) => [path.relative(repo, path.resolve(file)), bytesInOutput])
      .filter(([file, size]) => size > 0 && file.startsWith('src/'));
    const share = (size) => `~${(((size / bytes.length) * gzip) / 1000).toFixed(2)} kB gz`;
    const layers = new Map();
    for (const [file, size] of inputs) {
      const layer = file
        .split('/')
        .slice(0, file.startsWith('src/core/') ? 3 : 2)
        .join('/');
      layers.set(layer, (layers.get(layer) ?? 0) + size);
    }
    console.log(`\n${check.name}: ${bytes.length} B minified, ${(gzip / 1000).toFixed(2)} kB gzip (from src; size-limit measures dist)`);
    console.log('  by layer:');
    for (const [layer, size] of [...layers].sort((a, b) => b[1] - a[1]))
      console.log(`    ${String(size).padStart(6)} B  ${share(size).padEnd(14)} ${layer}`);
    console.log('  by module:');
    for (const [file, size] of inputs.sort((a, b) => b[1] - a[1]))
      console.log(`    ${String(size).padStart(6)} B  ${share(size).padEnd(14)} ${file}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
