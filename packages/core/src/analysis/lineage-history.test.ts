import { describe, expect, it } from 'vitest';
import { lineageHistory, predecessorCodes, type LineageLink } from './lineage-history';

const fig = (code: string, percent: number) => ({ code, name: `Đơn vị ${code}`, percent });

// The real 2024 merger: Xã Tà Chải (02872) into Thị trấn Bắc Hà (02839), which kept its code.
const bacHa: LineageLink[] = [
  { kind: 'merged_into', from: '02872', to: '02839', effectiveDate: '2024-11-01' },
];

describe('lineageHistory', () => {
  it('derives the years before a merger from both predecessors, own figures after it', () => {
    const years = lineageHistory({
      unitCode: '02839',
      links: bacHa,
      years: [
        { year: 2023, figures: [fig('02839', 60), fig('02872', 41.25), fig('02842', 10)] },
        { year: 2022, figures: [fig('02839', 50), fig('02872', 40)] },
        { year: 2024, figures: [fig('02839', 70.5), fig('02872', 33)] },
      ],
    });
    expect(years.map((y) => [y.year, y.source, y.percent])).toEqual([
      [2022, 'predecessors', 45],
      [2023, 'predecessors', 50.63],
      [2024, 'own', 70.5],
    ]);
    expect(years[0]!.predecessors.map((p) => p.code)).toEqual(['02839', '02872']);
    expect(years[0]!.weights).toEqual({ '02839': 1, '02872': 1 });
    expect(years[0]!.label).toContain('suy ra từ đơn vị tiền thân');
    expect(years[2]!.predecessors).toEqual([]);
    expect(years[2]!.label).not.toContain('tiền thân');
  });

  it('uses the administrator weights when every predecessor has one, else equal weights with a note', () => {
    const years = [{ year: 2023, figures: [fig('02839', 60), fig('02872', 40)] }];
    const weighted = lineageHistory({
      unitCode: '02839',
      links: bacHa,
      years,
      weights: { '02839': 3, '02872': 1 },
    });
    expect(weighted[0]!.percent).toBe(55);
    expect(weighted[0]!.label).toContain('có trọng số');
    const partial = lineageHistory({ unitCode: '02839', links: bacHa, years, weights: { '02839': 3 } });
    expect(partial[0]!.percent).toBe(50);
    expect(partial[0]!.label).toContain('trọng số bằng nhau');
  });

  it('follows a merger of mergers transitively, flat over the earliest predecessors', () => {
    const links: LineageLink[] = [
      { kind: 'merged_into', from: 'A', to: 'C', effectiveDate: '2024-01-01' },
      { kind: 'merged_into', from: 'B', to: 'C', effectiveDate: '2024-01-01' },
      { kind: 'merged_into', from: 'C', to: 'E', effectiveDate: '2025-07-01' },
      { kind: 'merged_into', from: 'D', to: 'E', effectiveDate: '2025-07-01' },
    ];
    const years = lineageHistory({
      unitCode: 'E',
      links,
      years: [
        { year: 2023, figures: [fig('A', 10), fig('B', 20), fig('D', 60)] },
        { year: 2024, figures: [fig('C', 30), fig('D', 50)] },
        { year: 2025, figures: [fig('E', 80)] },
      ],
    });
    expect(years.map((y) => [y.year, y.source, y.predecessors.map((p) => p.code), y.percent])).toEqual([
      [2023, 'predecessors', ['A', 'B', 'D'], 30],
      [2024, 'predecessors', ['C', 'D'], 40],
      [2025, 'own', [], 80],
    ]);
    expect(predecessorCodes('E', links).sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('shows the parent of a split as the predecessor of each part', () => {
    const links: LineageLink[] = [
      { kind: 'split_from', from: 'P', to: 'X', effectiveDate: '2025-01-01' },
      { kind: 'split_from', from: 'P', to: 'Y', effectiveDate: '2025-01-01' },
    ];
    for (const part of ['X', 'Y']) {
      const [y2024, y2025] = lineageHistory({
        unitCode: part,
        links,
        years: [
          { year: 2024, figures: [fig('P', 62.5)] },
          { year: 2025, figures: [fig('X', 70), fig('Y', 55)] },
        ],
      });
      expect(y2024).toMatchObject({ source: 'predecessors', percent: 62.5, predecessors: [fig('P', 62.5)] });
      expect(y2025).toMatchObject({ source: 'own', percent: part === 'X' ? 70 : 55 });
    }
  });

  it('counts the history under the old code of a rename as the unit’s own', () => {
    const links: LineageLink[] = [{ kind: 'renamed', from: 'OLD', to: 'NEW', effectiveDate: '2025-03-01' }];
    const years = lineageHistory({
      unitCode: 'NEW',
      links,
      years: [
        { year: 2024, figures: [fig('OLD', 44)] },
        { year: 2025, figures: [fig('NEW', 48)] },
      ],
    });
    expect(years.map((y) => [y.year, y.source, y.percent, y.publishedCode])).toEqual([
      [2024, 'own', 44, 'OLD'],
      [2025, 'own', 48, undefined],
    ]);
  });

  it('says which predecessors have no figure and leaves years without any figure out', () => {
    const years = lineageHistory({
      unitCode: '02839',
      links: bacHa,
      validFrom: { '02839': '2020-03-01', '02872': '2020-03-01' },
      years: [
        { year: 2021, figures: [fig('99999', 1)] },
        { year: 2023, figures: [fig('02872', 40)] },
      ],
    });
    expect(years).toHaveLength(1);
    expect(years[0]).toMatchObject({ year: 2023, percent: 40, missing: ['02839'] });
    expect(years[0]!.label).toContain('Không có kết quả của 02839');
  });

  it('stops on a lineage cycle instead of looping', () => {
    const links: LineageLink[] = [
      { kind: 'merged_into', from: 'A', to: 'B', effectiveDate: '2025-01-01' },
      { kind: 'merged_into', from: 'B', to: 'A', effectiveDate: '2025-01-01' },
    ];
    const years = lineageHistory({ unitCode: 'A', links, years: [{ year: 2024, figures: [fig('B', 5)] }] });
    expect(years[0]).toMatchObject({ source: 'predecessors', percent: 5 });
  });
});
