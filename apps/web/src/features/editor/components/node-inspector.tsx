'use client';

import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import type { WorkflowFlowNode } from '../mapping/flow.types';
import { editorStore, useEditor } from '../state/editor-store';
import { nodeTitle } from '../utils/node-summary';
import { isParamVisible, paramValue, withParam } from '../utils/param-values';
import { filtersEnabled, readFilters } from '../utils/saved-filters';
import { FilterDialog } from './filter-dialog';
import { NodeConnections } from './node-connections';
import { NodeRunDetails } from './node-run-details';
import { ParamField } from './param-field';

/** The selected node: its form (generated from the module manifest), filter, connections and last run. */
export function NodeInspector({ node, readOnly }: { node: WorkflowFlowNode; readOnly: boolean }) {
  const [filterOpen, setFilterOpen] = useState(false);
  const trace = useEditor((s) => s.trace.nodes[node.id]);
  const check = useEditor((s) => s.check);
  const { stored, module } = node.data;
  const title = nodeTitle(stored, module);
  const params = module?.params ?? [];
  const update = (paramId: string, value: unknown) =>
    editorStore.getState().updateStoredNode({ nodeId: node.id, update: (n) => withParam(n, paramId, value), coalesceKey: paramId });
  const filters = readFilters(stored);
  const pathWarnings = (check?.path_warnings.edges ?? []).filter((e) => String(e[5]) === node.id);

  return (
    <div className="inspector" aria-label={`Node ${title}`}>
      <h2 className="inspector__title">{title}</h2>
      <p className="help">
        Node {stored.id} · <span className="mono">{stored.data.id}</span>
        {module && ` · v${module.version} · ${module.source}`}
        {module?.blocking && ' · blocking'}
      </p>
      {module?.description && <p className="inspector__description">{module.description}</p>}
      {!module && (
        <p className="field-error" role="alert">
          Invalid module id `{stored.data.id}` ({stored.id}): no module with this id is loaded.
        </p>
      )}
      {pathWarnings.length > 0 && <p className="notice">{pathWarnings[0]?.[2]}</p>}

      {params.length > 0 && (
        <section className="inspector__section" aria-labelledby={`params-${node.id}`}>
          <h3 id={`params-${node.id}`}>Parameters</h3>
          {params
            .filter((p) => isParamVisible({ param: p, node: stored, params }))
            .map((p) => (
              <ParamField key={p.id} param={p} nodeId={node.id} value={paramValue(stored, p)} disabled={readOnly} onChange={(v) => update(p.id, v)} />
            ))}
        </section>
      )}
      {!module && Object.keys(stored.data.indexed_params ?? {}).length > 0 && (
        <section className="inspector__section">
          <h3>Stored parameters</h3>
          <pre className="preview">{JSON.stringify(stored.data.indexed_params, null, 2)}</pre>
        </section>
      )}

      {module?.support_filters && (
        <section className="inspector__section" aria-labelledby={`filters-${node.id}`}>
          <h3 id={`filters-${node.id}`}>Filtering conditions</h3>
          <p className="help">
            {filtersEnabled(stored) ? (
              <span className="mono">
                {filters.selector} · {filters.path} {filters.operator} {filters.value}
              </span>
            ) : (
              'None: the module acts on all items.'
            )}
          </p>
          <Button type="button" variant="secondary" disabled={readOnly} onClick={() => setFilterOpen(true)}>
            Edit filter
          </Button>
          <FilterDialog
            node={stored}
            title={title}
            open={filterOpen}
            onClose={() => setFilterOpen(false)}
            onSave={(saved) => editorStore.getState().updateStoredNode({ nodeId: node.id, update: (n) => ({ ...n, data: { ...n.data, saved_filters: saved } }) })}
          />
        </section>
      )}

      <NodeConnections node={node} readOnly={readOnly} />
      <NodeRunDetails trace={trace} />
    </div>
  );
}
