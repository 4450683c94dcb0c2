import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ar } from '../../src/locales/ar';
import { de } from '../../src/locales/de';
import { en, type KitMessages } from '../../src/locales/en';
import { es } from '../../src/locales/es';
import { fr } from '../../src/locales/fr';
import { he } from '../../src/locales/he';
import { ja } from '../../src/locales/ja';
import { formatMessage } from '../../src/ui/formatMessage';

const LOCALES: Record<string, KitMessages> = { en, es, fr, de, ja, ar, he };
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
    const values = {
      time: '0:27',
      destination: 'j***@e***.com',
      duration: '1 min',
      count: 6,
      attribute: 'x',
      username: 'jane',
      action: 'Confirm',
      rule: 'x',
    };
    for (const [key, value] of Object.entries(catalogue)) {
      const text = formatMessage(value, values, code);
      expect(text, `${code} ${key}`).not.toMatch(/\{\w+\}/);
      expect(text.trim().length, `${code} ${key}`).toBeGreaterThan(0);
    }
  });
});

describe('shipped locales', () => {
  const files = readdirSync('src/locales')
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -3))
    .sort();

  it('checks every catalogue in src/locales above, and ships each as an entry point', () => {
    expect(Object.keys(LOCALES).sort()).toEqual(files);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> };
    const vite = readFileSync('vite.config.ts', 'utf8');
    for (const code of files) {
      expect(pkg.exports, code).toHaveProperty(`./locales/${code}`, {
        types: `./dist/types/locales/${code}.d.ts`,
        import: `./dist/locales/${code}.js`,
      });
      expect(vite, code).toContain(`'locales/${code}': 'src/locales/${code}.ts'`);
    }
  });
});

// Arabic has six plural forms, Hebrew three: each count gets its own wording through Intl.PluralRules.
describe('right-to-left catalogues', () => {
  it('words Arabic counts with all six forms', () => {
    const said = [0, 1, 2, 3, 11, 100].map((count) => formatMessage(ar['code.hintDigits'], { count }, 'ar'));
    expect(said).toEqual([
      'أدخل الرمز المكوّن من 0 رقم.',
      'أدخل الرمز المكوّن من رقم واحد.',
      'أدخل الرمز المكوّن من رقمين.',
      'أدخل الرمز المكوّن من 3 أرقام.',
      'أدخل الرمز المكوّن من 11 رقمًا.',
      'أدخل الرمز المكوّن من 100 رقم.',
    ]);
    expect(new Set(said).size).toBe(6);
  });

  it('words Hebrew counts with one, two and other', () => {
    expect([1, 2, 6].map((count) => formatMessage(he['code.incompleteDigits'], { count }, 'he'))).toEqual([
      'הקוד חלקי: חסרה ספרה אחת.',
      'הקוד חלקי: חסרות שתי ספרות.',
      'הקוד חלקי: חסרות 6 ספרות.',
    ]);
  });

  // Plain-text values inside an RTL sentence: without an isolate, "+*******1234" shows as "1234*******+".
  it('isolates left-to-right values that are set as plain text', () => {
    for (const [code, catalogue] of Object.entries({ ar, he })) {
      for (const key of [
        'resend.sent',
        'announce.sent',
        'signUp.signedIn',
        'attribute.title.other',
        'destination.unknownAttribute.other',
      ] as const) {
        expect(catalogue[key], `${code} ${key}`).toMatch(/\u2066\{\w+\}\u2069/);
      }
    }
    expect(formatMessage(ar['resend.sent'], { destination: '+*******1234' }, 'ar')).toBe('تم إرسال رمز جديد إلى \u2066+*******1234\u2069.');
  });
});
