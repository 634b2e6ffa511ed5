/** Workflow graphs of the performance anchors §3, in MISP's stored (drawflow) format. */

type Json = Record<string, unknown>;

function node(id: number, module: string, type: string, outputs: Json | [], params: Json | [] = []): Json {
  return {
    id,
    name: module,
    data: { id: module, module_type: type, name: module, indexed_params: params, saved_filters: { selector: '', value: '', operator: '', path: '' } },
    class: '',
    typenode: false,
    inputs: [],
    outputs,
    pos_x: id * 200,
    pos_y: 100,
  };
}

/** An IF node's outputs: "then" to `then`, "else" to nothing. */
const thenOnly = (then: number): Json => ({ output_1: { connections: [{ node: String(then), output: 'input_1' }] }, output_2: { connections: [] } });
const to = (next: number): Json => ({ output_1: { connections: [{ node: String(next), output: 'input_1' }] } });

/** "Event or any attribute, object attributes included, carries the tag": IF :: Tag, Inherited Attribute scope. */
function tagIf(id: number, tag: string, then: number): Json {
  return node(id, 'tag-if', 'logic', thenOnly(then), { scope: 'event_attribute', condition: 'in_or', tags: [tag], clusters: [] });
}

export type FlowName = 'A' | 'B';

/** A: trigger → IF tagged `tlp:white` → webhook POST of the whole roaming data to `sinkUrl` → `success`. */
export function flowA(trigger: string, sinkUrl: string): Json {
  return {
    '1': node(1, trigger, 'trigger', to(2)),
    '2': tagIf(2, 'tlp:white', 3),
    '3': node(3, 'webhook', 'action', [], { url: sinkUrl, content_type: 'json', request_method: 'post', self_signed: 'deny', payload: '', headers: '' }),
  };
}

/** B: trigger → IF tagged `tlp:red` → stop-execution (`blocked`), else `success`. */
export function flowB(trigger: string): Json {
  return {
    '1': node(1, trigger, 'trigger', to(2)),
    '2': tagIf(2, 'tlp:red', 3),
    '3': node(3, 'stop-execution', 'action', [], { message: 'tlp:red events are not published' }),
  };
}

/** The trivial queued workflow: trigger → IF :: Tag on the attribute (never true) → stop-execution. */
export function trivialAttributeFlow(trigger: string): Json {
  return {
    '1': node(1, trigger, 'trigger', to(2)),
    '2': node(2, 'tag-if', 'logic', thenOnly(3), { scope: 'attribute', condition: 'in_or', tags: ['tlp:red'], clusters: [] }),
    '3': node(3, 'stop-execution', 'action', [], { message: 'tlp:red attributes are refused' }),
  };
}
