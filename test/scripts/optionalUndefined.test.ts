// The guard for "every optional property accepts undefined": src is scanned with the codemod's own
// scanner, and the codemod is checked on the shapes it must rewrite (and must leave alone).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addUndefined, findMissingUndefined, findOptionalProperties } from '../../scripts/optional-undefined.mjs';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

describe('optional properties in src', () => {
  it('all accept undefined explicitly (run node scripts/optional-undefined.mjs to fix)', () => {
    expect(findMissingUndefined(SRC)).toEqual([]);
  });
});

describe('scripts/optional-undefined.mjs', () => {
  const rewrite = (src: string) => addUndefined(src).text;

  it('adds `| undefined` to interface, type literal and class properties', () => {
    expect(rewrite('interface A {\n  a?: string;\n  readonly b?: number;\n}')).toBe(
      'interface A {\n  a?: string | undefined;\n  readonly b?: number | undefined;\n}',
    );
    expect(rewrite('type B = { a?: string; b?: Array<{ c?: 1 }> };')).toBe(
      'type B = { a?: string | undefined; b?: Array<{ c?: 1 | undefined }> | undefined };',
    );
    expect(rewrite('class C {\n  readonly field?: string;\n  m() {}\n}')).toBe(
      'class C {\n  readonly field?: string | undefined;\n  m() {}\n}',
    );
  });

  it('parenthesizes function and conditional types', () => {
    expect(rewrite('interface A {\n  on?: (value: string) => void;\n  k?: T extends string ? 1 : 2;\n}')).toBe(
      'interface A {\n  on?: ((value: string) => void) | undefined;\n  k?: (T extends string ? 1 : 2) | undefined;\n}',
    );
    // The `undefined` there is the function's answer, not the property's.
    expect(rewrite('type A = { get?: () => string | undefined };')).toBe('type A = { get?: (() => string | undefined) | undefined };');
  });

  it('ends a multi-line union at its last member', () => {
    expect(rewrite("interface A {\n  v?:\n    | 'a'\n    // why\n    | 'b';\n  w: 1;\n}")).toBe(
      "interface A {\n  v?:\n    | 'a'\n    // why\n    | 'b' | undefined;\n  w: 1;\n}",
    );
  });

  it('leaves alone what already takes undefined, parameters, strings, comments, regexes and JSX', () => {
    const untouched = [
      'interface A {\n  a?: string | undefined;\n  b?: unknown;\n}',
      'function f(a?: string, b?: { c: 1 }) {}',
      "const s = 'x?: string;';\n// y?: string;\nconst r = /{ z?: s/u;",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source under test holds a template literal
      'const t = `{ a?: ${value} }`;',
      'const v = <div className={x ? (a ? 1 : 2) : 3}>{ok ? <b /> : null}</div>;',
    ];
    for (const src of untouched) expect(rewrite(src)).toBe(src);
  });

  it('refuses a file it cannot scan rather than rewriting half of it', () => {
    expect(() => addUndefined('interface A {\n  a?: string;\n')).toThrow(/unclosed/);
    expect(() => addUndefined("const s = 'open\n")).toThrow(/unterminated string/);
  });

  it('reports optional methods, which it cannot rewrite', () => {
    expect(findOptionalProperties('interface S {\n  key?(index: number): string;\n}').methods).toEqual([{ name: 'key', line: 2 }]);
  });
});
