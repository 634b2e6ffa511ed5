/**
 * Blueprints shipped with the platform, written for it (not copied from MISP's repository). Node lists in
 * MISP's blueprint format; the description starts with the intended trigger, as MISP's convention.
 */
type Params = Record<string, unknown> | [];

function node(id: number, module: string, type: 'logic' | 'action', name: string, params: Params, outputs: Record<string, number[]>, x: number) {
  const outs: Record<string, { connections: { node: string; output: string }[] }> = {};
  for (const [output, targets] of Object.entries(outputs)) outs[output] = { connections: targets.map((t) => ({ node: String(t), output: 'input_1' })) };
  return {
    id,
    name,
    data: { id: module, module_type: type, name, indexed_params: params, saved_filters: { selector: '', value: '', operator: '', path: '' } },
    class: type === 'logic' ? 'block-type-if block-type-logic' : 'block-type-default',
    typenode: false,
    inputs: [],
    outputs: Object.keys(outs).length ? outs : [],
    pos_x: x,
    pos_y: 0,
  };
}

export const EXAMPLE_BLUEPRINTS = [
  {
    uuid: '0b2c6d1e-8f0a-4c55-9a1e-6f1d5a7c2b01',
    name: 'Block publishing of tlp:red events',
    description: '[event-publish]\nStops publishing when the event or any of its attributes is tagged tlp:red.',
    data: [
      node(2, 'tag-if', 'logic', 'IF :: Tag', { scope: 'event_attribute', condition: 'in_or', tags: ['tlp:red'], clusters: [] }, { output_1: [3], output_2: [] }, 200),
      node(3, 'stop-execution', 'action', 'Stop execution', { message: 'Events tagged tlp:red are not published' }, {}, 450),
    ],
  },
  {
    uuid: '0b2c6d1e-8f0a-4c55-9a1e-6f1d5a7c2b02',
    name: 'Add tlp:clear to tlp:white events',
    description: '[event-publish]\nTLP 2.0 renamed tlp:white to tlp:clear: events tagged tlp:white also get tlp:clear.',
    data: [
      node(2, 'tag-if', 'logic', 'IF :: Tag', { scope: 'event', condition: 'in_or', tags: ['tlp:white'], clusters: [] }, { output_1: [3], output_2: [] }, 200),
      node(3, 'tag_operation', 'action', 'Tag operation', { scope: 'event', action: 'add', tag_locality: 'global', tags: ['tlp:clear'] }, {}, 450),
    ],
  },
  {
    uuid: '0b2c6d1e-8f0a-4c55-9a1e-6f1d5a7c2b03',
    name: 'Send the roaming data to a debugging webhook',
    description: '[any]\nPosts the data to a local listener (tools/webhook-listener) to see what a trigger passes.',
    data: [node(2, 'webhook', 'action', 'Webhook', { url: 'http://127.0.0.1:27051/inspect', content_type: 'json', request_method: 'post', payload: '' }, {}, 200)],
  },
];
