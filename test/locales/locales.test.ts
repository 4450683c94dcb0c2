import { describe, expect, it } from 'vitest';
import { de } from '../../src/locales/de';
import { en, type KitMessages } from '../../src/locales/en';
import { es } from '../../src/locales/es';
import { fr } from '../../src/locales/fr';
import { ja } from '../../src/locales/ja';
import { formatMessage } from '../../src/ui/formatMessage';

const LOCALES: Record<string, KitMessages> = { en, es, fr, de, ja };
const placeholders = (value: unknown) => [...new Set(JSON.stringify(value).match(/\{\w+\}/g) ?? [])].sort();

describe.each(Object.entries(LOCALES))('locale %s', (code, catalogue) => {
  it('has every key and no extra one', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps the English placeholders in every text', () => {
    for (const key of Object.keys(en) as Array<keyof KitMessages>) {
      expect(placeholders(catalogue[key]), `${code} ${key}`).toEqual(placeholders(en[key]));
    }
  });

  it('has the plural forms its language uses', () => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    for (const [key, value] of Object.entries(catalogue)) {
      if (typeof value === 'string') continue;
      for (const category of categories) expect(value, `${code} ${key} ${category}`).toHaveProperty(category);
    }
  });

  it('formats every text with no placeholder left over', () => {
    const values = { time: '0:27', destination: 'j***@e***.com', duration: '1 min', count: 6, attribute: 'x', username: 'jane' };
    for (const [key, value] of Object.entries(catalogue)) {
      const text = formatMessage(value, values, code);
      expect(text, `${code} ${key}`).not.toMatch(/\{\w+\}/);
      expect(text.trim().length, `${code} ${key}`).toBeGreaterThan(0);
    }
  });
});
