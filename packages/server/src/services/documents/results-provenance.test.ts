// The JSON and public CSV of results carry the framework's provenance: a notice on a reconstruction,
// none once the framework is official (issue 16 item 1).
import type { Framework, Provenance, SetResults } from '@dti/core';
import { describe, expect, it } from 'vitest';
import { resultsToCsv } from '../cycle/results.service';
import { resultsJson, type YearResults } from './documents.service';

function yearResults(provenance: Provenance): YearResults {
  const set: SetResults = {
    framework: 'LC-X',
    provenance,
    set: 'XA',
    maxPoints: 100,
    units: [
      {
        code: '02713',
        name: 'Xã Sàng Ma Sáo',
        total: 60,
        totalExact: 60,
        percent: 60,
        level: 'NANG_CAO',
        rank: 1,
        indices: {},
        pillars: {},
        subIndices: {},
      },
    ],
  };
  return {
    period: { year: 2023, state: 'published', decisionNumber: null, decisionDate: null },
    framework: { id: 'LC-X', provenance } as Framework,
    source: 'snapshot',
    computedAt: '2024-01-01T00:00:00.000Z',
    sets: [set],
    inputs: {},
  } as unknown as YearResults;
}

describe('results exports and provenance', () => {
  it('JSON: provenance always, the Vietnamese notice only for a reconstructed framework', () => {
    const reconstructed = resultsJson(yearResults('reconstructed'));
    expect(reconstructed.provenance).toBe('reconstructed');
    expect(reconstructed.provenanceNotice).toMatch(/tái dựng/);
    const official = resultsJson(yearResults('official'));
    expect(official.provenance).toBe('official');
    expect('provenanceNotice' in official).toBe(false);
  });

  it('public CSV: a last provenance column on every row, the file still one table', () => {
    const lines = (set: Provenance) =>
      resultsToCsv(yearResults(set).sets)
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\n');
    const [header, row] = lines('reconstructed');
    expect(header!.split(',').at(-1)).toBe('provenance');
    expect(row!.split(',')).toHaveLength(header!.split(',').length);
    expect(row!.split(',').at(-1)).toBe('reconstructed');
    expect(lines('official')[1]!.split(',').at(-1)).toBe('official');
  });
});
