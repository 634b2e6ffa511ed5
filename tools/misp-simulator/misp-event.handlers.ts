import {
  notFound,
  saveFail,
  saveSuccess,
  unwrap,
  type HandlerResult,
} from './misp-http.util';
import { renderEvent } from './misp-event.renderer';
import type { RequestContext } from './misp-route.types';
import type { MispEvent } from './misp-simulator.types';
import { findEvent, nowTimestamp, touchEvent } from './misp-state.store';

function requireEvent(ctx: RequestContext): MispEvent {
  const event = findEvent(ctx.state, ctx.params[0] ?? '');
  if (!event) throw notFound('Invalid event');
  return event;
}

export function viewEvent(ctx: RequestContext): HandlerResult {
  return { body: renderEvent(ctx.state, requireEvent(ctx)) };
}

const EVENT_STRING_FIELDS = [
  'info',
  'date',
  'threat_level_id',
  'analysis',
  'distribution',
  'sharing_group_id',
] as const;

function validateEventEdit(
  fields: Record<string, unknown>,
): string | undefined {
  const distribution = fields['distribution'];
  if (
    distribution !== undefined &&
    !['0', '1', '2', '3', '4'].includes(String(distribution))
  ) {
    return 'Options: Your organisation only, This community only, Connected communities, All communities, Sharing group';
  }
  if (
    String(distribution) === '4' &&
    ['0', 'undefined'].includes(String(fields['sharing_group_id']))
  ) {
    return 'If the distribution is set to "Sharing Group", a sharing group has to be selected.';
  }
  return undefined;
}

/**
 * `POST|PUT /events/edit/{id}`: applies the scalar fields the distribution/edit modules change. A plain
 * edit unpublishes the event (MISP resets `published` unless the payload asks to keep it published).
 */
export function editEvent(ctx: RequestContext): HandlerResult {
  const event = requireEvent(ctx);
  const fields = unwrap(ctx.body, 'Event');
  const invalid = validateEventEdit(fields);
  if (invalid)
    return saveFail(`/events/edit/${event.id}`, 'edit', 'Event', {
      distribution: [invalid],
    });
  for (const key of EVENT_STRING_FIELDS) {
    if (fields[key] !== undefined) event[key] = String(fields[key]);
  }
  // MISP forces the sharing group to 0 unless distribution is "Sharing group".
  if (event.distribution !== '4') event.sharing_group_id = '0';
  touchEvent(event, true);
  if (
    fields['published'] === true ||
    fields['published'] === 1 ||
    fields['published'] === '1'
  )
    publish(event);
  const rendered = renderEvent(ctx.state, event);
  if (ctx.named['metadata'] === '1') {
    rendered.Event.Attribute = [];
    rendered.Event.Object = [];
  }
  return { body: rendered };
}

function publish(event: MispEvent): void {
  event.published = true;
  event.publish_timestamp = nowTimestamp();
}

/** `POST /events/publish/{id}` (no e-mail) and `/events/alert/{id}` (e-mail, queued as a job in MISP). */
export function publishEvent(
  ctx: RequestContext,
  alert: boolean,
): HandlerResult {
  const event = requireEvent(ctx);
  publish(event);
  const message = alert ? 'Job queued' : 'Event published without alerts';
  const action = alert ? 'alert' : 'publish';
  return {
    body: {
      name: 'Publish',
      message,
      url: `/events/${action}/${event.id}`,
      id: event.id,
    },
  };
}

export function unpublishEvent(ctx: RequestContext): HandlerResult {
  const event = requireEvent(ctx);
  event.published = false;
  return saveSuccess(`/events/unpublish/${event.id}`, 'Event unpublished.');
}
