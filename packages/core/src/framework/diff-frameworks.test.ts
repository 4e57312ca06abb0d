import { describe, expect, it } from 'vitest';
import { compareCodes, diffFrameworks, formatFrameworkDiff } from './diff-frameworks';
import type { Framework, IndexSet, SubIndex } from './framework-types';

function sub(code: string, extra: Partial<SubIndex> = {}): SubIndex {
  return {
    code,
    name: 'Chỉ số thành phần',
    maxPoints: 10,
    inputs: [{ key: 'ok', label: 'Đạt', type: 'boolean' }],
    method: { type: 'boolean', input: 'ok' },
    ...extra,
  };
}

function framework(id: string, sets: IndexSet[], replaces?: string): Framework {
  return {
    formatVersion: 1,
    id,
    title: id,
    ...(replaces === undefined ? {} : { replaces }),
    provenance: 'reconstructed',
    rankPrecision: 2,
    levels: [{ code: 'K', name: 'Khởi động', abovePercent: null }],
    sets,
  };
}

function set(id: string, indices: { code: string; maxPoints?: number; subs: SubIndex[] }[]): IndexSet {
  return {
    id,
    name: id,
    unitKind: 'commune',
    maxPoints: 100,
    indices: indices.map((i) => ({
      code: i.code,
      name: `Chỉ số chính ${i.code}`,
      maxPoints: i.maxPoints ?? i.subs.reduce((s, x) => s + x.maxPoints, 0),
      subIndices: i.subs,
    })),
  };
}

describe('compareCodes', () => {
  it('sorts codes naturally', () => {
    expect(['1.10', '2', '1.2', '1.1', '10.1', '1.2a', '1'].sort(compareCodes)).toEqual([
      '1',
      '1.1',
      '1.2',
      '1.2a',
      '1.10',
      '2',
      '10.1',
    ]);
  });
});

describe('diffFrameworks', () => {
  it('reports nothing for identical frameworks', () => {
    const fw = framework('A', [set('XA', [{ code: '1', subs: [sub('1.1'), sub('1.2')] }])]);
    expect(diffFrameworks(fw, structuredClone(fw))).toEqual({
      from: 'A',
      to: 'A',
      sets: [{ id: 'XA', added: [], removed: [], changed: [], movedPoints: [] }],
    });
  });

  it('finds added, removed and changed sub-indices, sorted naturally', () => {
    const from = framework('OLD', [
      set('XA', [
        { code: '1', subs: [sub('1.1'), sub('1.2'), sub('1.3', { tags: ['B', 'A'] })] },
        { code: '2', subs: [sub('2.1', { evidence: 'Văn bản' })] },
      ]),
    ]);
    const to = framework('NEW', [
      set('XA', [
        {
          code: '1',
          subs: [
            sub('1.1', { name: 'Tên mới', maxPoints: 20 }),
            sub('1.3', { tags: ['A', 'B'] }),
            sub('1.10'),
            sub('1.9'),
          ],
        },
        {
          code: '2',
          subs: [
            sub('2.1', { evidence: 'Văn bản khác', source: 'UBND xã', description: 'Có → tối đa' }),
            sub('1.2', {
              inputs: [{ key: 'ok', label: 'Đạt?', type: 'boolean' }],
              method: { type: 'manual' },
              tags: ['ATTT'],
              verifier: 'Sở TT&TT',
            }),
          ],
        },
      ]),
    ]);
    const [xa] = diffFrameworks(from, to).sets;
    expect(xa).toEqual({
      id: 'XA',
      added: ['1.9', '1.10'],
      removed: [],
      changed: [
        { code: '1.1', fields: ['name', 'maxPoints'] },
        { code: '1.2', fields: ['method', 'inputs', 'index', 'tags', 'verifier'] },
        { code: '2.1', fields: ['description', 'evidence', 'source'] },
      ],
      movedPoints: [
        { index: '1', from: 30, to: 50 },
        { index: '2', from: 10, to: 20 },
      ],
    });
  });

  it('treats a replacesCodes item as the successor, not as added/removed', () => {
    const from = framework('LC-2644-2022', [
      set('XA', [{ code: '1', subs: [sub('1.1'), sub('1.2'), sub('1.3'), sub('1.4')] }]),
    ]);
    const to = framework(
      'LC-3019-2023',
      [
        set('XA', [
          {
            code: '1',
            subs: [
              sub('1.1', { replacesCodes: ['1.1'] }),
              sub('1.5', { replacesCodes: ['1.2'] }),
              sub('1.6', { replacesCodes: ['1.3', '1.4'], name: 'Gộp' }),
              sub('1.7', { replacesCodes: ['9.9'] }),
            ],
          },
        ]),
      ],
      'LC-2644-2022',
    );
    expect(diffFrameworks(from, to).sets[0]).toEqual({
      id: 'XA',
      added: ['1.7'],
      removed: [],
      changed: [
        { code: '1.5', fields: ['code'], previousCodes: ['1.2'] },
        { code: '1.6', fields: ['code', 'name'], previousCodes: ['1.3', '1.4'] },
      ],
      movedPoints: [],
    });
  });

  it('does not reuse an explicitly continued code for a new item with the same code', () => {
    const from = framework('A', [set('XA', [{ code: '1', subs: [sub('1.1'), sub('1.2')] }])]);
    const to = framework('B', [
      set('XA', [
        {
          code: '1',
          subs: [sub('1.1'), sub('1.2', { name: 'Mới' }), sub('1.3', { replacesCodes: ['1.2'] })],
        },
      ]),
    ]);
    const [xa] = diffFrameworks(from, to).sets;
    expect(xa?.added).toEqual(['1.2']);
    expect(xa?.removed).toEqual([]);
    expect(xa?.changed).toEqual([{ code: '1.3', fields: ['code'], previousCodes: ['1.2'] }]);
  });

  it('ignores replacesCodes that refer to another framework than from', () => {
    const from = framework('A', [set('XA', [{ code: '1', subs: [sub('1.1')] }])]);
    const to = framework(
      'C',
      [set('XA', [{ code: '1', subs: [sub('1.2', { replacesCodes: ['1.1'] })] }])],
      'B',
    );
    const [xa] = diffFrameworks(from, to).sets;
    expect(xa?.added).toEqual(['1.2']);
    expect(xa?.removed).toEqual(['1.1']);
  });

  it('treats method defaults and tag order as equal', () => {
    const ratioInputs: SubIndex['inputs'] = [
      { key: 'a', label: 'a', type: 'integer' },
      { key: 'b', label: 'b', type: 'integer' },
    ];
    const from = framework('A', [
      set('XA', [
        {
          code: '1',
          subs: [
            sub('1.1', { inputs: ratioInputs, method: { type: 'ratio', numerator: 'a', denominator: 'b' } }),
            sub('1.2', { method: { type: 'percent', input: 'ok' } }),
          ],
        },
      ]),
    ]);
    const to = framework('B', [
      set('XA', [
        {
          code: '1',
          subs: [
            sub('1.1', {
              inputs: ratioInputs,
              method: {
                type: 'ratio',
                numerator: 'a',
                denominator: 'b',
                target: 1,
                whenZeroDenominator: 'exclude',
                allowAboveOne: false,
              },
            }),
            sub('1.2', { method: { type: 'percent', input: 'ok', target: 90 } }),
          ],
        },
      ]),
    ]);
    expect(diffFrameworks(from, to).sets[0]?.changed).toEqual([{ code: '1.2', fields: ['method'] }]);
  });

  it('reports whole sets added and removed, and index points moved', () => {
    const from = framework('A', [
      set('XA', [
        { code: '1', subs: [sub('1.1')] },
        { code: '2', subs: [sub('2.1')] },
      ]),
      set('OLD', [{ code: '1', subs: [sub('1.2'), sub('1.1')] }]),
    ]);
    const to = framework('B', [
      set('NEW', [{ code: '1', subs: [sub('1.1')] }]),
      set('XA', [
        { code: '1', subs: [sub('1.1', { maxPoints: 15 })] },
        { code: '3', subs: [sub('3.1', { maxPoints: 5 })] },
      ]),
    ]);
    expect(diffFrameworks(from, to).sets).toEqual([
      {
        id: 'NEW',
        added: ['1.1'],
        removed: [],
        changed: [],
        movedPoints: [{ index: '1', from: 0, to: 10 }],
        status: 'added',
      },
      {
        id: 'XA',
        added: ['3.1'],
        removed: ['2.1'],
        changed: [{ code: '1.1', fields: ['maxPoints'] }],
        movedPoints: [
          { index: '1', from: 10, to: 15 },
          { index: '2', from: 10, to: 0 },
          { index: '3', from: 0, to: 5 },
        ],
      },
      {
        id: 'OLD',
        added: [],
        removed: ['1.1', '1.2'],
        changed: [],
        movedPoints: [{ index: '1', from: 20, to: 0 }],
        status: 'removed',
      },
    ]);
  });
});

describe('formatFrameworkDiff', () => {
  it('renders a Vietnamese report', () => {
    const text = formatFrameworkDiff({
      from: 'LC-2644-2022',
      to: 'LC-3019-2023',
      sets: [
        {
          id: 'XA',
          added: ['5.1', '5.2'],
          removed: ['2.3'],
          changed: [
            { code: '1.1', fields: ['name', 'maxPoints'] },
            { code: '1.5', fields: ['code'], previousCodes: ['1.2'] },
          ],
          movedPoints: [{ index: '5', from: 1000, to: 1500.5 }],
        },
        { id: 'HUYEN', added: [], removed: [], changed: [], movedPoints: [] },
        { id: 'MOI', added: ['1.1'], removed: [], changed: [], movedPoints: [], status: 'added' },
        { id: 'CU', added: [], removed: ['1.1'], changed: [], movedPoints: [], status: 'removed' },
      ],
    });
    expect(text).toBe(
      [
        'So sánh khung chỉ số LC-2644-2022 → LC-3019-2023',
        '',
        'Bộ chỉ số XA',
        '  Thêm mới (2): 5.1, 5.2',
        '  Bãi bỏ (1): 2.3',
        '  Sửa đổi (2):',
        '    - 1.1: tên, điểm tối đa',
        '    - 1.5 (thay cho 1.2): mã',
        '  Điểm tối đa của chỉ số chính:',
        '    - Chỉ số 5: 1.000 → 1.500,5 (+500,5)',
        '',
        'Bộ chỉ số HUYEN',
        '  Không thay đổi.',
        '',
        'Bộ chỉ số MOI: mới (1 chỉ số thành phần)',
        '  Chỉ số thành phần (1): 1.1',
        '',
        'Bộ chỉ số CU: bị bãi bỏ (1 chỉ số thành phần)',
        '  Chỉ số thành phần (1): 1.1',
        '',
      ].join('\n'),
    );
  });
});
