import { request } from 'node:http';

export type StreamedAnswer = { status: number; body: string; bytesSent: number };

/**
 * Sends a body of `totalBytes` for real, in 1 MB chunks that respect back-pressure (so the bytes sent are
 * bytes the server read or had buffered in the socket), with a `Content-Length` or chunked. Stops sending as
 * soon as the server answers, and reports how much had been sent by then: a server that refuses a too-large
 * body early answers long before the last chunk.
 */
export function sendStreamedBody(
  baseUrl: string,
  opts: { method: string; path: string; headers: Record<string, string>; totalBytes: number; chunked?: boolean },
): Promise<StreamedAnswer> {
  const url = new URL(opts.path, baseUrl);
  const headers = opts.chunked ? { ...opts.headers, 'transfer-encoding': 'chunked' } : { ...opts.headers, 'content-length': String(opts.totalBytes) };
  // A JSON string that stays unterminated: a server that parsed it all would answer 400, not 413.
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  chunk.write('{"data":"', 0);
  const filler = Buffer.alloc(1024 * 1024, 'a');
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const req = request(url, { method: opts.method, headers, agent: false }, (res) => {
      answered = true;
      const sentWhenAnswered = bytesSent;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, bytesSent: sentWhenAnswered });
        req.destroy();
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server may answer and close while we are still sending: the answer is what counts.
      if (!answered && error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    const pump = (): void => {
      while (!answered && bytesSent < opts.totalBytes) {
        const piece = bytesSent === 0 ? chunk : filler;
        const size = Math.min(piece.length, opts.totalBytes - bytesSent);
        bytesSent += size;
        if (!req.write(size === piece.length ? piece : piece.subarray(0, size))) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}
