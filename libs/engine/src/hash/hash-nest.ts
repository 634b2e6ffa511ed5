import {
  isPhpArray,
  PhpArray,
  phpArrayFromEntries,
  phpArrayMerge,
  phpArraySet,
  phpEmpty,
  phpEntries,
  phpIdentical,
  phpInArray,
  PhpKey,
  phpLooseNotEquals,
  phpOffsetKey,
  phpToBool,
  phpToString,
  phpTypeName,
  PhpTypeError,
  phpValues,
} from '../php';
import { InvalidArgumentException } from './hash-errors';
import { hashExtract } from './hash-extract';
import { hashGet } from './hash-get';
import { assertPhpArray } from './hash-path';

export type NestOptions = {
  readonly idPath?: string;
  readonly parentPath?: string;
  readonly root?: unknown;
  readonly children?: string;
};

// PHP's nest() works with references: `$idMap[$id]` slots are shared by the result list and by the
// parents' children arrays, and later assignments to a slot show everywhere. A Box is such a slot;
// a ChildList is a children array holding references to slots.
class ChildList {
  readonly boxes: Box[] = [];
}
class Box {
  constructor(public content: PhpArray) {}
}

function childList(box: Box, childrenKey: string): ChildList {
  const list = phpEntries(box.content).find(
    ([k]) => String(k) === childrenKey,
  )?.[1];
  if (list instanceof ChildList) return list;
  const created = new ChildList();
  box.content = phpArraySet(box.content, childrenKey, created);
  return created;
}

function materialize(box: Box, active: Set<Box>): PhpArray {
  if (active.has(box))
    throw new InvalidArgumentException(
      'Hash::nest(): the data contains a parent/child cycle.',
    );
  active.add(box);
  const entries = phpEntries(box.content).map(([k, v]): [PhpKey, unknown] => [
    k,
    v instanceof ChildList
      ? v.boxes.map((child) => materialize(child, active))
      : v,
  ]);
  active.delete(box);
  return phpArrayFromEntries(entries);
}

type Paths = {
  readonly idKeys: string[];
  readonly parentKeys: string[];
  readonly childrenKey: string;
};

/** The first loop of `Hash::nest`: builds the slots and returns the top-level ones. */
function buildBoxes(rows: unknown[], ids: PhpArray, paths: Paths): Box[] {
  const idMap = new Map<PhpKey, Box>();
  const roots: Box[] = [];
  for (const row of rows) {
    if (row !== null && !isPhpArray(row))
      throw new PhpTypeError(
        `Cannot use a scalar value as an array (${phpTypeName(row)})`,
      );
    const result = phpArraySet(row ?? [], paths.childrenKey, []);
    const id = hashGet(result, paths.idKeys);
    const parentId = hashGet(result, paths.parentKeys);
    let box = idMap.get(phpOffsetKey(id));
    if (box) box.content = phpArrayMerge(result, box.content);
    else {
      box = new Box(
        phpArrayMerge(result, { [paths.childrenKey]: new ChildList() }),
      );
      idMap.set(phpOffsetKey(id), box);
    }
    if (!phpToBool(parentId) || !phpInArray(parentId, ids)) roots.push(box);
    else {
      const parentKey = phpOffsetKey(parentId);
      const parent = idMap.get(parentKey) ?? new Box({});
      idMap.set(parentKey, parent);
      childList(parent, paths.childrenKey).boxes.push(box);
    }
  }
  return roots;
}

/**
 * CakePHP 2.10 `Hash::nest($data, $options)`: turns a flat list with id/parent ids into a tree.
 * Defaults: idPath `{n}.<alias>.id`, parentPath `{n}.<alias>.parent_id` (alias = first key of the
 * first row), children `children`, root = the parent id of the first top-level row. Rows whose parent
 * is not among the ids are top-level; top-level rows are then kept only if `id === root` or
 * `parent_id == root`. Throws InvalidArgumentException when no row is top-level. A parent/child cycle
 * reachable from a kept row (PHP would build a recursive structure) also throws.
 */
export function hashNest(data: unknown, options: NestOptions = {}): PhpArray {
  const array = assertPhpArray(data, 'Hash::nest');
  if (phpEmpty(array)) return array;
  const rows = phpValues(array);
  const first = assertPhpArray(rows[0], 'key', 1, 'array');
  const alias = phpToString(phpEntries(first)[0]?.[0] ?? null);
  const idPath = options.idPath ?? `{n}.${alias}.id`;
  const parentPath = options.parentPath ?? `{n}.${alias}.parent_id`;
  const paths: Paths = {
    idKeys: idPath.split('.').slice(1),
    parentKeys: parentPath.split('.').slice(1),
    childrenKey: options.children ?? 'children',
  };
  const roots = buildBoxes(rows, hashExtract(array, idPath), paths);
  if (roots.length === 0)
    throw new InvalidArgumentException('Invalid data array to nest.');
  const root = phpToBool(options.root)
    ? options.root
    : hashGet(roots[0].content, paths.parentKeys);
  const kept = roots.filter((box) => {
    const id = hashGet(box.content, paths.idKeys);
    return (
      phpIdentical(id, root) ||
      !phpLooseNotEquals(hashGet(box.content, paths.parentKeys), root)
    );
  });
  return kept.map((box) => materialize(box, new Set()));
}
