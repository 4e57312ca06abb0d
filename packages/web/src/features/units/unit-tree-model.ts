// Pure helpers over the unit tree: Vietnamese ordering, diacritic-insensitive filtering, lookup.
import { compareVietnamese, foldVietnamese } from '@dti/core';
import type { UnitNode } from '@dti/contract';

const kindOrder = [
  'province',
  'district',
  'province_agency_tthc',
  'province_agency',
  'district_agency',
  'commune',
];

function rankOfKind(kind: string): number {
  const i = kindOrder.indexOf(kind);
  return i < 0 ? kindOrder.length : i;
}

/** Sorts every level: by kind (districts before agencies before communes), then Vietnamese name order. */
export function sortUnitTree(nodes: readonly UnitNode[]): UnitNode[] {
  return [...nodes]
    .sort((a, b) => rankOfKind(a.kind) - rankOfKind(b.kind) || compareVietnamese(a.name, b.name))
    .map((n) => ({ ...n, children: sortUnitTree(n.children) }));
}

/** Keeps the nodes whose name, short name or code matches (diacritics ignored), with their ancestors. */
export function filterUnitTree(nodes: readonly UnitNode[], query: string): UnitNode[] {
  const folded = foldVietnamese(query.trim());
  if (!folded) return [...nodes];
  const out: UnitNode[] = [];
  for (const node of nodes) {
    const children = filterUnitTree(node.children, query);
    const hit = foldVietnamese(`${node.name} ${node.shortName} ${node.code}`).includes(folded);
    if (hit || children.length > 0)
      out.push({ ...node, children: hit && children.length === 0 ? [] : children });
  }
  return out;
}

/** Every node by id. */
export function indexUnits(
  nodes: readonly UnitNode[],
  into = new Map<number, UnitNode>(),
): Map<number, UnitNode> {
  for (const node of nodes) {
    into.set(node.id, node);
    indexUnits(node.children, into);
  }
  return into;
}

/** Number of nodes in the tree. */
export function countUnits(nodes: readonly UnitNode[]): number {
  return nodes.reduce((n, node) => n + 1 + countUnits(node.children), 0);
}
