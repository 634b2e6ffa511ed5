/** Read-only view of the settings the guard needs. */
export type SettingLookup = (name: string) => string | number | boolean | null | undefined;

/**
 * Endpoints built-in modules address by design, allowed even while arbitrary URLs are off: MISP's
 * `telegram-send-alert` skips the `Security.rest_client_enable_arbitrary_urls` check (spec §13.4 item 40).
 */
export const FIXED_ORIGINS: readonly string[] = ['https://api.telegram.org'];

/**
 * The origins outbound HTTP may reach while `Security.rest_client_enable_arbitrary_urls` is off: the
 * services an admin configured (MISP, the enrichment and action services, composed `<url>:<port>` as MISP
 * does) and `FIXED_ORIGINS`. Decision 0012.
 */
export function allowedOrigins(get: SettingLookup): string[] {
  const out = new Set<string>(FIXED_ORIGINS);
  const add = (url: unknown) => {
    if (typeof url !== 'string' || url === '') return;
    try {
      out.add(new URL(url).origin);
    } catch {
      // A malformed setting allows nothing; the setting's own validation reports it.
    }
  };
  add(get('MISP.url'));
  for (const family of ['Enrichment', 'Action']) {
    const url = get(`Plugin.${family}_services_url`);
    const port = get(`Plugin.${family}_services_port`);
    if (typeof url === 'string' && url !== '') add(port === undefined || port === null || port === '' ? url : `${url.replace(/\/+$/, '')}:${port}`);
  }
  return [...out];
}
