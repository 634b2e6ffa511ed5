import {
  MispHttpError,
  methodNotAllowed,
  notFound,
  saveFail,
  saveSuccess,
  type HandlerResult,
} from './misp-http.util';
import type { RequestContext } from './misp-route.types';
import type {
  MispAttribute,
  MispEvent,
  MispTag,
  MispTagLink,
  SimulatorState,
} from './misp-simulator.types';
import {
  createTag,
  findAttribute,
  findTag,
  toTagLink,
  touchAttribute,
  touchEvent,
} from './misp-state.store';

/*
 * Mirrors TagsController::attachTagToObject / removeTagFromObject: target found by uuid (event first, then
 * attribute), tags by id or name, unknown names created (the simulated user is a tag editor), and the
 * exact success/failure messages MISP builds.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Target = {
  type: 'Event' | 'Attribute';
  event: MispEvent;
  attribute?: MispAttribute;
  links: MispTagLink[];
  id: string;
};

function findTarget(state: SimulatorState, uuid: string): Target {
  const event = state.events.find((e) => e.uuid === uuid);
  if (event) return { type: 'Event', event, links: event.Tag, id: event.id };
  const found = findAttribute(state, uuid);
  if (!found || found.attribute.uuid !== uuid)
    throw notFound('Invalid Target.');
  return {
    type: 'Attribute',
    event: found.event,
    attribute: found.attribute,
    links: found.attribute.Tag,
    id: found.attribute.id,
  };
}

type TagRequest = {
  uuid: string;
  tags: unknown[];
  local: boolean;
  relationshipType: string | null;
};

function readTagRequest(ctx: RequestContext): TagRequest {
  const body =
    typeof ctx.body === 'object' && ctx.body !== null
      ? (ctx.body as Record<string, unknown>)
      : {};
  const uuid =
    ctx.params[0] ?? (typeof body['uuid'] === 'string' ? body['uuid'] : '');
  if (!uuid) throw methodNotAllowed('Invalid object uuid');
  // MISP throws InvalidArgumentException here, which CakePHP renders as an internal error.
  if (!UUID.test(uuid)) throw new MispHttpError(500, 'Invalid UUID');
  const tag = ctx.params[1] ?? body['tag'];
  if (
    tag === undefined ||
    tag === null ||
    tag === '' ||
    (Array.isArray(tag) && tag.length === 0)
  ) {
    throw methodNotAllowed('Invalid tag');
  }
  const local =
    ctx.named['local'] === '1' ||
    [true, 1, '1'].includes(body['local'] as never);
  const rel = body['relationship_type'];
  return {
    uuid,
    tags: Array.isArray(tag) ? tag : [tag],
    local,
    relationshipType: typeof rel === 'string' ? rel : null,
  };
}

function resolveTag(state: SimulatorState, tag: unknown): MispTag | string {
  const key = String(tag).trim();
  const existing = findTag(state, key);
  if (existing) return existing;
  return /^\d+$/.test(key) ? 'Invalid Tag.' : createTag(state, key);
}

function markChanged(target: Target, local: boolean): void {
  if (local) return;
  if (target.attribute) touchAttribute(target.event, target.attribute);
  else touchEvent(target.event, true);
}

function attachOne(
  target: Target,
  tag: MispTag,
  req: TagRequest,
  existing: string[],
): string {
  if (target.links.some((l) => l.id === tag.id)) {
    existing.push(tag.name);
    return `${target.type} already has the requested tag attached, no changes had to be made for tag ${tag.name}.`;
  }
  target.links.push(toTagLink(tag, req.local, req.relationshipType));
  markChanged(target, req.local);
  const scope = req.local ? 'Local' : 'Global';
  return `${scope} tag ${tag.name}(${tag.id}) successfully attached to ${target.type}(${target.id}).`;
}

function attachMessage(
  target: Target,
  successes: number,
  last: string,
  existing: string[],
): string {
  if (successes === 1) return last;
  let message = `Successfully attached ${successes} tags to ${target.type} (${target.id})`;
  if (existing.length > 0) {
    message += `. ${target.id} already has the requested tag attached, no changes had to be made for tags ${JSON.stringify(existing)}.`;
  }
  return message;
}

/** `POST /tags/attachTagToObject[/{uuid}[/{tag}]]`. */
export function attachTagToObject(ctx: RequestContext): HandlerResult {
  const req = readTagRequest(ctx);
  const target = findTarget(ctx.state, req.uuid);
  const fails: string[] = [];
  const existing: string[] = [];
  let successes = 0;
  let last = '';
  for (const raw of req.tags) {
    const tag = resolveTag(ctx.state, raw);
    if (typeof tag === 'string') fails.push(tag);
    else if (tag.local_only && !req.local)
      fails.push('Invalid Tag. This tag can only be set as a local tag.');
    else {
      last = attachOne(target, tag, req, existing);
      successes++;
    }
  }
  const failed = `Failed to attach ${fails.length} tags. Reasons: ${JSON.stringify({ ...fails })}`;
  if (successes === 0)
    return saveFail(
      '/tags/attachTagToObject',
      'attachTagToObject',
      'Tag',
      failed,
    );
  const message =
    attachMessage(target, successes, last, existing) +
    (fails.length > 0 ? `\n${failed}` : '');
  return saveSuccess('/tags/attachTagToObject', message);
}

/** `POST /tags/removeTagFromObject[/{uuid}[/{tag}]]`. */
export function removeTagFromObject(ctx: RequestContext): HandlerResult {
  const req = readTagRequest(ctx);
  const tag = findTag(ctx.state, String(req.tags[0]));
  if (!tag) throw methodNotAllowed('Invalid Tag.');
  const target = findTarget(ctx.state, req.uuid);
  const index = target.links.findIndex((l) => l.id === tag.id);
  if (index < 0)
    throw notFound(
      `Could not remove tag as it is not attached to the target ${target.type}`,
    );
  const [link] = target.links.splice(index, 1);
  markChanged(target, link.local);
  const scope = link.local ? 'Local' : 'Global';
  return saveSuccess(
    '/tags/removeTagFromObject',
    `${scope} tag ${tag.name} (${tag.id}) successfully removed from ${target.type}(${target.id}).`,
  );
}

/** `GET /tags/index`: the catalogue, so tests can see tags that attachTagToObject created. */
export function indexTags(ctx: RequestContext): HandlerResult {
  return { body: { Tag: structuredClone(ctx.state.tags) } };
}
