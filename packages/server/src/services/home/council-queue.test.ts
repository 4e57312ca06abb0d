import { describe, expect, it } from 'vitest';
import { buildCouncilQueue, queueState, type CouncilQueueInput } from './council-queue';

// A small framework: communes have two main indices (1: 1.1, 1.2; 2: 2.1), districts one (9: 9.1).
const framework = {
  sets: [
    {
      id: 'XA',
      name: 'Bộ chỉ số cấp xã',
      unitKind: 'commune',
      indices: [
        { code: '1', subIndices: [{ code: '1.1' }, { code: '1.2' }] },
        { code: '2', subIndices: [{ code: '2.1' }] },
      ],
    },
    {
      id: 'HUYEN',
      name: 'Bộ chỉ số cấp huyện',
      unitKind: 'district',
      indices: [{ code: '9', subIndices: [{ code: '9.1' }] }],
    },
  ],
} as never;

const units = [
  { id: 1, code: 'X1', name: 'Xã Bản Vược', kind: 'commune' },
  { id: 2, code: 'X2', name: 'Xã Âu Lâu', kind: 'commune' },
  { id: 3, code: 'X3', name: 'Xã Cốc San', kind: 'commune' },
  { id: 4, code: 'H1', name: 'Huyện Bát Xát', kind: 'district' },
];
const now = new Date('2027-01-10T00:00:00Z');
const later = new Date('2027-01-15T00:00:00Z');
const earlier = new Date('2027-01-05T00:00:00Z');

function input(extra: Partial<CouncilQueueInput>): CouncilQueueInput {
  return {
    framework,
    units,
    assignments: [],
    ownUnitIds: new Set(),
    items: [],
    submittedUnitIds: new Set(),
    anomalies: [],
    now,
    ...extra,
  };
}

describe('buildCouncilQueue', () => {
  it('unfolds an index of a set into every unit of the set, leaves out the own agency, unit assignments take all items', () => {
    const rows = buildCouncilQueue(
      input({
        assignments: [
          { unitId: null, setId: 'XA', indexCode: '1' },
          { unitId: 4, setId: null, indexCode: null },
        ],
        ownUnitIds: new Set([3]),
      }),
    );
    expect(rows.map((r) => r.unitCode).sort()).toEqual(['H1', 'X1', 'X2']);
    const x1 = rows.find((r) => r.unitCode === 'X1');
    expect(x1).toMatchObject({ setId: 'XA', setName: 'Bộ chỉ số cấp xã', indexCodes: ['1'], toReview: 2 });
    expect(rows.find((r) => r.unitCode === 'H1')).toMatchObject({ indexCodes: null, toReview: 1 });
  });

  it('an index and the whole unit together: the whole unit, counted once', () => {
    const [row] = buildCouncilQueue(
      input({
        assignments: [
          { unitId: null, setId: 'XA', indexCode: '2' },
          { unitId: 1, setId: null, indexCode: null },
        ],
        units: units.filter((u) => u.id === 1),
      }),
    );
    expect(row).toMatchObject({ unitCode: 'X1', indexCodes: null, toReview: 3 });
  });

  it('states from the items: not started, in progress, asked (until the answer time runs out), done; needing action first', () => {
    const item = (
      unitId: number,
      subCode: string,
      reviewStatus: string | null,
      answerUntil: Date | null = null,
    ) => ({
      unitId,
      subCode,
      reviewStatus,
      answerUntil,
    });
    const rows = buildCouncilQueue(
      input({
        assignments: [
          { unitId: null, setId: 'XA', indexCode: '1' },
          { unitId: 4, setId: null, indexCode: null },
        ],
        items: [
          item(1, '1.1', 'accepted'),
          item(1, '1.2', 'adjusted'),
          item(1, '2.1', 'requested', later), // not in scope: index 2 is not assigned
          item(2, '1.1', 'requested', later),
          item(2, '1.2', 'accepted'),
          item(3, '1.1', 'requested', earlier), // answer time over: back with the council
          item(4, '9.1', null),
        ],
        submittedUnitIds: new Set([1, 2]),
        anomalies: [
          { unit: 'X2', subIndex: '1.1', severity: 'high' },
          { unit: 'X2', subIndex: '1.2', severity: 'low' },
          { unit: 'X2', severity: 'medium' }, // on the unit as a whole
          { unit: 'X2', subIndex: '2.1', severity: 'high' }, // index 2: not this member's
        ],
      }),
    );
    expect(rows.map((r) => [r.unitCode, r.state, r.reviewed, r.asked])).toEqual([
      ['X3', 'in_progress', 0, 0],
      ['H1', 'not_started', 0, 0],
      ['X2', 'asked', 1, 1],
      ['X1', 'done', 2, 0],
    ]);
    expect(rows.find((r) => r.unitCode === 'X2')).toMatchObject({
      anomalies: 3,
      highAnomalies: 1,
      submitted: true,
    });
    expect(rows.find((r) => r.unitCode === 'H1')).toMatchObject({ anomalies: 0, submitted: false });
  });

  it('orders units of the same state by their anomaly flags (high first), then their Vietnamese names', () => {
    const assignments = [{ unitId: null, setId: 'XA', indexCode: '1' }];
    const rows = buildCouncilQueue(input({ assignments }));
    expect(rows.map((r) => r.unitName)).toEqual(['Xã Âu Lâu', 'Xã Bản Vược', 'Xã Cốc San']);
    const flagged = buildCouncilQueue(
      input({
        assignments,
        anomalies: [
          ...['1.1', '1.2', '1.1'].map((subIndex) => ({ unit: 'X1', subIndex, severity: 'low' })),
          { unit: 'X3', subIndex: '1.2', severity: 'high' },
        ],
      }),
    );
    expect(flagged.map((r) => r.unitCode)).toEqual(['X3', 'X1', 'X2']);
  });
});

describe('queueState', () => {
  it('needs something to review before a unit is done', () => {
    expect(queueState({ toReview: 0, reviewed: 0, asked: 0, touched: 0 })).toBe('not_started');
    expect(queueState({ toReview: 2, reviewed: 2, asked: 0, touched: 2 })).toBe('done');
    expect(queueState({ toReview: 2, reviewed: 1, asked: 1, touched: 2 })).toBe('asked');
    expect(queueState({ toReview: 2, reviewed: 0, asked: 0, touched: 1 })).toBe('in_progress');
  });
});
