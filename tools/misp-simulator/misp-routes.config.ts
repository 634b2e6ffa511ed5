import { editAttribute } from './misp-attribute.handlers';
import {
  addEventBlocklist,
  indexEventBlocklist,
} from './misp-blocklist.handlers';
import {
  editEvent,
  publishEvent,
  unpublishEvent,
  viewEvent,
} from './misp-event.handlers';
import type { Route } from './misp-route.types';
import {
  attachTagToObject,
  indexTags,
  removeTagFromObject,
} from './misp-tag.handlers';
import { indexUsers } from './misp-user.handlers';
import {
  checkWarninglistValues,
  viewWarninglist,
} from './misp-warninglist.handlers';
import { indexGalaxies, viewGalaxy } from './misp-galaxy.handlers';
import { indexOrganisations } from './misp-organisation.handlers';
import { indexSharingGroups } from './misp-sharing-group.handlers';
import { indexWarninglists } from './misp-warninglist-index.handler';

/** Controller and action names are matched case-insensitively without underscores, as CakePHP routes them. */
export const ROUTES: Route[] = [
  {
    controller: 'events',
    action: 'view',
    methods: ['GET', 'POST'],
    handler: viewEvent,
  },
  {
    controller: 'events',
    action: 'edit',
    methods: ['POST', 'PUT'],
    handler: editEvent,
  },
  {
    controller: 'events',
    action: 'publish',
    methods: ['POST'],
    handler: (ctx) => publishEvent(ctx, false),
  },
  {
    controller: 'events',
    action: 'alert',
    methods: ['POST'],
    handler: (ctx) => publishEvent(ctx, true),
  },
  {
    controller: 'events',
    action: 'unpublish',
    methods: ['POST'],
    handler: unpublishEvent,
  },
  {
    controller: 'attributes',
    action: 'edit',
    methods: ['POST', 'PUT'],
    handler: editAttribute,
  },
  {
    controller: 'tags',
    action: 'attachtagtoobject',
    methods: ['POST'],
    handler: attachTagToObject,
  },
  {
    controller: 'tags',
    action: 'removetagfromobject',
    methods: ['POST'],
    handler: removeTagFromObject,
  },
  { controller: 'tags', action: 'index', methods: ['GET'], handler: indexTags },
  {
    controller: 'eventblocklists',
    action: 'add',
    methods: ['POST'],
    handler: addEventBlocklist,
  },
  {
    controller: 'eventblocklists',
    action: 'index',
    methods: ['GET'],
    handler: indexEventBlocklist,
  },
  {
    controller: 'warninglists',
    action: 'checkvalue',
    methods: ['POST'],
    handler: checkWarninglistValues,
  },
  // MISP's view and index actions check no method.
  {
    controller: 'warninglists',
    action: 'view',
    methods: ['GET', 'POST'],
    handler: viewWarninglist,
  },
  {
    controller: 'warninglists',
    action: 'index',
    methods: ['GET', 'POST'],
    handler: indexWarninglists,
  },
  {
    controller: 'organisations',
    action: 'index',
    methods: ['GET'],
    handler: indexOrganisations,
  },
  {
    controller: 'sharinggroups',
    action: 'index',
    methods: ['GET'],
    handler: indexSharingGroups,
  },
  {
    controller: 'galaxies',
    action: 'index',
    methods: ['GET', 'POST'],
    handler: indexGalaxies,
  },
  {
    controller: 'galaxies',
    action: 'view',
    methods: ['GET', 'POST'],
    handler: viewGalaxy,
  },
  // CakePHP's admin prefix: `/admin/users[/index]` parses as controller `admin`, action `users`.
  {
    controller: 'admin',
    action: 'users',
    methods: ['GET'],
    handler: indexUsers,
  },
];

export type ParsedPath = {
  controller: string;
  action: string;
  params: string[];
  named: Record<string, string>;
  url: string;
};

/** Splits `/events/view/12.json/noSightings:1?x=y` into controller, action, positional and named params. */
export function parsePath(rawPath: string): ParsedPath {
  const pathOnly = rawPath.split('?')[0].replace(/\.json$/i, '');
  const segments = pathOnly
    .split('/')
    .filter((s) => s.length > 0)
    .map(decodeURIComponent);
  const named: Record<string, string> = {};
  const positional: string[] = [];
  for (const segment of segments) {
    const match = /^([A-Za-z_]+):(.*)$/.exec(segment);
    if (match) named[match[1]] = match[2];
    else positional.push(segment);
  }
  const [controller = '', action = 'index', ...params] = positional;
  const key = (s: string): string => s.toLowerCase().replace(/_/g, '');
  return {
    controller: key(controller),
    action: key(action),
    params,
    named,
    url: `/${positional.join('/')}`,
  };
}

export function findRoute(parsed: ParsedPath): Route[] {
  return ROUTES.filter(
    (r) => r.controller === parsed.controller && r.action === parsed.action,
  );
}
