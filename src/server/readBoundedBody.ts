export type BoundedBody =
  | { kind: 'read'; bytes: Uint8Array }
  | { kind: 'too-large' }
  | { kind: 'timed-out' }
  | { kind: 'failed'; error: unknown };

export interface BodyBounds {
  maxBytes: number;
  /** The whole read must finish within this many ms. */
  deadlineMs?: number | undefined;
  /** Ends the read (as `failed` with the signal's reason) when it aborts. */
  signal?: AbortSignal | undefined;
}

/**
 * Reads a body stream up to `maxBytes` within `deadlineMs`. Past either bound the stream is
 * cancelled and nothing more is buffered, so a huge, endless or dribbling body costs at most
 * `maxBytes` of memory and `deadlineMs` of time.
 */
export async function readBoundedBody(body: ReadableStream<Uint8Array> | null, bounds: BodyBounds): Promise<BoundedBody> {
  if (!body) return { kind: 'read', bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<BoundedBody>((resolve) => {
    if (bounds.deadlineMs !== undefined) timer = setTimeout(() => resolve({ kind: 'timed-out' }), bounds.deadlineMs);
    const { signal } = bounds;
    if (signal) {
      onAbort = () => resolve({ kind: 'failed', error: signal.reason });
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  const read = (async (): Promise<BoundedBody> => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { kind: 'read', bytes: concat(chunks, size) };
      size += value.byteLength;
      if (size > bounds.maxBytes) return { kind: 'too-large' };
      chunks.push(value);
    }
  })().catch((error: unknown): BoundedBody => ({ kind: 'failed', error }));
  try {
    const result = await Promise.race([read, stop]);
    if (result.kind !== 'read') {
      chunks.length = 0;
      // Cancelling tells the source to stop sending; a source that ignores it is no longer read.
      reader.cancel().catch(() => undefined);
    }
    return result;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    if (onAbort) bounds.signal?.removeEventListener('abort', onAbort);
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
