import type { WalkNode } from '../run/run.types';
import { nodeParams } from '../run/graph-access';

/** The part of a module's param declaration that `getParamsWithValues` reads. */
export type ParamDeclaration = { id: string; default?: unknown; jinja_supported?: boolean };
export type ParamWithValue<P extends ParamDeclaration = ParamDeclaration> = P & { value: unknown };

/** Renders a Jinja template with the roaming data as context (an injected port: nunjucks lives in the API). */
export type TemplateRenderer = (template: string, context: unknown) => string;

/**
 * MISP's `getParamsWithValues(node, data)` (spec §6.3): only params the module declares; a missing or null
 * node value falls back to the default (`""` stays `""`); Jinja is rendered only on a non-empty node value,
 * never on a default. A template error propagates: the walker turns it into a failure of the node.
 */
export function paramsWithValues<P extends ParamDeclaration>(args: {
  node: WalkNode;
  params: readonly P[];
  data: unknown;
  render?: TemplateRenderer;
}): Record<string, ParamWithValue<P>> {
  const stored = nodeParams(args.node);
  const out: Record<string, ParamWithValue<P>> = {};
  for (const param of args.params) {
    const nodeValue = stored[param.id] ?? null;
    let value: unknown = nodeValue ?? param.default ?? '';
    if (param.jinja_supported && args.render && typeof nodeValue === 'string' && nodeValue.length > 0) {
      value = args.render(nodeValue, args.data);
    }
    out[param.id] = { ...param, value };
  }
  return out;
}
