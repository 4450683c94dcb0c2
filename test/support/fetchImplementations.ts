// Responses as the fetch implementations an app's server code runs make them, for the handler's hooks
// (issue #29: the handler trusted `instanceof Response`, which knows Node's own class only).
// - Node's own (globalThis.Response).
// - undici, the package (a class of its own: not `instanceof` Node's, its Headers neither).
// - node-fetch 2 (a Buffer body for text, a Node Readable for streams; Headers#forEach joins Set-Cookie, raw() keeps them).
// - node-fetch 3 (the dev dependency "node-fetch-3", an alias of node-fetch@3): a Node Readable body
//   always, Headers extending URLSearchParams whose get() and forEach() join Set-Cookie; raw() keeps them.
// - a Response of another realm (a `node:vm` context): its objects fail every `instanceof` of this one.
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { runInNewContext } from 'node:vm';
import { Response as NodeFetch3Response } from 'node-fetch-3';
import { Response as UndiciResponse } from 'undici';

export { NodeFetch3Response };

// node-fetch 2 is CommonJS without types.
type NodeFetch2 = { Response: new (body?: unknown, init?: { status?: number; statusText?: string; headers?: unknown }) => object };
const nodeFetch2 = createRequire(import.meta.url)('node-fetch') as NodeFetch2;

export interface ResponseInit {
  status: number;
  statusText?: string;
  headers?: Array<[string, string]>;
}

/** Body: text, or a Node Readable / web stream for the implementations that take one. */
export type MakeResponse = (body: string | null, init: ResponseInit) => unknown;

/**
 * A Response-shaped object made in another realm: its class, Headers, Uint8Array body and promises all
 * belong to a fresh `node:vm` context.
 */
function otherRealmResponse(body: string | null, init: ResponseInit): unknown {
  return runInNewContext(
    `(() => {
      class Headers {
        #map = new Map();
        constructor(pairs) { for (const [name, value] of pairs) this.append(name, value); }
        append(name, value) { const key = name.toLowerCase(); this.#map.set(key, [...(this.#map.get(key) ?? []), value]); }
        get(name) { return this.#map.get(name.toLowerCase())?.join(', ') ?? null; }
        forEach(callback) { for (const [name, values] of this.#map) for (const value of values) callback(value, name, this); }
      }
      class Response {
        #bytes;
        constructor(bytes, init) { this.#bytes = bytes; this.status = init.status; this.statusText = init.statusText ?? ''; this.headers = new Headers(init.headers ?? []); }
        get body() { return this.#bytes; }
        async arrayBuffer() { return this.#bytes === null ? new ArrayBuffer(0) : this.#bytes.buffer.slice(0); }
      }
      return new Response(bytes === null ? null : new Uint8Array(bytes), init);
    })()`,
    { bytes: body === null ? null : [...new TextEncoder().encode(body)], init: JSON.parse(JSON.stringify(init)) },
  );
}

export const FETCH_IMPLEMENTATIONS: ReadonlyArray<[name: string, make: MakeResponse]> = [
  ['Node (globalThis.Response)', (body, init) => new Response(body, init)],
  ['undici', (body, init) => new UndiciResponse(body, init)],
  ['node-fetch 2', (body, init) => new nodeFetch2.Response(body, init)],
  ['node-fetch 3', (body, init) => new NodeFetch3Response(body, init)],
  ['another realm (node:vm)', otherRealmResponse],
];

/** The same, with a streamed body, for the implementations that take one. */
export const STREAMING_IMPLEMENTATIONS: ReadonlyArray<
  [name: string, make: (body: Readable | ReadableStream<Uint8Array>, init: ResponseInit) => unknown]
> = [
  [
    'Node (globalThis.Response)',
    (body, init) => new Response(body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : body, init),
  ],
  ['undici', (body, init) => new UndiciResponse(body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : body, init)],
  ['node-fetch 2', (body, init) => new nodeFetch2.Response(body instanceof Readable ? body : Readable.fromWeb(body as never), init)],
  ['node-fetch 3', (body, init) => new NodeFetch3Response(body instanceof Readable ? body : Readable.fromWeb(body as never), init)],
];
