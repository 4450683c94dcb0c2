// Codemod: every optional property under src/ accepts `undefined` explicitly (`name?: T | undefined`),
// so apps compiled with `exactOptionalPropertyTypes` can pass a value that may be undefined (SignUp's
// CodeDeliveryDetails, an env var) straight on.
//
//   node scripts/optional-undefined.mjs          rewrites src/**/*.ts(x) in place, then run `npm run format`
//   node scripts/optional-undefined.mjs --check  lists the declarations still missing `| undefined`, exits 1 if any
//
// It is a small scanner, not a parser: it skips comments, strings, template literals and regular
// expressions, keeps a bracket stack, and rewrites `name?: T` only where the innermost bracket is a `{`
// (interfaces, type literals, class bodies). Optional parameters (`f(x?: T)`) already accept undefined
// and are left alone. Function and conditional types get parentheses (`((x: T) => void) | undefined`).
// Optional method signatures (`key?(i: number): string`) are reported, never rewritten. A file it
// cannot scan to the end with balanced brackets is refused, not half-rewritten.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const IDENT_START = /[A-Za-z_$]/;
const IDENT = /[\w$]/;
const MODIFIERS = new Set(['readonly', 'public', 'private', 'protected', 'declare', 'static', 'override', 'abstract', 'accessor']);
// After these a `/` starts a regular expression, not a division.
const REGEX_AFTER_CHAR = new Set([...'(,=:[!&|?{};+-*%<>~^']);
const REGEX_AFTER_WORD = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
]);

function skipLineComment(src, i) {
  const end = src.indexOf('\n', i);
  return end === -1 ? src.length : end;
}

function skipBlockComment(src, i) {
  const end = src.indexOf('*/', i + 2);
  if (end === -1) throw new Error('unterminated block comment');
  return end + 2;
}

function skipString(src, i) {
  const quote = src[i];
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === quote) return j + 1;
    else if (src[j] === '\n') throw new Error(`unterminated string at ${i}`);
  }
  throw new Error(`unterminated string at ${i}`);
}

function skipRegex(src, i) {
  let inClass = false;
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      let k = j + 1;
      while (k < src.length && /[a-z]/.test(src[k])) k++;
      return k;
    } else if (c === '\n') throw new Error(`unterminated regular expression at ${i}`);
  }
  throw new Error(`unterminated regular expression at ${i}`);
}

/** Scans a template literal from `i` (just after the backtick or a closing `}`): returns where it stops and why. */
function scanTemplate(src, i) {
  for (let j = i; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === '`') return { end: j + 1, open: false };
    else if (src[j] === '$' && src[j + 1] === '{') return { end: j + 2, open: true };
  }
  throw new Error(`unterminated template literal at ${i}`);
}

function skipTrivia(src, i) {
  for (;;) {
    while (i < src.length && /\s/.test(src[i])) i++;
    if (src.startsWith('//', i)) i = skipLineComment(src, i);
    else if (src.startsWith('/*', i)) i = skipBlockComment(src, i);
    else return i;
  }
}

/**
 * Reads the type annotation starting at `start` (just after `?:`) up to the `;`, `,`, closing bracket,
 * `=` or line end that ends it. Returns its extent and what the rewrite needs to know.
 */
function readType(src, start) {
  let depth = 0;
  let lastEnd = start; // end of the last significant character
  let i = start;
  const members = []; // depth-0 union members
  let memberStart = start;
  let isFunction = false;
  let isConditional = false;
  const words = [];
  while (i < src.length) {
    const c = src[i];
    if (src.startsWith('//', i)) {
      i = skipLineComment(src, i);
      continue;
    }
    if (src.startsWith('/*', i)) {
      i = skipBlockComment(src, i);
      continue;
    }
    if (c === "'" || c === '"') {
      i = skipString(src, i);
      lastEnd = i;
      continue;
    }
    if (c === '`') {
      let t = scanTemplate(src, i + 1);
      // A template literal type's `${...}` holds a type; keep it simple: find the matching braces.
      while (t.open) {
        let d = 1;
        let j = t.end;
        while (d > 0) {
          if (src[j] === '{') d++;
          else if (src[j] === '}') d--;
          j++;
          if (j > src.length) throw new Error(`unterminated template literal type at ${i}`);
        }
        t = scanTemplate(src, j);
      }
      i = t.end;
      lastEnd = i;
      continue;
    }
    if (c === '=' && src[i + 1] === '>') {
      if (depth === 0) isFunction = true;
      i += 2;
      lastEnd = i;
      continue;
    }
    if (depth === 0) {
      if (c === ';' || c === ',' || c === '}' || c === ')' || c === ']' || c === '=') break;
      if (c === '\n') {
        const text = src.slice(start, lastEnd).trim();
        const next = skipTrivia(src, i);
        const continues =
          text === '' ||
          /(\||&|=>|:|\?|\bextends|\bkeyof|\btypeof|\bnew)$/.test(text) ||
          /^(\||&|\?|:|=>|\.|\[|<|extends\b)/.test(src.slice(next));
        if (!continues) break;
        i++;
        continue;
      }
      if (c === '|') {
        members.push(src.slice(memberStart, i));
        memberStart = i + 1;
      }
    }
    if (c === '(' || c === '[' || c === '{' || c === '<') depth++;
    else if (c === ')' || c === ']' || c === '}' || c === '>') depth--;
    if (IDENT_START.test(c)) {
      let j = i;
      while (j < src.length && IDENT.test(src[j])) j++;
      const word = src.slice(i, j);
      if (depth === 0) {
        words.push(word);
        if (word === 'extends') isConditional = true;
      }
      i = j;
      lastEnd = i;
      continue;
    }
    if (!/\s/.test(c)) lastEnd = i + 1;
    i++;
  }
  members.push(src.slice(memberStart, lastEnd));
  const text = src.slice(start, lastEnd).trim();
  return {
    start: start + (src.slice(start, lastEnd).length - src.slice(start, lastEnd).trimStart().length),
    end: lastEnd,
    text,
    // A function or conditional type's `| undefined` belongs to its return or branch type, not to the property.
    hasUndefined: !isFunction && !isConditional && members.some((member) => ['undefined', 'unknown', 'any'].includes(member.trim())),
    needsParens: isFunction || isConditional || words[0] === 'new' || (words[0] === 'abstract' && words[1] === 'new'),
  };
}

/** Every optional property declaration in a TypeScript source, with its type's extent. */
export function findOptionalProperties(src) {
  const found = [];
  const methods = [];
  const stack = []; // '{', '(', '[', or '${' for a template literal's expression
  let prevChar = ''; // last significant punctuation
  let prevWord = '';
  let i = 0;
  const line = (at) => src.slice(0, at).split('\n').length;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (src.startsWith('//', i)) {
      i = skipLineComment(src, i);
      continue;
    }
    if (src.startsWith('/*', i)) {
      i = skipBlockComment(src, i);
      continue;
    }
    if (c === '`') {
      const t = scanTemplate(src, i + 1);
      if (t.open) stack.push('${');
      i = t.end;
      prevChar = t.open ? '{' : ')';
      prevWord = '';
      continue;
    }
    if (c === '/' && src[i - 1] !== '<' && src[i + 1] !== '>') {
      if (prevWord ? REGEX_AFTER_WORD.has(prevWord) : prevChar === '' || REGEX_AFTER_CHAR.has(prevChar)) {
        i = skipRegex(src, i);
        prevChar = ')';
        prevWord = '';
        continue;
      }
    }
    const isKeyStart = IDENT_START.test(c) || c === "'" || c === '"';
    if (isKeyStart) {
      const keyStart = i;
      let j;
      if (c === "'" || c === '"') j = skipString(src, i);
      else {
        j = i;
        while (j < src.length && IDENT.test(src[j])) j++;
      }
      const after = skipTrivia(src, j);
      const inBraces = stack.at(-1) === '{';
      const declarationPosition = prevChar === '{' || prevChar === ';' || prevChar === ',' || prevChar === '}' || MODIFIERS.has(prevWord);
      if (inBraces && declarationPosition && src[after] === '?') {
        const colon = skipTrivia(src, after + 1);
        if (src[colon] === ':') {
          const type = readType(src, colon + 1);
          found.push({ name: src.slice(keyStart, j), line: line(keyStart), ...type });
          // Scan on inside the type too: it may hold type literals with optional properties of their own.
          i = colon + 1;
          prevChar = ':';
          prevWord = '';
          continue;
        }
        // `key?(i: number): T`, written tight; a ternary (`ok ? (a) : b`) is spaced by the formatter.
        if (after === j && (src[j + 1] === '(' || src[j + 1] === '<')) methods.push({ name: src.slice(keyStart, j), line: line(keyStart) });
      }
      if (c === "'" || c === '"') {
        prevChar = ')';
        prevWord = '';
      } else prevWord = src.slice(keyStart, j);
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      while (i < src.length && /[\w.]/.test(src[i])) i++;
      prevChar = ')';
      prevWord = '';
      continue;
    }
    if (c === '{' || c === '(' || c === '[') stack.push(c);
    else if (c === '}' || c === ')' || c === ']') {
      const open = stack.pop();
      if (open === '${' && c === '}') {
        const t = scanTemplate(src, i + 1);
        if (t.open) stack.push('${');
        i = t.end;
        prevChar = ')';
        prevWord = '';
        continue;
      }
      if (open !== { '}': '{', ')': '(', ']': '[' }[c]) throw new Error(`unbalanced '${c}' on line ${line(i)}`);
    }
    prevChar = c;
    prevWord = '';
    i++;
  }
  if (stack.length > 0) throw new Error(`unclosed '${stack.at(-1)}' at the end`);
  return { properties: found, methods };
}

/** The source with `| undefined` added to every optional property that lacks it. */
export function addUndefined(src) {
  const { properties } = findOptionalProperties(src);
  // Insertions only, so a property inside another's type literal keeps its own edit.
  const inserts = [];
  for (const property of properties) {
    if (property.hasUndefined) continue;
    if (property.needsParens) inserts.push({ at: property.start, text: '(' }, { at: property.end, text: ') | undefined' });
    else inserts.push({ at: property.end, text: ' | undefined' });
  }
  let out = src;
  for (const insert of inserts.sort((a, b) => b.at - a.at)) out = `${out.slice(0, insert.at)}${insert.text}${out.slice(insert.at)}`;
  return { text: out, changed: inserts.filter((insert) => insert.text !== '(').length };
}

function scanError(file, src, error) {
  const at = Number(/ at (\d+)$/.exec(error.message)?.[1]);
  const where = Number.isFinite(at) ? `:${src.slice(0, at).split('\n').length}` : '';
  return new Error(`${file}${where}: cannot scan (${error.message}); fix the file or this script`);
}

function scanFile(file) {
  const src = readFileSync(file, 'utf8');
  try {
    return findOptionalProperties(src);
  } catch (error) {
    throw scanError(file, src, error);
  }
}

export function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Optional properties (and optional methods, which cannot take `| undefined`) still missing it, per file. */
export function findMissingUndefined(dir) {
  const problems = [];
  for (const file of sourceFiles(dir)) {
    const { properties, methods } = scanFile(file);
    for (const p of properties) if (!p.hasUndefined) problems.push(`${file}:${p.line}: ${p.name}?: ${p.text}`);
    for (const m of methods)
      problems.push(`${file}:${m.line}: ${m.name}?(…) is an optional method: write it as a property typed \`(…) | undefined\``);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const src = path.resolve(import.meta.dirname, '../src');
  if (process.argv.includes('--check')) {
    const problems = findMissingUndefined(src);
    for (const problem of problems) console.log(path.relative(process.cwd(), problem));
    if (problems.length > 0) {
      console.error(`${problems.length} optional properties lack \`| undefined\`: run node scripts/optional-undefined.mjs`);
      process.exit(1);
    }
    console.log('every optional property in src accepts undefined');
  } else {
    let total = 0;
    for (const file of sourceFiles(src)) {
      const before = readFileSync(file, 'utf8');
      let result;
      try {
        result = addUndefined(before);
      } catch (error) {
        throw scanError(path.relative(process.cwd(), file), before, error);
      }
      if (result.changed > 0) {
        writeFileSync(file, result.text);
        console.log(`${path.relative(process.cwd(), file)}: ${result.changed}`);
        total += result.changed;
      }
    }
    console.log(`${total} optional properties now accept undefined; run npm run format`);
  }
}
