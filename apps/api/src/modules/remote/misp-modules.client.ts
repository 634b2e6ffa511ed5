import { Injectable } from '@nestjs/common';
import { SettingsService } from '../../settings/settings.service';
import { isActionEntry } from './remote-module-translation';

/** What the platform last learnt from the misp-modules server's `GET /modules`. */
export type RemoteSnapshot = {
  /** `Plugin.Action_services_enable`. */
  enabled: boolean;
  /** `<url>:<port>` of the server, `null` when disabled. */
  url: string | null;
  /** The action-module entries of `/modules`, verbatim. */
  actions: unknown[];
  /** Why the last refresh failed (the previous list is kept meanwhile). */
  error: string | null;
  fetchedAt: Date | null;
};

export type RemoteAnswer = { ok: true; body: unknown } | { ok: false; reason: string };

// MISP asks `/modules` on every module load with a 1 s timeout. We cache the list: a fresh one is fetched
// in the background once it is older than the TTL, sooner after a failure (decision 0017).
const LIST_TIMEOUT_MS = 1_000;
const LIST_TTL_MS = 60_000;
const RETRY_AFTER_FAILURE_MS = 10_000;

const DISABLED: RemoteSnapshot = { enabled: false, url: null, actions: [], error: null, fetchedAt: null };

/** The platform's client for a misp-modules server (`Plugin.Action_services_*`, protocol doc §3). */
@Injectable()
export class MispModulesClient {
  private cached: { snapshot: RemoteSnapshot; expiresAt: number } | null = null;
  private inFlight: Promise<RemoteSnapshot> | null = null;

  constructor(private readonly settings: SettingsService) {}

  /** The cached list; the first call (or a changed URL) waits for the server, later ones never do. */
  async snapshot(): Promise<RemoteSnapshot> {
    const url = await this.serverUrl();
    if (url === null) return DISABLED;
    const cached = this.cached;
    if (cached && cached.snapshot.url === url) {
      if (cached.expiresAt <= Date.now()) void this.fetchList(url);
      return cached.snapshot;
    }
    return this.fetchList(url);
  }

  /** Asks the server now (module reload). */
  async refresh(): Promise<RemoteSnapshot> {
    const url = await this.serverUrl();
    if (url === null) return DISABLED;
    return this.fetchList(url, true);
  }

  /** `POST /query` with `Plugin.Action_timeout`; any answer that is not decodable JSON with a 2xx is a failure. */
  async query(body: unknown, signal?: AbortSignal): Promise<RemoteAnswer> {
    const url = await this.serverUrl();
    if (url === null) return { ok: false, reason: 'the action services are disabled (Plugin.Action_services_enable)' };
    const timeoutS = Number(await this.settings.get('Plugin.Action_timeout')) || 10;
    const timeout = AbortSignal.timeout(timeoutS * 1000);
    try {
      const res = await fetch(`${url}/query`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      const text = await res.text();
      if (res.status < 200 || res.status > 299) return { ok: false, reason: `HTTP ${res.status} from ${url}/query` };
      return decode(text, `${url}/query`);
    } catch (error) {
      if (timeout.aborted) return { ok: false, reason: `no answer from ${url}/query within ${timeoutS} s (Plugin.Action_timeout)` };
      return { ok: false, reason: `${url}/query: ${describe(error)}` };
    }
  }

  /** `Plugin.Action_services_fail_open`: MISP lets an unreachable server count as success. */
  async failOpen(): Promise<boolean> {
    return (await this.settings.get('Plugin.Action_services_fail_open')) === true;
  }

  private async serverUrl(): Promise<string | null> {
    const map = await this.settings.getMap();
    if (map['Plugin.Action_services_enable'] !== true) return null;
    const base = String(map['Plugin.Action_services_url'] || 'http://127.0.0.1').replace(/\/+$/, '');
    return `${base}:${String(map['Plugin.Action_services_port'] || 6666)}`;
  }

  private fetchList(url: string, force = false): Promise<RemoteSnapshot> {
    if (this.inFlight && !force) return this.inFlight;
    const run = this.fetchListNow(url).finally(() => {
      if (this.inFlight === run) this.inFlight = null;
    });
    this.inFlight = run;
    return run;
  }

  private async fetchListNow(url: string): Promise<RemoteSnapshot> {
    const previous = this.cached?.snapshot.url === url ? this.cached.snapshot : null;
    let snapshot: RemoteSnapshot;
    try {
      const res = await fetch(`${url}/modules`, { signal: AbortSignal.timeout(LIST_TIMEOUT_MS) });
      const text = await res.text();
      if (res.status < 200 || res.status > 299) throw new Error(`HTTP ${res.status}`);
      const decoded = decode(text, `${url}/modules`);
      if (!decoded.ok) throw new Error(decoded.reason);
      if (!Array.isArray(decoded.body)) throw new Error('the answer is not a JSON list');
      snapshot = { enabled: true, url, actions: decoded.body.filter(isActionEntry), error: null, fetchedAt: new Date() };
      this.cached = { snapshot, expiresAt: Date.now() + LIST_TTL_MS };
    } catch (error) {
      const reason = nameOf(error) === 'TimeoutError' ? `no answer within ${LIST_TIMEOUT_MS / 1000} s` : describe(error);
      snapshot = { enabled: true, url, actions: previous?.actions ?? [], error: `Could not list the modules of ${url}: ${reason}`, fetchedAt: previous?.fetchedAt ?? null };
      this.cached = { snapshot, expiresAt: Date.now() + RETRY_AFTER_FAILURE_MS };
    }
    return snapshot;
  }
}

function decode(text: string, where: string): RemoteAnswer {
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: `the answer of ${where} is not JSON` };
  }
}

/**
 * fetch hides the network error in `cause` ("fetch failed" alone says nothing). Its errors may come from
 * another realm than ours (test runners), so they are read by shape, not `instanceof`.
 */
function describe(error: unknown): string {
  const message = messageOf(error) ?? String(error);
  const cause = typeof error === 'object' && error !== null && 'cause' in error ? messageOf(error.cause) : undefined;
  return cause ? `${message} (${cause})` : message;
}

function messageOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && 'message' in value && typeof value.message === 'string' ? value.message : undefined;
}

function nameOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string' ? value.name : undefined;
}
