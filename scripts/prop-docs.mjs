// The props tables of Storybook's docs pages, generated from the kit's own types. Storybook's
// react-docgen reads one file and cannot follow imported types (a screen's ScreenProps, the sign-in
// options it picks from useCodeConfirmation), and prints "union" for `string | undefined`;
// react-docgen-typescript needs TypeScript's JS API, which TypeScript 7 does not have. So `tsc` itself
// lists each component's props with their types (a declaration file of `{ [K in keyof Props]: Props[K] }`),
// and their comments come from the interfaces that declare them (read from the source; props only
// inherited from React's DOM types are left out). `node scripts/prop-docs.mjs` writes
// stories/support/propDocs.generated.json; test/stories/propDocs.test.ts fails when it is stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = path.join(ROOT, 'stories/support/propDocs.generated.json');

/** Where a prop comes from decides its group in the table; the component's own props have none. */
const CATEGORIES = {
  ScreenProps: 'Screen',
  UseCodeConfirmationOptions: 'Signing in',
  KitStyleProps: 'Styling',
  KitMessageProps: 'Texts',
};

/** The components src/components/index.ts exports, each with its `<Name>Props` type. */
function components() {
  const index = readFileSync(path.join(ROOT, 'src/components/index.ts'), 'utf8');
  const found = [];
  for (const [, names, from] of index.matchAll(/export \{([^}]+)\} from '(\.[^']+)'/g)) {
    for (const name of names.split(',').map((part) => part.trim())) {
      if (!/^[A-Z]/.test(name)) continue;
      if (new RegExp(`\\b${name}Props\\b`).test(index)) found.push({ name, props: `${name}Props`, from: from.replace(/\.js$/, '') });
    }
  }
  return found;
}

/** `{ name: type }` per component as tsc prints them, optional props marked with `?`. */
function propTypes(list) {
  const dir = mkdtempSync(path.join(ROOT, '.prop-docs-'));
  try {
    const source = [
      ...list.map(({ props, from }) => `import type { ${props} } from '../src/components/${from.slice(2)}';`),
      'declare function propsOf<T>(): { [K in keyof T]: T[K] };',
      ...list.map(({ name, props }) => `export const ${name} = propsOf<${props}>();`),
    ].join('\n');
    writeFileSync(path.join(dir, 'props.ts'), source);
    const tsc = path.join(ROOT, 'node_modules/.bin/tsc');
    const flags = [
      '--ignoreConfig',
      '--declaration',
      '--emitDeclarationOnly',
      '--skipLibCheck',
      '--strict',
      '--exactOptionalPropertyTypes',
    ];
    const options = ['--jsx', 'react-jsx', '--module', 'esnext', '--moduleResolution', 'bundler', '--target', 'es2022', '--types', 'node'];
    execFileSync(tsc, [path.join(dir, 'props.ts'), ...flags, ...options, '--rootDir', ROOT, '--outDir', path.join(dir, 'out')], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    const declarations = readFileSync(path.join(dir, 'out', path.basename(dir), 'props.d.ts'), 'utf8');
    const result = {};
    for (const { name } of list) {
      const start = declarations.indexOf(`export declare const ${name}: `);
      if (start < 0) throw new Error(`tsc printed no props for ${name}`);
      const text = declarations.slice(
        start + `export declare const ${name}: `.length,
        declarations.indexOf('\nexport declare', start + 1) >>> 0 || undefined,
      );
      result[name] = {};
      // A union of props types (ResendCodeButton: view or connected) prints as `{…} | {…}`.
      for (const objectType of topLevel(text.trim().replace(/;$/, ''), '|')) {
        for (const member of topLevel(objectType.trim().slice(1, -1), ';')) {
          const match = member.trim().match(/^(\w+)(\??): ([\s\S]+)$/);
          if (!match) continue;
          const [, prop, optional, type] = match;
          const clean = type
            .replace(/import\("[^"]+"\)\./g, '')
            .replace(/\s+/g, ' ')
            .trim();
          result[name][prop] ??= { types: [], optional: false };
          result[name][prop].types.push(optional ? clean.replace(/ \| undefined$/, '') : clean);
          if (optional) result[name][prop].optional = true;
        }
      }
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `(() => void)` → `() => void`, once `| undefined` is gone: the parentheses only kept the two apart. */
function unwrap(type) {
  const trimmed = type.trim();
  return trimmed.startsWith('(') && closesAtEnd(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

/** Whether the parenthesis opening `text` is the one closing it. */
function closesAtEnd(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i === text.length - 1;
  }
  return false;
}

/** `text` split at `separator` outside brackets, parentheses, braces and strings. */
function topLevel(text, separator) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote && text[i - 1] !== '\\') quote = null;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{<'.includes(char)) depth++;
    else if (')]}>'.includes(char) && !(char === '>' && text[i - 1] === '=')) depth--;
    else if (char === separator && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  if (current.trim()) parts.push(current);
  return parts;
}

/** Every interface (and Pick/Omit or union alias) in src/components and src/react: its members' comments and what it extends. */
function interfaces() {
  const map = {};
  for (const dir of ['src/components', 'src/react']) {
    for (const file of readdirSync(path.join(ROOT, dir)).filter((name) => /\.tsx?$/.test(name))) {
      const source = readFileSync(path.join(ROOT, dir, file), 'utf8');
      for (const match of source.matchAll(/^(?:export )?interface (\w+)(?:<[^{]*?>)?\s*(?:extends ([\s\S]*?))?\s*\{/gm)) {
        const bodyStart = match.index + match[0].length;
        const body = source.slice(bodyStart, closing(source, bodyStart));
        map[match[1]] = { members: members(body), bases: match[2] ? topLevel(match[2], ',').map(baseName).filter(Boolean) : [] };
      }
      for (const match of source.matchAll(/^(?:export )?type (\w+) = ([^;]+);/gm)) {
        const bases = topLevel(match[2], '|').map(baseName).filter(Boolean);
        if (bases.length > 0) map[match[1]] ??= { members: {}, bases };
      }
    }
  }
  return map;
}

/** `Omit<Foo<…>, 'x'>` → Foo, `Pick<Foo, …>` → Foo, `Foo` → Foo. */
function baseName(text) {
  const match = text.trim().match(/^(?:(?:Omit|Pick)<\s*)?([A-Z]\w*)/);
  return match && !['Omit', 'Pick'].includes(match[1]) ? match[1] : null;
}

function closing(source, from) {
  let depth = 1;
  for (let i = from; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return i;
  }
  throw new Error('unbalanced braces');
}

/** `{ prop: comment }` for the members at the top level of an interface body (a prop without a comment maps to ''). */
function members(body) {
  const found = {};
  let depth = 0;
  let comment = '';
  for (let i = 0; i < body.length; i++) {
    if (body.startsWith('/**', i)) {
      const end = body.indexOf('*/', i);
      if (depth === 0) comment = body.slice(i + 3, end);
      i = end + 1;
      continue;
    }
    const char = body[i];
    if ('({'.includes(char)) depth++;
    else if (')}'.includes(char)) depth--;
    else if (depth === 0 && /[A-Za-z_]/.test(char) && /[\s;{]/.test(body[i - 1] ?? ';')) {
      const member = body.slice(i).match(/^(?:readonly )?(\w+)\??:/);
      if (member) {
        found[member[1]] = comment
          .split('\n')
          .map((line) => line.replace(/^\s*\*? ?/, '').trim())
          .join(' ')
          .trim();
        comment = '';
        i += member[0].length - 1;
        continue;
      }
      // Skip the rest of a type expression so its words are not read as members.
      const end = body.indexOf(';', i);
      if (end > 0 && !body.slice(i, end).includes('(') && !body.slice(i, end).includes('{')) i = end;
    }
  }
  return found;
}

/**
 * Where `prop` is declared, looking through `name`'s own members before what it extends; of a union's
 * members (ResendCodeButton's view and connected props) the first that documents it.
 */
function declaration(map, name, prop, seen = new Set()) {
  const entry = map[name];
  if (!entry || seen.has(name)) return null;
  seen.add(name);
  if (prop in entry.members) return { in: name, description: entry.members[prop] };
  let found = null;
  for (const base of entry.bases) {
    const candidate = declaration(map, base, prop, seen);
    if (candidate && !found) found = candidate;
    if (candidate?.description) return candidate;
  }
  return found;
}

/** `{ Component: { prop: { type, description, category?, required? } } }`, own props first. */
export function propDocs() {
  const list = components();
  const types = propTypes(list);
  const map = interfaces();
  const docs = {};
  for (const { name, props } of list) {
    const rows = [];
    for (const [prop, { types: printed, optional }] of Object.entries(types[name])) {
      const declared = declaration(map, props, prop);
      if (!declared) continue; // React's button attributes (ResendCodeButton passes them on)
      const category = CATEGORIES[declared.in];
      const parts = [...new Set(printed.flatMap((type) => topLevel(type, '|').map((part) => part.trim())))].filter(
        (part) => part !== 'undefined',
      );
      const type = parts.length === 1 ? unwrap(parts[0]) : parts.join(' | ');
      rows.push([
        prop,
        { type, description: declared.description, ...(category ? { category } : {}), ...(optional ? {} : { required: true }) },
      ]);
    }
    const rank = (row) => (row[1].category ? Object.values(CATEGORIES).indexOf(row[1].category) + 1 : 0);
    docs[name] = Object.fromEntries(rows.sort((a, b) => rank(a) - rank(b)));
  }
  return docs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OUTPUT, `${JSON.stringify(propDocs(), null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, OUTPUT)}`);
}
