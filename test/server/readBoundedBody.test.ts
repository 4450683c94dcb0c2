import { describe, expect, it } from 'vitest';
import { readBoundedBody } from '../../src/server/readBoundedBody';

function streamOf(chunks: string[], { close = true } = {}) {
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      if (close) controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('readBoundedBody', () => {
  it('reads a body of exactly maxBytes, in pieces', async () => {
    const result = await readBoundedBody(streamOf(['ab', 'cd', 'e']).stream, { maxBytes: 5 });
    expect(result.kind).toBe('read');
    if (result.kind === 'read') expect(text(result.bytes)).toBe('abcde');
  });

  it('stops one byte past maxBytes and cancels the stream', async () => {
    const source = streamOf(['ab', 'cd', 'ef'], { close: false });
    expect(await readBoundedBody(source.stream, { maxBytes: 5 })).toEqual({ kind: 'too-large' });
    expect(source.cancelled()).toBe(true);
  });

  it('reads no body as empty', async () => {
    const result = await readBoundedBody(null, { maxBytes: 1 });
    expect(result.kind === 'read' && result.bytes.byteLength).toBe(0);
  });

  it('gives up on a stream that stalls past the deadline and cancels it', async () => {
    const source = streamOf(['{'], { close: false });
    expect(await readBoundedBody(source.stream, { maxBytes: 100, deadlineMs: 50 })).toEqual({ kind: 'timed-out' });
    expect(source.cancelled()).toBe(true);
  });

  it('ends when the signal aborts, with its reason', async () => {
    const source = streamOf(['{'], { close: false });
    const controller = new AbortController();
    const reading = readBoundedBody(source.stream, { maxBytes: 100, signal: controller.signal });
    controller.abort(new Error('stop'));
    const result = await reading;
    expect(result.kind).toBe('failed');
    expect(result.kind === 'failed' && (result.error as Error).message).toBe('stop');
    expect(source.cancelled()).toBe(true);
  });

  it('reports a stream that errors as failed, not as a body', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('reset'));
      },
    });
    expect((await readBoundedBody(broken, { maxBytes: 100 })).kind).toBe('failed');
  });
});
