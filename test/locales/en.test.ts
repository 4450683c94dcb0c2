import { describe, expect, it } from 'vitest';
import { en } from '../../src/locales/en';
import { announceTexts } from '../../src/locales/en/announceTexts';
import { attributeTexts } from '../../src/locales/en/attributeTexts';
import { codeTexts } from '../../src/locales/en/codeTexts';
import { destinationTexts } from '../../src/locales/en/destinationTexts';
import { durationTexts } from '../../src/locales/en/durationTexts';
import { errorTexts } from '../../src/locales/en/errorTexts';
import { resendTexts } from '../../src/locales/en/resendTexts';
import { signUpTexts } from '../../src/locales/en/signUpTexts';

// The English catalogue is assembled from one module per area; components take areas as their
// defaults. A key's prefix names its area, so a key moved or added in the wrong file fails here.
const AREAS: Record<string, object> = {
  'resend.': resendTexts,
  'destination.': destinationTexts,
  'code.': codeTexts,
  'signUp.': signUpTexts,
  'attribute.': attributeTexts,
  'announce.': announceTexts,
  'duration.': durationTexts,
  'error.': errorTexts,
};

describe('English texts by area', () => {
  it('puts each key in the area its prefix names', () => {
    for (const [prefix, texts] of Object.entries(AREAS)) {
      for (const key of Object.keys(texts))
        expect(key, `${key} in the ${prefix} area`).toMatch(new RegExp(`^${prefix.replace('.', '\\.')}`));
    }
  });

  it('assembles en from exactly the areas, each key once', () => {
    const keys = Object.values(AREAS).flatMap((texts) => Object.keys(texts));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Object.keys(en).sort());
  });
});
