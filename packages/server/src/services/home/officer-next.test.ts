// The officer's next things, pure: council questions first, then missing and unevidenced items by
// points at stake; nothing to enter once the unit may no longer write.
import { describe, expect, it } from 'vitest';
import type { IndexSet, SubIndex } from '@dti/core';
import { NEXT_SHOWN, officerNext, type OfficerItem } from './officer-next';

const yesNo = (code: string, maxPoints: number, evidence = 'Quyết định'): SubIndex => ({
  code,
  name: `Chỉ số ${code}`,
  maxPoints,
  evidence,
  inputs: [{ key: 'v', label: 'Có?', type: 'boolean' }],
  method: { type: 'boolean', input: 'v' },
});

const set = (subs: SubIndex[]): Pick<IndexSet, 'indices'> => ({
  indices: [{ code: '1', name: 'Nhận thức số', maxPoints: 100, subIndices: subs }],
});
const item = (subCode: string, v: boolean, extra: Partial<OfficerItem> = {}): OfficerItem => ({
  subCode,
  values: { v },
  reviewStatus: null,
  answerUntil: null,
  ...extra,
});
const now = new Date('2024-11-01T00:00:00Z');

describe('officerNext', () => {
  it('counts progress and orders council questions first, then points at stake', () => {
    const subs = [yesNo('1.1', 4), yesNo('1.2', 10), yesNo('1.3', 6), yesNo('1.4', 8), yesNo('1.5', 2, '')];
    const out = officerNext({
      set: set(subs),
      items: [
        item('1.1', true, { reviewStatus: 'requested', answerUntil: new Date('2024-11-05T00:00:00Z') }),
        item('1.3', true), // 6 points claimed, no evidence
        item('1.4', true), // evidence attached
        item('1.5', true), // no evidence asked for
      ],
      evidenceCounts: new Map([['1.4', 2]]),
      canWrite: true,
      now,
    });
    expect(out.progress).toEqual({
      itemsTotal: 5,
      itemsEntered: 4,
      evidenceRequired: 3,
      evidenceAttached: 1,
      reviewRequested: 1,
      reviewAnswered: 0,
    });
    expect(out.next.map((n) => [n.kind, n.subCode, n.points])).toEqual([
      ['answer', '1.1', 4],
      ['missing', '1.2', 10],
      ['evidence', '1.3', 6],
    ]);
    expect(out.next[0]?.answerUntil).toBe('2024-11-05T00:00:00.000Z');
    expect(out.next[1]).toMatchObject({ indexCode: '1', indexName: 'Nhận thức số', name: 'Chỉ số 1.2' });
    expect(out.nextMore).toBe(0);
  });

  it('lists nothing to enter once writing is closed, and no question whose answer window ended', () => {
    const out = officerNext({
      set: set([yesNo('1.1', 4), yesNo('1.2', 10), yesNo('1.3', 6)]),
      items: [
        item('1.1', true, { reviewStatus: 'requested', answerUntil: new Date('2024-10-01T00:00:00Z') }),
        item('1.3', true, { reviewStatus: 'answered' }),
      ],
      evidenceCounts: new Map(),
      canWrite: false,
      now,
    });
    expect(out.next).toEqual([]);
    expect(out.progress).toMatchObject({ itemsEntered: 2, reviewRequested: 1, reviewAnswered: 1 });
  });

  it('shows at most ten and says how many more; a false yes/no claims 0 points and needs no evidence', () => {
    const subs = Array.from({ length: 14 }, (_, i) => yesNo(`1.${i + 1}`, i + 1));
    const out = officerNext({
      set: set(subs),
      items: [item('1.14', false)],
      evidenceCounts: new Map(),
      canWrite: true,
      now,
    });
    expect(out.next).toHaveLength(NEXT_SHOWN);
    expect(out.nextMore).toBe(13 - NEXT_SHOWN);
    expect(out.next.map((n) => n.points)).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4]);
    expect(out.next.every((n) => n.kind === 'missing')).toBe(true);
    expect(out.progress).toMatchObject({ itemsEntered: 1, evidenceRequired: 1, evidenceAttached: 0 });
  });
});
