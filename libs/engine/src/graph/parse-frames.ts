import { describeJson } from './describe-json';
import { isRecord } from './is-record';
import { memberPath } from './member-path';
import type { Parsed } from './parse-graph.types';
import type { EmptyList, Frame, FrameMap } from './workflow-graph.types';

// `_frames` is UI-only; no server algorithm reads it (spec §2.2). Only its outline is checked so the
// editor gets it back exactly as it sent it.
export function parseFrames({
  value,
  path,
}: {
  value: unknown;
  path: string;
}): Parsed<FrameMap | EmptyList> {
  if (Array.isArray(value) && value.length === 0)
    return { ok: true, value: [] };
  if (!isRecord(value)) {
    return {
      ok: false,
      errors: [
        `${path}: must be an object keyed by frame id, or [] when empty (got ${describeJson(value)})`,
      ],
    };
  }
  const errors: string[] = [];
  const frames: [string, Frame][] = [];
  for (const [frameId, frame] of Object.entries(value)) {
    if (isRecord(frame)) frames.push([frameId, frame]);
    else
      errors.push(
        `${path}${memberPath(frameId)}: must be a frame object (got ${describeJson(frame)})`,
      );
  }
  return errors.length === 0
    ? { ok: true, value: Object.fromEntries(frames) }
    : { ok: false, errors };
}
