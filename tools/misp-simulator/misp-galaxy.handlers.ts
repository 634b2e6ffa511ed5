import { notFound, type HandlerResult } from './misp-http.util';
import type { RequestContext } from './misp-route.types';
import type {
  MispGalaxy,
  MispGalaxyCluster,
  SimulatorState,
} from './misp-simulator.types';

/*
 * GalaxiesController's REST answers: the index is a flat list of `{Galaxy}` rows (no clusters), the view is
 * `find('first')` with `contain => GalaxyCluster => GalaxyElement`, so clusters sit next to the galaxy and
 * carry their meta as `GalaxyElement` key/value rows, not as the `meta` map event views show.
 */

function galaxyRow(galaxy: MispGalaxy): Record<string, unknown> {
  return {
    id: galaxy.id,
    uuid: galaxy.uuid,
    name: galaxy.name,
    type: galaxy.type,
    description: galaxy.description,
    version: galaxy.version ?? '1',
    icon: galaxy.icon ?? '',
    namespace: galaxy.namespace,
    enabled: galaxy.enabled ?? true,
    local_only: galaxy.local_only ?? false,
    kill_chain_order: null,
  };
}

function metaRows(cluster: MispGalaxyCluster): [string, string][] {
  return Object.entries(cluster.meta).flatMap(([key, values]) =>
    values.map((value): [string, string] => [key, value]),
  );
}

/** Element ids are one auto-increment across every cluster of every galaxy, in state order. */
function firstElementIds(
  state: SimulatorState,
): Map<MispGalaxyCluster, number> {
  const ids = new Map<MispGalaxyCluster, number>();
  let next = 1;
  for (const cluster of state.galaxies.flatMap((g) => g.GalaxyCluster)) {
    ids.set(cluster, next);
    next += metaRows(cluster).length;
  }
  return ids;
}

function clusterRow(
  cluster: MispGalaxyCluster,
  firstElementId: number,
): Record<string, unknown> {
  return {
    id: cluster.id,
    uuid: cluster.uuid,
    collection_uuid: '',
    type: cluster.type,
    value: cluster.value,
    tag_name: cluster.tag_name,
    description: cluster.description,
    galaxy_id: cluster.galaxy_id,
    source: cluster.source ?? '',
    authors: cluster.authors ?? [],
    version: cluster.version ?? '1',
    distribution: '3',
    sharing_group_id: null,
    org_id: '0',
    orgc_id: '0',
    default: true,
    locked: false,
    extends_uuid: '',
    extends_version: '0',
    published: false,
    deleted: false,
    GalaxyElement: metaRows(cluster).map(([key, value], i) => ({
      id: String(firstElementId + i),
      galaxy_cluster_id: cluster.id,
      key,
      value,
    })),
  };
}

/** `_harvestParameters`: filters from the JSON body (bare or under `request`) or from named params. */
function filters(ctx: RequestContext): Record<string, unknown> {
  const body =
    typeof ctx.body === 'object' &&
    ctx.body !== null &&
    !Array.isArray(ctx.body)
      ? (ctx.body as Record<string, unknown>)
      : {};
  const inner = body['request'];
  const fromBody =
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? (inner as Record<string, unknown>)
      : body;
  return { ...ctx.named, ...fromBody };
}

function flag(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}

/**
 * `GET`/`POST /galaxies/index`: every galaxy, or those whose name, namespace, description or uuid contains
 * `value` (case-insensitive, SQL `LIKE %value%`), optionally only `enabled` ones.
 */
export function indexGalaxies(ctx: RequestContext): HandlerResult {
  const { value, enabled } = filters(ctx);
  const needle =
    typeof value === 'string' || typeof value === 'number'
      ? String(value).toLowerCase()
      : '';
  const matches = (g: MispGalaxy): boolean =>
    needle === '' ||
    [g.name, g.namespace, g.description, g.uuid].some((field) =>
      field.toLowerCase().includes(needle),
    );
  const rows = ctx.state.galaxies
    .filter(matches)
    .filter(
      (g) => enabled === undefined || (g.enabled ?? true) === flag(enabled),
    )
    .map((g) => ({ Galaxy: galaxyRow(g) }));
  return { body: rows };
}

/** `GET /galaxies/view/{id or uuid}`: the galaxy with its clusters and their elements; 404 `Invalid Galaxy.`. */
export function viewGalaxy(ctx: RequestContext): HandlerResult {
  const key = ctx.params[0] ?? '';
  const galaxy = ctx.state.galaxies.find((g) => g.id === key || g.uuid === key);
  if (!galaxy) throw notFound('Invalid Galaxy.');
  const elementIds = firstElementIds(ctx.state);
  return {
    body: {
      Galaxy: galaxyRow(galaxy),
      GalaxyCluster: galaxy.GalaxyCluster.map((c) =>
        clusterRow(c, elementIds.get(c) ?? 1),
      ),
    },
  };
}
