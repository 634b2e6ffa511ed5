import { Hash, php } from '@misp-wf/engine';
import { phpIntval } from '../../shared/php-intval';

/** MISP distribution levels: 0 org, 1 community, 2 connected, 3 all, 4 sharing group, 5 inherit. */
export const SHARING_GROUP = 4;
const INHERIT = 5;

/** The most restrictive of two levels: "your org only" wins, then sharing group, then the lower level. */
export function mostRestrictive(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  if (a === SHARING_GROUP || b === SHARING_GROUP) return SHARING_GROUP;
  return Math.min(a, b);
}

type Sources = { event: unknown; attribute: unknown; object: unknown };

/** The event, the first attribute (`Event.Attribute[0]`, as MISP) and that attribute's object. */
export function distributionSources(data: Record<string, unknown>, scope: 'attribute' | 'event'): Sources {
  const event = Hash.get(data, 'Event', []);
  const attribute = scope === 'event' ? null : Hash.get(data, 'Event.Attribute.0');
  const object = php.isPhpArray(attribute) ? Hash.get(attribute, 'Object') : null;
  return { event, attribute, object };
}

/** Final distribution of the sources; an absent attribute starts at "inherit" and is reduced by the event. */
export function finalDistribution({ event, attribute, object }: Sources): number {
  let level = INHERIT;
  if (!php.phpEmpty(attribute)) {
    level = phpIntval(field(attribute, 'distribution'));
    if (!php.phpEmpty(object)) level = mostRestrictive(level, phpIntval(field(object, 'distribution')));
  }
  return mostRestrictive(level, phpIntval(field(event, 'distribution')));
}

/** Sharing-group ids of the sources whose own level is "sharing group" (attribute and object only for that scope). */
export function sharingGroupIds({ event, attribute, object }: Sources): string[] {
  const ids: string[] = [];
  for (const source of [event, attribute, object]) {
    if (phpIntval(field(source, 'distribution')) === SHARING_GROUP) ids.push(php.phpToString(field(source, 'sharing_group_id')));
  }
  return ids;
}

function field(source: unknown, key: string): unknown {
  return php.isPhpArray(source) ? Hash.get(source, key) : null;
}
