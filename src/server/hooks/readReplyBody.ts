import { readBoundedBody } from '../readBoundedBody.js';

export interface ReplyBounds {
  /** The hook's name, for the error `onError` gets. */
  name: string;
  maxBytes: number;
  deadlineMs: number;
}

/**
 * The body of a Response from another fetch implementation, read whole but bounded like a request's:
 * at most `maxBytes` within `deadlineMs`, the source cancelled past either. Bodies come as a web
 * stream (undici, Node), a Node stream (node-fetch 3, node-fetch 2 for streams), a Buffer (node-fetch 2
 * for text) or only through `arrayBuffer()`. `null` is no body. Anything else throws.
 */
export async function readReplyBody(body: unknown, arrayBuffer: () => Promise<unknown>, bounds: ReplyBounds): Promise<Uint8Array | null> {
  if (body === null) return null;
  const read = await readBoundedBody(toByteStream(body, arrayBuffer), { maxBytes: bounds.maxBytes, deadlineMs: bounds.deadlineMs });
  switch (read.kind) {
    case 'read':
      return read.bytes;
    case 'too-large':
      throw new RangeError(`${bounds.name} answered a Response whose body is larger than ${bounds.maxBytes} bytes.`);
    case 'timed-out':
      throw new Error(`${bounds.name} answered a Response whose body did not end within ${bounds.deadlineMs} ms.`);
    default:
      throw new Error(`${bounds.name} answered a Response whose body could not be read.`, { cause: read.error });
  }
}

type Pull = () => PromiseLike<{ done?: unknown; value?: unknown }>;

function toByteStream(body: unknown, arrayBuffer: () => Promise<unknown>): ReadableStream<Uint8Array> {
  if (typeof body === 'string' || ArrayBuffer.isView(body) || isArrayBuffer(body)) return fromPull(once(() => body));
  if (typeof body === 'object' && body !== null) {
    const { getReader } = body as { getReader?: unknown };
    if (typeof getReader === 'function') {
      const reader = getReader.call(body) as { read: Pull; cancel?: (() => unknown) | undefined };
      return fromPull(
        () => reader.read(),
        () => reader.cancel?.(),
      );
    }
    const iterate = (body as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator];
    if (typeof iterate === 'function') {
      const iterator = iterate.call(body) as { next: Pull; return?: (() => unknown) | undefined };
      // A Node stream is destroyed: its iterator's return() would wait behind a read that never ends.
      const { destroy } = body as { destroy?: unknown };
      return fromPull(
        () => iterator.next(),
        () => (typeof destroy === 'function' ? destroy.call(body) : iterator.return?.()),
      );
    }
  }
  // A Blob or a shape of its own: the Response's arrayBuffer() is the one reading every implementation has.
  return fromPull(once(arrayBuffer));
}

function once(read: () => unknown): Pull {
  let done = false;
  return async () => {
    if (done) return { done: true };
    done = true;
    return { done: false, value: await read() };
  };
}

/** A web stream of bytes over any source; a chunk that is not bytes or text errors it. */
function fromPull(pull: Pull, stop?: () => unknown): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await pull();
        if (done) controller.close();
        else controller.enqueue(toBytes(value));
      },
      cancel() {
        try {
          Promise.resolve(stop?.()).catch(() => undefined);
        } catch {
          // A source that cannot be stopped is no longer read either.
        }
      },
    },
    { highWaterMark: 0 },
  );
}

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (isArrayBuffer(chunk)) return new Uint8Array(chunk);
  if (typeof chunk === 'string') return new TextEncoder().encode(chunk);
  throw new TypeError('A Response body chunk must be bytes or text.');
}

/** Also an ArrayBuffer from another realm (a `vm` context), which `instanceof` misses. */
function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}
