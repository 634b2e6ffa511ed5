import { php } from '@misp-wf/engine';
import type { MispClient } from '@misp-wf/sdk';
import { isRecord, recordValues, textField, type JsonRecord } from '../../shared/roaming-records';

/**
 * The clusters of MISP's Country galaxy. MISP reads them from its database; here they come from
 * `POST /galaxies/index` (galaxies whose name contains "Country") and `GET /galaxies/view/{id}`.
 * `undefined` when MISP has no galaxy named `Country`.
 */
export async function countryClusters(misp: MispClient): Promise<JsonRecord[] | undefined> {
  const galaxies = await misp.request({ method: 'POST', path: '/galaxies/index', body: { value: 'Country' } });
  const country = recordValues(galaxies)
    .map((row) => row['Galaxy'])
    .find((galaxy) => isRecord(galaxy) && textField(galaxy, 'name') === 'Country');
  if (!isRecord(country)) return undefined;
  const view = await misp.request({ method: 'GET', path: `/galaxies/view/${textField(country, 'id')}` });
  if (!isRecord(view)) return [];
  // fetch 'first' with `contain` puts the clusters next to the galaxy; accept them nested too.
  const nested = isRecord(view['Galaxy']) ? view['Galaxy']['GalaxyCluster'] : undefined;
  return recordValues(view['GalaxyCluster'] ?? nested);
}

/** The extracted values MISP can compare with cluster values (scalars, as strings). */
export function countryNames(values: readonly unknown[]): string[] {
  return values.filter((v) => typeof v === 'string' || typeof v === 'number').map((v) => php.phpToString(v));
}

/**
 * MISP's `guessTagFromPath`: for each name, the tag of every cluster whose value equals it lower-cased
 * (ASCII only, as PHP's `strtolower`), e.g. `Belgium` → `misp-galaxy:country="belgium"`.
 */
export function countryTags(clusters: readonly JsonRecord[], names: readonly string[]): string[] {
  return names.flatMap((name) => clusters.filter((c) => asciiLower(textField(c, 'value')) === asciiLower(name)).map((c) => textField(c, 'tag_name')));
}

function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
