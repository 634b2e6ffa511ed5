/**
 * MISP JSON shapes as MISP emits them: integer columns are strings, tinyint flags are booleans
 * (core-format.md §9). The simulator stores these shapes directly so what it returns is what it holds.
 */

export type MispTag = {
  id: string;
  name: string;
  colour: string;
  exportable: boolean;
  user_id: string;
  hide_tag: boolean;
  numerical_value: string | null;
  is_galaxy: boolean;
  is_custom_galaxy: boolean;
  local_only: boolean;
};

/** A tag as embedded on an event or attribute: the catalogue entry plus the link's own flags. */
export type MispTagLink = MispTag & {
  local: boolean;
  relationship_type: string | null;
};

export type MispGalaxyCluster = {
  id: string;
  uuid: string;
  type: string;
  value: string;
  tag_name: string;
  description: string;
  galaxy_id: string;
  /** Stored as MISP's `GalaxyElement` rows (key, value); event views show it as `meta`. */
  meta: Record<string, string[]>;
  source?: string;
  authors?: string[];
  version?: string;
};

export type MispGalaxy = {
  id: string;
  uuid: string;
  name: string;
  type: string;
  description: string;
  namespace: string;
  version?: string;
  icon?: string;
  /** MISP's galaxy toggle; `GET /galaxies/index` filters on it. */
  enabled?: boolean;
  local_only?: boolean;
  GalaxyCluster: MispGalaxyCluster[];
};

export type MispAttribute = {
  id: string;
  event_id: string;
  object_id: string;
  object_relation: string | null;
  uuid: string;
  type: string;
  category: string;
  value: string;
  to_ids: boolean;
  distribution: string;
  sharing_group_id: string;
  timestamp: string;
  comment: string;
  deleted: boolean;
  disable_correlation: boolean;
  first_seen: string | null;
  last_seen: string | null;
  Tag: MispTagLink[];
  Galaxy: MispGalaxy[];
};

export type MispObject = {
  id: string;
  uuid: string;
  name: string;
  'meta-category': string;
  description: string;
  template_uuid: string;
  template_version: string;
  event_id: string;
  timestamp: string;
  distribution: string;
  sharing_group_id: string;
  comment: string;
  deleted: boolean;
  first_seen: string | null;
  last_seen: string | null;
  Attribute: MispAttribute[];
  ObjectReference: unknown[];
};

export type MispOrg = { id: string; name: string; uuid: string };

export type MispEvent = {
  id: string;
  uuid: string;
  info: string;
  date: string;
  threat_level_id: string;
  analysis: string;
  distribution: string;
  sharing_group_id: string;
  published: boolean;
  timestamp: string;
  publish_timestamp: string;
  org_id: string;
  orgc_id: string;
  attribute_count: string;
  locked: boolean;
  proposal_email_lock: boolean;
  disable_correlation: boolean;
  extends_uuid: string;
  Org: MispOrg;
  Orgc: MispOrg;
  Tag: MispTagLink[];
  Galaxy: MispGalaxy[];
  Attribute: MispAttribute[];
  Object: MispObject[];
  ShadowAttribute: unknown[];
  RelatedEvent: unknown[];
  EventReport: unknown[];
};

/** Blocklist fields of MISP's EventBlocklist model (`blocklistFields`). */
export type MispEventBlocklistEntry = {
  id: string;
  event_uuid: string;
  created: string;
  event_info: string;
  comment: string;
  event_orgc: string;
};

export type MispWarninglist = {
  id: string;
  name: string;
  type: 'string' | 'substring' | 'cidr' | 'hostname' | 'regex';
  enabled: boolean;
  entries: string[];
  description?: string;
  version?: string;
  /** MISP's two categories; lists installed from the bundled repository get `false_positive`. */
  category?: 'false_positive' | 'known';
  /** Attribute types the list applies to (`WarninglistType`); MISP stores `ALL` when a list names none. */
  matching_attributes?: string[];
  /** Per-entry comments (`WarninglistEntry.comment`), keyed by entry value. */
  comments?: Record<string, string>;
  /** Bundled with MISP (`default`), as opposed to a list an admin created. */
  default?: boolean;
};

/** Seeds may be partial and loosely typed (numbers for ids, 0/1 for flags), as MISP accepts on input. */
export type SeedRecord = Record<string, unknown>;

export type SimulatorState = {
  events: MispEvent[];
  tags: MispTag[];
  galaxies: MispGalaxy[];
  eventBlocklist: MispEventBlocklistEntry[];
  warninglists: MispWarninglist[];
  /** Monotonic id counters, one per table, so ids stay unique like auto-increment columns. */
  nextId: Record<
    'event' | 'attribute' | 'object' | 'tag' | 'blocklist',
    number
  >;
};

export type RecordedRequest = {
  method: string;
  /** Path including the query string, exactly as received. */
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON when the body is JSON, the raw text otherwise, undefined when empty. */
  body: unknown;
};

export type FailureSpec = {
  /** 401 and 502 are what a reverse proxy in front of MISP answers; MISP itself uses 403 for a bad key. */
  status: 401 | 429 | 500 | 502 | 503;
  times?: number;
  retryAfter?: number;
};

export type MispSimulatorOptions = {
  apiKey: string;
  events?: SeedRecord[];
  warninglists?: MispWarninglist[];
  galaxies?: MispGalaxy[];
  port?: number;
  host?: string;
  /** Serve HTTPS with this key and certificate (e.g. `SELF_SIGNED_TLS`) instead of HTTP. */
  tls?: { key: string; cert: string };
};

export type MispSimulator = {
  url: string;
  state: SimulatorState;
  requests: RecordedRequest[];
  failNext(spec: FailureSpec): void;
  delayNext(ms: number, times?: number): void;
  close(): Promise<void>;
};
