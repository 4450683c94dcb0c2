import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/locales/en';
import { announceTexts } from '../../src/locales/en/announceTexts';
import { attributeTexts } from '../../src/locales/en/attributeTexts';
import { codeTexts } from '../../src/locales/en/codeTexts';
import { destinationTexts } from '../../src/locales/en/destinationTexts';
import { durationTexts } from '../../src/locales/en/durationTexts';
import { errorTexts } from '../../src/locales/en/errorTexts';
import { confirmTexts } from '../../src/locales/en/confirmTexts';
import { offlineTexts } from '../../src/locales/en/offlineTexts';
import { resendTexts } from '../../src/locales/en/resendTexts';
import { resetErrorTexts } from '../../src/locales/en/resetErrorTexts';
import { resetTexts } from '../../src/locales/en/resetTexts';
import { signUpTexts } from '../../src/locales/en/signUpTexts';
import { unknownAttributeTexts } from '../../src/locales/en/unknownAttributeTexts';

// The English catalogue is assembled from one module per area; components take areas as their
// defaults. A key's prefix names its area, so a key moved or added in the wrong file fails here.
const AREAS: Array<[prefix: string, texts: object]> = [
  ['resend.', resendTexts],
  ['destination.', destinationTexts],
  ['destination.unknownAttribute.', unknownAttributeTexts],
  ['code.', codeTexts],
  ['signUp.', signUpTexts],
  ['attribute.', attributeTexts],
  ['announce.', announceTexts],
  ['duration.', durationTexts],
  ['error.', errorTexts],
  ['confirm.', confirmTexts],
  ['offline.', offlineTexts],
  ['reset.', resetTexts],
  // The reset's errors: apart from errorTexts, which every screen carries.
  ['error.', resetErrorTexts],
];

// A value import or re-export of src/locales/en.ts (`import type` is free: it leaves no code).
const RUNTIME_IMPORT_OF_EN = /^(import|export)\s+(?!type\b)[^;]*?from\s*'([^']*\/locales\/en(\.js)?)'/gm;

describe('English texts by area', () => {
  it('puts each key in the area its prefix names', () => {
    for (const [prefix, texts] of AREAS) {
      for (const key of Object.keys(texts))
        expect(key, `${key} in the ${prefix} area`).toMatch(new RegExp(`^${prefix.replace('.', '\\.')}`));
    }
  });

  it('assembles en from exactly the areas, each key once', () => {
    const keys = AREAS.flatMap(([, texts]) => Object.keys(texts));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Object.keys(en).sort());
  });

  it('is never imported whole by a component, hook or helper (types and the public re-export aside)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
      );
    const found = ['src/components', 'src/react', 'src/ui']
      .flatMap((dir) => files(join(import.meta.dirname, '../..', dir)))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT_OF_EN)]
          .filter(([statement]) => !(file.endsWith('index.ts') && /^export \{ enMessages \}/.test(statement)))
          .map(([statement]) => `${file}: ${statement}`),
      );
    expect(found).toEqual([]);
  });

  it('the check sees a runtime import of the catalogue', () => {
    const code = "import { en } from '../locales/en.js';\nimport type { MessageKey } from '../locales/en.js';";
    const matches = [...code.matchAll(RUNTIME_IMPORT_OF_EN)];
    expect(matches.map(([statement]) => statement)).toEqual(["import { en } from '../locales/en.js'"]);
  });
});
