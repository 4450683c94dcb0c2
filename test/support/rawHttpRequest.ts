import net from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RawRequestOptions {
  /** Request line and headers, without the blank line that ends them. */
  head: string;
  /** Called with a write function once the head is sent; keeps writing until `stopped()` is true. */
  send?: (write: (chunk: string) => void, stopped: () => boolean) => void | Promise<void>;
}

/**
 * One HTTP/1.1 exchange over a bare socket, for clients a Fetch client cannot play: one that
 * dribbles its body, lies about its length or never finishes. Resolves once a whole answer (head and
 * a Content-Length body) has arrived, or the server closes the connection.
 */
export function rawHttpRequest(url: string, options: RawRequestOptions): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let received = '';
    let done = false;
    const finish = (answer: RawAnswer) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve(answer);
    };
    const tryParse = (final: boolean) => {
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) {
        if (final) reject(new Error(`The connection closed before an answer: ${JSON.stringify(received.slice(0, 200))}`));
        return;
      }
      const [statusLine = '', ...lines] = received.slice(0, end).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const raw = received.slice(end + 4);
      const status = Number(statusLine.split(' ')[1]);
      if (headers['transfer-encoding'] === 'chunked') {
        const body = decodeChunked(raw);
        if (body !== undefined || final) finish({ status, headers, body: body ?? raw });
        return;
      }
      const length = Number(headers['content-length']);
      if (final || (Number.isFinite(length) && Buffer.byteLength(raw) >= length)) finish({ status, headers, body: raw });
    };
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => {
      received += data;
      tryParse(false);
    });
    socket.on('close', () => {
      if (!done) tryParse(true);
    });
    socket.on('error', (error) => {
      // A server that stops reading may reset the connection while we write: what it answered counts.
      if (!done && received.includes('\r\n\r\n')) tryParse(true);
      else if (!done) reject(error);
    });
    socket.on('connect', async () => {
      socket.write(`${options.head}\r\n\r\n`);
      const write = (chunk: string) => {
        if (!done && !socket.destroyed) socket.write(chunk);
      };
      await options.send?.(write, () => done || socket.destroyed);
    });
  });
}

/** The body of a complete chunked message, or undefined while its last chunk has not arrived. */
function decodeChunked(raw: string): string | undefined {
  let body = '';
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', at);
    if (lineEnd === -1) return undefined;
    const size = Number.parseInt(raw.slice(at, lineEnd), 16);
    if (Number.isNaN(size)) return undefined;
    if (size === 0) return body;
    const start = lineEnd + 2;
    // Sizes count bytes; the test bodies are ASCII JSON, so characters are bytes.
    if (raw.length < start + size + 2) return undefined;
    body += raw.slice(start, start + size);
    at = start + size + 2;
  }
}
