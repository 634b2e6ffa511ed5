import { Logger } from '@nestjs/common';

const logger = new Logger('debug-mode');
const TIMEOUT_MS = 5_000;

/** One debug POST (MISP sends JSON with a form content type; we say what it is). Never throws. */
export async function postDebug(url: string, body: string): Promise<void> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.arrayBuffer().catch(() => undefined);
  } catch (error) {
    logger.warn(`Debug URL unreachable (${url}): ${error instanceof Error ? error.message : String(error)}`);
  }
}
