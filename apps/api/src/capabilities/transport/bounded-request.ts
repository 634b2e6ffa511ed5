import { request, type Dispatcher } from 'undici';

export type BoundedRequest = {
  url: string;
  method: string;
  headers?: Record<string, string>;
  body?: string;
  /** For the whole exchange: connecting, headers and the body. */
  timeoutMs: number;
  /** The body is streamed and the exchange abandoned once it grows past this. */
  maxBytes: number;
  signal?: AbortSignal;
  dispatcher: Dispatcher;
};

export type BoundedResponse = { status: number; headers: Record<string, string>; body: string };

export type TransportFailureKind = 'timeout' | 'too-large' | 'network' | 'aborted';

/** No answer could be obtained. Each client turns it into its own error type (MispApiError, HttpRequestError). */
export class TransportFailure extends Error {
  override readonly name = 'TransportFailure';
  constructor(
    message: string,
    readonly kind: TransportFailureKind,
    /** The system or TLS error code when there is one (`ECONNREFUSED`, `DEPTH_ZERO_SELF_SIGNED_CERT`, …). */
    readonly code?: string,
  ) {
    super(message);
  }
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

export function isTlsFailure(failure: TransportFailure): boolean {
  return failure.code !== undefined && TLS_CODES.has(failure.code);
}

/**
 * One HTTP exchange with a deadline, cancellation and a response size limit. Redirects are not followed:
 * a 3xx is an answer (following it could leave the origins a guard allowed). Never throws anything but a
 * `TransportFailure`.
 */
export async function boundedRequest(req: BoundedRequest): Promise<BoundedResponse> {
  const controller = new AbortController();
  let reason: 'timeout' | 'aborted' | null = null;
  const timer = setTimeout(() => {
    reason = 'timeout';
    controller.abort();
  }, req.timeoutMs);
  const onAbort = () => {
    reason ??= 'aborted';
    controller.abort();
  };
  if (req.signal?.aborted) onAbort();
  else req.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const res = await request(req.url, {
      method: req.method as Dispatcher.HttpMethod,
      headers: req.headers,
      body: req.body,
      signal: controller.signal,
      dispatcher: req.dispatcher,
    });
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > req.maxBytes) {
      res.body.destroy();
      throw tooLarge(req.maxBytes);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > req.maxBytes) {
        res.body.destroy();
        throw tooLarge(req.maxBytes);
      }
      chunks.push(buf);
    }
    return { status: res.statusCode, headers: flatHeaders(res.headers), body: Buffer.concat(chunks).toString('utf8') };
  } catch (error) {
    if (error instanceof TransportFailure) throw error;
    if (reason === 'timeout') throw new TransportFailure(`no answer within ${formatMs(req.timeoutMs)}`, 'timeout');
    if (reason === 'aborted') throw new TransportFailure('the request was cancelled', 'aborted');
    const code = errorCode(error);
    throw new TransportFailure(describe(error, code), 'network', code);
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onAbort);
  }
}

function tooLarge(maxBytes: number): TransportFailure {
  return new TransportFailure(`the response is larger than ${maxBytes} bytes`, 'too-large');
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** undici wraps socket errors; the useful code may sit on the error or on its cause. */
function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && !code.startsWith('UND_ERR')) return code;
  }
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function describe(error: unknown, code: string | undefined): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const message = cause instanceof Error && cause.message ? cause.message : error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

export function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
