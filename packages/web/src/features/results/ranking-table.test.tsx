// @vitest-environment jsdom
import '../../test/setup-dom';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { SetRankIntervals, SetResults, UnitResult } from '@dti/contract';
import { renderWithProviders } from '../../test/render';
import { RankingTable } from './ranking-table';

const unit = (code: string, name: string, rank: number, total: number): UnitResult => ({
  code,
  name,
  group: 'H1',
  total,
  totalExact: total,
  percent: total,
  level: 'NANG_CAO',
  rank,
  groupRank: rank,
  indices: {},
  pillars: {},
  subIndices: {},
});
const results: SetResults = {
  framework: 'F',
  provenance: 'reconstructed',
  set: 'XA',
  maxPoints: 100,
  units: [unit('A', 'Xã An', 1, 80), unit('B', 'Xã Bình', 2, 79), unit('C', 'Xã Cốc', 3, 20)],
};
const interval = (
  code: string,
  name: string,
  rank: number,
  low: number,
  high: number,
  tiedWith: string[],
) => ({
  code,
  name,
  nominalRank: rank,
  medianRank: rank,
  lowRank: low,
  highRank: high,
  tieGroup: 1,
  tiedWith,
  message: '',
});
const intervals: SetRankIntervals = {
  framework: 'F',
  setId: 'XA',
  runs: 1000,
  seed: 2023,
  adjustmentBand: 0.05,
  weightBand: 0.1,
  units: [
    interval('A', 'Xã An', 1, 1, 2, ['B']),
    interval('B', 'Xã Bình', 2, 1, 2, ['A']),
    interval('C', 'Xã Cốc', 3, 3, 3, []),
  ],
  note: '',
};

describe('RankingTable', () => {
  it('shows each rank with its 90 % interval and marks statistical ties', () => {
    renderWithProviders(
      <RankingTable
        results={results}
        group={null}
        year={2023}
        onSelect={() => undefined}
        selected={null}
        intervals={intervals}
      />,
    );
    const row = (code: string) => document.querySelector(`[data-unit="${code}"]`)!;
    expect(row('A').textContent).toContain('1 (1–2)');
    expect(row('C').textContent).toContain('3 (3)');
    expect(row('A').querySelector('[aria-label="Ngang hạng về thống kê"]')).not.toBeNull();
    expect(row('C').querySelector('[aria-label="Ngang hạng về thống kê"]')).toBeNull();
    expect(screen.getByText(/khoảng hạng 90%/)).toBeTruthy();
  });

  it('shows plain ranks without intervals', () => {
    renderWithProviders(
      <RankingTable results={results} group={null} year={2023} onSelect={() => undefined} selected={null} />,
    );
    expect(document.querySelector('[data-unit="A"]')!.textContent).not.toContain('(');
  });
});
