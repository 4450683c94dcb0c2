/**
 * The block-style YAML a CloudFormation template is written in, without a YAML dependency: nested
 * mappings, sequences (indented or at their key's indent), `- key: value` items, plain and quoted
 * scalars, flow sequences of scalars (`[a, b]`) and comments. A short-form intrinsic stays a string
 * (`!GetAtt QuotaTable.Arn`). Anything else (anchors, block scalars, flow mappings, tabs) throws, naming
 * the line, rather than being read wrong.
 */
export function parseSimpleYaml(source: string): unknown {
  const lines: Line[] = [];
  source.split('\n').forEach((raw, index) => {
    const n = index + 1;
    if (raw.includes('\t')) throw new SyntaxError(`line ${n}: tabs are not supported`);
    const text = stripComment(raw, n).trim();
    if (text === '' || text === '---' || text.startsWith('%')) return;
    lines.push({ indent: raw.length - raw.trimStart().length, text, n });
  });
  let i = 0;

  const isItem = (text: string) => text === '-' || text.startsWith('- ');

  function block(): unknown {
    const first = lines[i]!;
    return isItem(first.text) ? sequence(first.indent) : mapping(first.indent);
  }

  function mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    while (i < lines.length && lines[i]!.indent === indent && !isItem(lines[i]!.text)) {
      const line = lines[i]!;
      const pair = splitKey(line.text);
      if (!pair) throw new SyntaxError(`line ${line.n}: expected "key: value", got ${JSON.stringify(line.text)}`);
      if (Object.hasOwn(out, pair.key)) throw new SyntaxError(`line ${line.n}: duplicate key ${pair.key}`);
      i += 1;
      out[pair.key] = pair.rest === '' ? nested(indent) : scalar(pair.rest, line.n);
    }
    if (i < lines.length && lines[i]!.indent > indent) throw new SyntaxError(`line ${lines[i]!.n}: unexpected indentation`);
    return out;
  }

  /** The value of `key:` with nothing after it: a block further in, a sequence at the key's indent, or null. */
  function nested(keyIndent: number): unknown {
    const next = lines[i];
    if (next && next.indent > keyIndent) return block();
    if (next && next.indent === keyIndent && isItem(next.text)) return sequence(keyIndent);
    return null;
  }

  function sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    while (i < lines.length && lines[i]!.indent === indent && isItem(lines[i]!.text)) {
      const line = lines[i]!;
      const body = line.text.slice(1).trimStart();
      if (body === '') {
        i += 1;
        out.push(nested(indent));
      } else if (splitKey(body)) {
        // `- key: value`: a mapping whose keys line up with this first one.
        const bodyIndent = indent + line.text.length - body.length;
        lines[i] = { indent: bodyIndent, text: body, n: line.n };
        out.push(mapping(bodyIndent));
      } else {
        i += 1;
        out.push(scalar(body, line.n));
      }
    }
    return out;
  }

  const result = lines.length === 0 ? null : block();
  if (i < lines.length) throw new SyntaxError(`line ${lines[i]!.n}: unexpected ${JSON.stringify(lines[i]!.text)}`);
  return result;
}

interface Line {
  indent: number;
  text: string;
  n: number;
}

/** A key: quoted, or plain (not starting with an indicator), ended by the first `:` before a space or the end. */
const KEY = /^('[^']*'|"[^"]*"|[^\s'"#&*!|>{[\]?%@`,][^#]*?):(?:\s+|$)/;

function splitKey(text: string): { key: string; rest: string } | undefined {
  const match = KEY.exec(text);
  if (!match) return undefined;
  const raw = match[1]!;
  const key = raw.startsWith("'") || raw.startsWith('"') ? (scalar(raw, 0) as string) : raw;
  return { key, rest: text.slice(match[0].length).trim() };
}

function scalar(text: string, n: number): unknown {
  const tagged = /^(![\w:]+)\s+(\S.*)$/.exec(text);
  if (tagged) return `${tagged[1]} ${String(scalar(tagged[2]!, n))}`;
  if (text.startsWith("'")) {
    if (!/^'(?:[^']|'')*'$/.test(text)) throw new SyntaxError(`line ${n}: unterminated quoted string`);
    return text.slice(1, -1).replaceAll("''", "'");
  }
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text);
    } catch {
      throw new SyntaxError(`line ${n}: unsupported double-quoted string ${text}`);
    }
  }
  if (text.startsWith('[')) {
    if (!text.endsWith(']') || /[[\]{}]/.test(text.slice(1, -1)))
      throw new SyntaxError(`line ${n}: only flow sequences of scalars are supported`);
    const inner = text.slice(1, -1).trim();
    return inner === '' ? [] : inner.split(',').map((part) => scalar(part.trim(), n));
  }
  if (/^[&*|>{]/.test(text)) throw new SyntaxError(`line ${n}: anchors, aliases, block scalars and flow mappings are not supported`);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null' || text === '~') return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** The line without its comment: a `#` at the start or after whitespace, outside quotes. */
function stripComment(raw: string, n: number): string {
  let quote: string | undefined;
  for (let k = 0; k < raw.length; k += 1) {
    const c = raw[k]!;
    if (quote) {
      // '' inside single quotes and \" inside double quotes do not end the string.
      if ((quote === "'" && c === "'" && raw[k + 1] === "'") || (quote === '"' && c === '\\')) k += 1;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      // A quote opens a string only where a scalar starts: after the indent, ":", "-", "[", "," or a tag (!Sub).
      if (/(?:^|[:\-[,]|![\w:]+)$/.test(raw.slice(0, k).trimEnd())) quote = c;
    } else if (c === '#' && (k === 0 || /\s/.test(raw[k - 1]!))) {
      return raw.slice(0, k);
    }
  }
  if (quote) throw new SyntaxError(`line ${n}: unterminated quoted string`);
  return raw;
}
