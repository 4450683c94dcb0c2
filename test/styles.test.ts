// @vitest-environment jsdom
// The stylesheet after the production minifier most apps run: Lightning CSS with Vite's default browser
// targets (Next.js runs it too). It rewrites light-dark() into variables that only a color-scheme rule
// defines, which left every screen without a colorScheme unstyled. This resolves the kit's color tokens
// from the minified output the way a browser cascades custom properties (selectors matched by jsdom)
// and checks each root ends up with exactly its scheme's colors.
import { readFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../src/ui/themeToCssVariables';

// Vite 8's build.cssTarget default ('baseline-widely-available', ESBUILD_BASELINE_WIDELY_AVAILABLE_TARGET
// in vite's source), in Lightning CSS's encoding (major << 16 | minor << 8).
const version = (major: number, minor = 0) => (major << 16) | (minor << 8);
const VITE_TARGETS = { chrome: version(111), edge: version(111), firefox: version(114), safari: version(16, 4), ios_saf: version(16, 4) };

interface Rule {
  media: string | null;
  selector: string;
  declarations: Array<[string, string]>;
}

/** The flat rule list of a stylesheet with at most one level of @media. */
function parseRules(css: string): Rule[] {
  const rules: Rule[] = [];
  let media: string | null = null;
  let prelude = '';
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '{') {
      const head = prelude.trim();
      prelude = '';
      if (head.startsWith('@media')) {
        media = head.slice('@media'.length).trim();
        continue;
      }
      const end = css.indexOf('}', i);
      const body = css.slice(i + 1, end);
      i = end;
      const declarations = body
        .split(';')
        .map((declaration) => declaration.match(/^\s*([\w-]+)\s*:([\s\S]*)$/))
        .filter((match): match is RegExpMatchArray => match !== null)
        .map((match): [string, string] => [match[1]!, match[2]!]);
      rules.push({ media, selector: head, declarations });
    } else if (char === '}') {
      media = null;
      prelude = '';
    } else prelude += char;
  }
  return rules;
}

const INVALID = Symbol('guaranteed-invalid');
type Value = string | typeof INVALID;

/** Substitutes var() references; INVALID when one has neither a value nor a fallback (as in browsers). */
function substitute(value: string, lookup: (name: string) => Value): Value {
  const start = value.indexOf('var(');
  if (start < 0) return value;
  let depth = 0;
  let comma = -1;
  let end = start + 4;
  for (; end < value.length; end++) {
    if (value[end] === '(') depth++;
    else if (value[end] === ')' && depth-- === 0) break;
    else if (value[end] === ',' && depth === 0 && comma < 0) comma = end;
  }
  const name = value.slice(start + 4, comma < 0 ? end : comma).trim();
  let replacement = lookup(name);
  if (replacement === INVALID) {
    if (comma < 0) return INVALID;
    replacement = substitute(value.slice(comma + 1, end), lookup);
    if (replacement === INVALID) return INVALID;
  }
  return substitute(value.slice(0, start) + replacement + value.slice(end + 1), lookup);
}

/** The computed custom properties of `element`: its matching rules in source order, over its parent's. */
function customProperties(rules: Rule[], element: Element, prefersDark: boolean): Map<string, Value> {
  const inherited = element.parentElement ? customProperties(rules, element.parentElement, prefersDark) : new Map<string, Value>();
  const declared = new Map<string, string>();
  for (const rule of rules) {
    if (rule.media !== null && rule.media.replace(/\s/g, '') !== `(prefers-color-scheme:${prefersDark ? 'dark' : 'light'})`) continue;
    if (!element.matches(rule.selector)) continue;
    for (const [name, value] of rule.declarations) if (name.startsWith('--')) declared.set(name, value);
  }
  const computed = new Map(inherited);
  const resolve = (name: string, seen: Set<string>): Value => {
    if (!declared.has(name)) return inherited.get(name) ?? INVALID;
    if (seen.has(name)) return INVALID;
    const raw = declared.get(name)!.trim();
    if (raw === 'initial') return INVALID;
    return substitute(raw, (other) => resolve(other, new Set([...seen, name])));
  };
  for (const name of declared.keys()) computed.set(name, resolve(name, new Set()));
  return computed;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const COLOR_TOKENS = Object.keys(DEFAULT_THEME.dark) as Array<keyof typeof DEFAULT_THEME.dark>;
const shortHex = (hex: string) => hex.replace(/^#(.)\1(.)\2(.)\3$/, '#$1$2$3');

const minified = transform({
  filename: 'styles.css',
  code: readFileSync('src/styles.css'),
  minify: true,
  targets: VITE_TARGETS,
}).code.toString();
const rules = parseRules(minified);

/**
 * Builds nested kit roots (outermost first, each with its data-color-scheme or none) and returns the
 * scheme whose default colors the innermost one resolves to, or what it resolved to instead.
 */
function schemeOf(chain: Array<string | undefined>, prefersDark: boolean): string {
  document.body.innerHTML = '';
  let parent: Element = document.body;
  for (const scheme of chain) {
    const root = document.createElement('section');
    root.className = 'ck-root ck-signup';
    if (scheme) root.dataset.colorScheme = scheme;
    parent.append(root);
    parent = root;
  }
  const properties = customProperties(rules, parent, prefersDark);
  const resolved = COLOR_TOKENS.map((token) => {
    const value = properties.get(`--ck-c-${kebab(token).slice('color-'.length)}`);
    return value === INVALID || value === undefined ? '(invalid)' : value.trim().toLowerCase();
  });
  for (const [scheme, palette] of [
    ['light', DEFAULT_THEME],
    ['dark', DEFAULT_THEME.dark],
  ] as const) {
    if (resolved.every((value, index) => value === shortHex(palette[COLOR_TOKENS[index]!].toLowerCase()))) return scheme;
  }
  return resolved.join(', ');
}

describe('styles.css after Lightning CSS with Vite’s default targets', () => {
  it('resolves every color token without a colorScheme: light, whatever the OS', () => {
    expect(schemeOf([undefined], false)).toBe('light');
    expect(schemeOf([undefined], true)).toBe('light');
  });

  it('follows colorScheme light, dark, and auto (the OS)', () => {
    expect(schemeOf(['light'], true)).toBe('light');
    expect(schemeOf(['dark'], false)).toBe('dark');
    expect(schemeOf(['auto'], false)).toBe('light');
    expect(schemeOf(['auto'], true)).toBe('dark');
  });

  it('takes the nearest colorScheme: a root inside a themed one inherits it or sets its own', () => {
    expect(schemeOf(['dark', undefined], false)).toBe('dark');
    expect(schemeOf(['dark', 'light'], true)).toBe('light');
    expect(schemeOf(['dark', 'auto'], false)).toBe('light');
    expect(schemeOf(['light', 'dark'], false)).toBe('dark');
    expect(schemeOf(['auto', undefined], true)).toBe('dark');
  });
});

// Right-to-left: the screen mirrors under an inherited dir="rtl" only if nothing is pinned to a physical side.
describe('styles.css under right-to-left', () => {
  const PHYSICAL =
    /(?:^|[;{\s])(?:(?:margin|padding|border|inset)-(?:left|right)|left|right|float|clear|border-(?:top|bottom)-(?:left|right)-radius)\s*:|text-align\s*:\s*(?:left|right)/;

  it('uses logical properties across the line, before and after Lightning CSS', () => {
    for (const [name, css] of [
      ['source', readFileSync('src/styles.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')],
      ['minified', minified],
    ] as const) {
      const found = css.match(new RegExp(PHYSICAL.source, 'g'));
      expect(found, name).toBeNull();
    }
  });

  it('the check sees a physical side however it is written', () => {
    for (const css of [
      'a{margin-left:1px}',
      'a { padding-right: 0 }',
      'a{left:0}',
      'a{text-align: right}',
      'a{float:left}',
      'a{border-top-left-radius:2px}',
    ])
      expect(css, css).toMatch(PHYSICAL);
    for (const css of ['a{margin-inline-start:1px}', 'a{inset-inline-start:0}', 'a{text-align:start}', 'a{top:0}', 'a{inset:0}'])
      expect(css, css).not.toMatch(PHYSICAL);
  });

  it('keeps the countdown left to right and isolated in its sentence', () => {
    const timer = rules.find((rule) => rule.selector.includes('.ck-timer') && rule.declarations.some(([name]) => name === 'direction'));
    expect(Object.fromEntries(timer?.declarations ?? [])).toMatchObject({ direction: 'ltr', 'unicode-bidi': 'isolate' });
  });
});

/** [ids, classes / attributes / pseudo-classes, types / pseudo-elements] of one selector, as browsers count them. */
function specificity(selector: string): [number, number, number] {
  const total: [number, number, number] = [0, 0, 0];
  const add = ([a, b, c]: [number, number, number]) => {
    total[0] += a;
    total[1] += b;
    total[2] += c;
  };
  const closing = (from: number) => {
    let depth = 0;
    for (let i = from; i < selector.length; i++) {
      if (selector[i] === '(') depth++;
      else if (selector[i] === ')' && --depth === 0) return i;
    }
    throw new Error(`unbalanced: ${selector}`);
  };
  let i = 0;
  while (i < selector.length) {
    const rest = selector.slice(i);
    const functional = rest.match(/^:(where|is|not)\(/);
    if (functional) {
      const end = closing(i + functional[0].length - 1);
      if (functional[1] !== 'where') {
        const args = splitTopLevel(selector.slice(i + functional[0].length, end)).map(specificity);
        add(args.reduce((max, next) => (compare(next, max) > 0 ? next : max)));
      }
      i = end + 1;
    } else if (/^::?(before|after)\b/.test(rest)) {
      total[2]++;
      i += rest.match(/^::?\w+/)![0].length;
    } else if (/^:[\w-]/.test(rest)) {
      total[1]++;
      i += rest.match(/^:[\w-]+/)![0].length;
    } else if (rest[0] === '.') {
      total[1]++;
      i += rest.match(/^\.[\w-]+/)![0].length;
    } else if (rest[0] === '[') {
      total[1]++;
      i = selector.indexOf(']', i) + 1;
    } else if (rest[0] === '#') {
      total[0]++;
      i += rest.match(/^#[\w-]+/)![0].length;
    } else if (/^[A-Za-z_]/.test(rest)) {
      total[2]++;
      i += rest.match(/^[\w-]+/)![0].length;
    } else i++; // combinators, whitespace, *
  }
  return total;
}
const compare = (x: number[], y: number[]) => x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, list.slice(start)];
}

// Host pages style the kit's elements with element rules (`h2 {…}`, `button {…}`, Bootstrap's Reboot, Tailwind's
// preflight: 0,0,1); apps restyle the kit with classes (0,1,0). The kit sits in between, wherever either loads.
describe('styles.css specificity', () => {
  it('counts as browsers do', () => {
    expect(specificity('h2')).toEqual([0, 0, 1]);
    expect(specificity('a:hover')).toEqual([0, 1, 1]);
    expect(specificity('#root')).toEqual([1, 0, 0]);
    expect(specificity('.app-title')).toEqual([0, 1, 0]);
    expect(specificity(':where(.ck-title,.ck-hint):not(_ _)')).toEqual([0, 0, 2]);
    expect(specificity(':where(.ck-error):not(_ _):before')).toEqual([0, 0, 3]);
    expect(specificity(':where(.ck-link)[aria-disabled=true]')).toEqual([0, 1, 0]);
    expect(specificity(':is(.a,b b)')).toEqual([0, 1, 0]);
  });

  it('puts every rule that styles an element above an element rule and below any class, before and after Lightning CSS', () => {
    const source = parseRules(readFileSync('src/styles.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''));
    for (const [name, list] of [
      ['source', source],
      ['minified', rules],
    ] as const) {
      const styling = list.filter((rule) =>
        rule.declarations.some(([property]) => !property.startsWith('--') && property !== 'color-scheme'),
      );
      expect(styling.length, name).toBeGreaterThan(40);
      for (const rule of styling) {
        for (const selector of splitTopLevel(rule.selector)) {
          const [ids, classes, types] = specificity(selector.trim());
          expect({ selector, ids, classes, aboveElementRules: types >= 2 }, name).toEqual({
            selector,
            ids: 0,
            classes: 0,
            aboveElementRules: true,
          });
        }
      }
    }
  });
});
