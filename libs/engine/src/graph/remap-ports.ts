import { isEmptyList } from './is-empty-list';
import type { EmptyList, PortMap } from './workflow-graph.types';

type RemapInput<C extends { readonly node: string }> = {
  ports: PortMap<C> | EmptyList;
  // old node id (as written in connections) → new node id
  idMap: ReadonlyMap<string, number>;
};

// Rewrites the node ids in one side of a pasted node's connections; connections to nodes that were
// not pasted are dropped, like the editor only recreating connections between pasted nodes.
export function remapPorts<C extends { readonly node: string }>({
  ports,
  idMap,
}: RemapInput<C>): PortMap<C> | EmptyList {
  if (isEmptyList(ports)) return [];
  const remapped = Object.entries(ports).map(([name, port]) => {
    const connections = port.connections.flatMap((connection): C[] => {
      const target = idMap.get(connection.node);
      return target === undefined
        ? []
        : [{ ...connection, node: String(target) }];
    });
    return [name, { ...port, connections }];
  });
  return Object.fromEntries(remapped);
}
