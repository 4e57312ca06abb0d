import { describe, expect, it } from 'vitest';
import type { UnitNode } from '@dti/contract';
import { filterUnitTree, sortUnitTree } from './unit-tree-model';

function node(id: number, name: string, kind: string, children: UnitNode[] = []): UnitNode {
  return {
    id,
    code: String(id),
    name,
    shortName: name,
    kind,
    adminType: null,
    parentId: null,
    validFrom: '2020-01-01',
    validUntil: null,
    updatedAt: '2024-01-01T00:00:00Z',
    children,
  };
}

const tree = [
  node(1, 'Tỉnh Lào Cai', 'province', [
    node(2, 'Huyện Bảo Thắng', 'district', [node(5, 'Xã Phong Niên', 'commune')]),
    node(3, 'Huyện Bắc Hà', 'district'),
    node(4, 'Huyện Bát Xát', 'district'),
  ]),
];

describe('unit tree', () => {
  it('sorts names in Vietnamese order, letters before tones (a < ă: Bảo, Bát, then Bắc)', () => {
    const names = sortUnitTree(tree)[0]?.children.map((n) => n.name);
    expect(names).toEqual(['Huyện Bảo Thắng', 'Huyện Bát Xát', 'Huyện Bắc Hà']);
  });

  it('finds units ignoring diacritics and keeps their ancestors', () => {
    const found = filterUnitTree(tree, 'phong nien');
    expect(found[0]?.children.map((n) => n.name)).toEqual(['Huyện Bảo Thắng']);
    expect(found[0]?.children[0]?.children.map((n) => n.name)).toEqual(['Xã Phong Niên']);
    expect(filterUnitTree(tree, 'bac ha')[0]?.children.map((n) => n.id)).toEqual([3]);
  });
});
