import type { Framework, Index, IndexSet, Method, SubIndex } from './framework-types';

/**
 * Fields of a sub-index that a diff compares, in report order. `code` means the sub-index continues
 * one of the replaced framework under another code (`replacesCodes`); `index` that it moved to another
 * main index.
 */
export type SubIndexDiffField =
  | 'code'
  | 'name'
  | 'maxPoints'
  | 'method'
  | 'inputs'
  | 'index'
  | 'tags'
  | 'description'
  | 'evidence'
  | 'source'
  | 'verifier';

/** One sub-index present on both sides whose compared fields differ. */
export interface ChangedSubIndex {
  /** Code in the newer framework (`to`). */
  code: string;
  fields: SubIndexDiffField[];
  /** Codes in the older framework (`from`) this sub-index continues; present only with field `code`. */
  previousCodes?: string[];
}

/** A main index whose maximum points changed (points moved between indices); 0 when absent on a side. */
export interface MovedPoints {
  index: string;
  from: number;
  to: number;
}

/** What changed in one index set, matched by set id. Code lists are sorted naturally (1.2 < 1.10). */
export interface SetDiff {
  id: string;
  /** Sub-index codes only in `to` (not successors of a `from` sub-index). */
  added: string[];
  /** Sub-index codes only in `from` (no `to` sub-index continues them). */
  removed: string[];
  changed: ChangedSubIndex[];
  movedPoints: MovedPoints[];
  /** Set only when the whole set appears (`added`) or disappears (`removed`). */
  status?: 'added' | 'removed';
}

/** The differences between two frameworks, e.g. 2644 → 3019, for crosswalks and "what's new". */
export interface FrameworkDiff {
  from: string;
  to: string;
  sets: SetDiff[];
}

const FIELD_ORDER: readonly SubIndexDiffField[] = [
  'code',
  'name',
  'maxPoints',
  'method',
  'inputs',
  'index',
  'tags',
  'description',
  'evidence',
  'source',
  'verifier',
];

/**
 * Compares two codes naturally: digit runs as numbers, the rest as text, so "1.2" < "1.10" < "2".
 * Deterministic (no locale), so reports read the same everywhere.
 */
export function compareCodes(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i += 1) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    if (i % 2 === 1) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
      return x.length - y.length; // "01" after "1"
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/**
 * Compares two frameworks set by set (sets matched by id): sub-indices added, removed and changed, and
 * main indices whose maximum points changed. A `to` sub-index whose `replacesCodes` names a `from`
 * code is that code's successor: neither added nor removed, reported as changed with field `code`
 * when its code differs. `replacesCodes` is honoured unless `to.replaces` names another framework than
 * `from`. A `from` code continued explicitly is not matched again by code: a split must list the old
 * code in every successor's `replacesCodes`. Method defaults (ratio target 1, …) count as equal to
 * their explicit value; tag order does not matter.
 */
export function diffFrameworks(from: Framework, to: Framework): FrameworkDiff {
  const useReplaces = to.replaces === undefined || to.replaces === from.id;
  const fromSets = new Map(from.sets.map((s) => [s.id, s]));
  const toIds = new Set(to.sets.map((s) => s.id));
  const sets: SetDiff[] = [];
  for (const toSet of to.sets) {
    const fromSet = fromSets.get(toSet.id);
    sets.push(fromSet ? diffSets(fromSet, toSet, useReplaces) : wholeSet(toSet, 'added'));
  }
  for (const fromSet of from.sets) {
    if (!toIds.has(fromSet.id)) sets.push(wholeSet(fromSet, 'removed'));
  }
  return { from: from.id, to: to.id, sets };
}

interface Located {
  sub: SubIndex;
  index: string;
}

function locateSubIndices(set: IndexSet): Map<string, Located> {
  const map = new Map<string, Located>();
  for (const index of set.indices) {
    for (const sub of index.subIndices) {
      if (!map.has(sub.code)) map.set(sub.code, { sub, index: index.code });
    }
  }
  return map;
}

function wholeSet(set: IndexSet, status: 'added' | 'removed'): SetDiff {
  const codes = [...locateSubIndices(set).keys()].sort(compareCodes);
  const movedPoints = [...set.indices]
    .filter((index) => index.maxPoints !== 0)
    .sort((a, b) => compareCodes(a.code, b.code))
    .map((index) =>
      status === 'added'
        ? { index: index.code, from: 0, to: index.maxPoints }
        : { index: index.code, from: index.maxPoints, to: 0 },
    );
  return {
    id: set.id,
    added: status === 'added' ? codes : [],
    removed: status === 'removed' ? codes : [],
    changed: [],
    movedPoints,
    status,
  };
}

function diffSets(fromSet: IndexSet, toSet: IndexSet, useReplaces: boolean): SetDiff {
  const before = locateSubIndices(fromSet);
  const after = locateSubIndices(toSet);

  // Predecessors of each `to` sub-index: explicit successions first, then same code.
  const predecessors = new Map<string, string[]>();
  const continued = new Set<string>();
  if (useReplaces) {
    for (const [code, { sub }] of after) {
      const previous = (sub.replacesCodes ?? []).filter((c) => before.has(c));
      if (previous.length > 0) {
        predecessors.set(code, previous);
        for (const c of previous) continued.add(c);
      }
    }
  }
  for (const code of after.keys()) {
    if (!predecessors.has(code) && before.has(code) && !continued.has(code)) {
      predecessors.set(code, [code]);
      continued.add(code);
    }
  }

  const added: string[] = [];
  const changed: ChangedSubIndex[] = [];
  for (const [code, now] of after) {
    const previous = predecessors.get(code);
    const first = previous?.[0];
    const then = first === undefined ? undefined : before.get(first);
    if (!previous || !then) {
      added.push(code);
      continue;
    }
    const fields = compareSubIndices(then, now);
    const renamed = previous.length > 1 || first !== code;
    if (renamed) fields.unshift('code');
    if (fields.length > 0) {
      changed.push(
        renamed ? { code, fields, previousCodes: [...previous].sort(compareCodes) } : { code, fields },
      );
    }
  }
  const removed = [...before.keys()].filter((c) => !continued.has(c));

  return {
    id: toSet.id,
    added: added.sort(compareCodes),
    removed: removed.sort(compareCodes),
    changed: changed.sort((a, b) => compareCodes(a.code, b.code)),
    movedPoints: diffIndexPoints(fromSet.indices, toSet.indices),
  };
}

function diffIndexPoints(before: Index[], after: Index[]): MovedPoints[] {
  const points = new Map<string, { from: number; to: number }>();
  for (const index of before) points.set(index.code, { from: index.maxPoints, to: 0 });
  for (const index of after) {
    const entry = points.get(index.code);
    if (entry) entry.to = index.maxPoints;
    else points.set(index.code, { from: 0, to: index.maxPoints });
  }
  return [...points]
    .filter(([, p]) => p.from !== p.to)
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([index, p]) => ({ index, from: p.from, to: p.to }));
}

function compareSubIndices(then: Located, now: Located): SubIndexDiffField[] {
  const a = then.sub;
  const b = now.sub;
  const differs: Record<Exclude<SubIndexDiffField, 'code'>, boolean> = {
    name: a.name !== b.name,
    maxPoints: a.maxPoints !== b.maxPoints,
    method: !deepEqual(normaliseMethod(a.method), normaliseMethod(b.method)),
    inputs: !deepEqual(a.inputs, b.inputs),
    index: then.index !== now.index,
    tags: !deepEqual([...(a.tags ?? [])].sort(), [...(b.tags ?? [])].sort()),
    description: (a.description ?? '') !== (b.description ?? ''),
    evidence: (a.evidence ?? '') !== (b.evidence ?? ''),
    source: (a.source ?? '') !== (b.source ?? ''),
    verifier: (a.verifier ?? '') !== (b.verifier ?? ''),
  };
  return FIELD_ORDER.filter((f): f is Exclude<SubIndexDiffField, 'code'> => f !== 'code' && differs[f]);
}

/** Spells out the spec's defaults so `{target: 1}` and no target compare equal. */
function normaliseMethod(method: Method): Method {
  switch (method.type) {
    case 'ratio':
      return {
        ...method,
        target: method.target ?? 1,
        whenZeroDenominator: method.whenZeroDenominator ?? 'exclude',
        allowAboveOne: method.allowAboveOne ?? false,
      };
    case 'percent':
      return { ...method, target: method.target ?? 100 };
    case 'boolean':
    case 'steps':
    case 'choice':
    case 'parts':
    case 'count':
    case 'relative':
    case 'manual':
    case 'none':
      return method;
  }
}

/** Structural equality of JSON-like values; object key order and absent-vs-undefined do not matter. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) {
    if (!deepEqual(ra[key], rb[key])) return false;
  }
  return true;
}

const FIELD_LABELS: Record<SubIndexDiffField, string> = {
  code: 'mã',
  name: 'tên',
  maxPoints: 'điểm tối đa',
  method: 'cách tính điểm',
  inputs: 'dữ liệu đầu vào',
  index: 'chuyển sang chỉ số chính khác',
  tags: 'nhãn',
  description: 'cách xác định',
  evidence: 'tài liệu kiểm chứng',
  source: 'nguồn thu thập dữ liệu',
  verifier: 'đơn vị phối hợp xác minh',
};

/**
 * Renders a diff as a plain-text Vietnamese report (one section per set), for the command line and
 * for change notes. Numbers use Vietnamese notation (1.000,5).
 */
export function formatFrameworkDiff(diff: FrameworkDiff): string {
  const lines = [`So sánh khung chỉ số ${diff.from} → ${diff.to}`];
  if (diff.sets.length === 0) lines.push('', 'Không có bộ chỉ số nào.');
  for (const set of diff.sets) {
    lines.push('');
    if (set.status === 'added') {
      lines.push(`Bộ chỉ số ${set.id}: mới (${set.added.length} chỉ số thành phần)`);
      lines.push(...listCodes('Chỉ số thành phần', set.added));
      lines.push(...listPoints(set));
      continue;
    }
    if (set.status === 'removed') {
      lines.push(`Bộ chỉ số ${set.id}: bị bãi bỏ (${set.removed.length} chỉ số thành phần)`);
      lines.push(...listCodes('Chỉ số thành phần', set.removed));
      continue;
    }
    lines.push(`Bộ chỉ số ${set.id}`);
    const empty = set.added.length + set.removed.length + set.changed.length + set.movedPoints.length === 0;
    if (empty) {
      lines.push('  Không thay đổi.');
      continue;
    }
    lines.push(...listCodes('Thêm mới', set.added));
    lines.push(...listCodes('Bãi bỏ', set.removed));
    if (set.changed.length > 0) {
      lines.push(`  Sửa đổi (${set.changed.length}):`);
      for (const change of set.changed) {
        const previous = change.previousCodes ? ` (thay cho ${change.previousCodes.join(', ')})` : '';
        const fields = change.fields.map((f) => FIELD_LABELS[f]).join(', ');
        lines.push(`    - ${change.code}${previous}: ${fields}`);
      }
    }
    lines.push(...listPoints(set));
  }
  return `${lines.join('\n')}\n`;
}

function listCodes(label: string, codes: string[]): string[] {
  return codes.length === 0 ? [] : [`  ${label} (${codes.length}): ${codes.join(', ')}`];
}

function listPoints(set: SetDiff): string[] {
  if (set.movedPoints.length === 0) return [];
  const lines = ['  Điểm tối đa của chỉ số chính:'];
  for (const p of set.movedPoints) {
    const delta = p.to - p.from;
    const sign = delta > 0 ? '+' : '−';
    lines.push(
      `    - Chỉ số ${p.index}: ${formatNumberVi(p.from)} → ${formatNumberVi(p.to)} (${sign}${formatNumberVi(Math.abs(delta))})`,
    );
  }
  return lines;
}

/** 1000.5 → "1.000,5": dot thousands, comma decimals, at most 2 decimals, no trailing zeros. */
function formatNumberVi(value: number): string {
  const [whole = '0', fraction] = (Math.round(Math.abs(value) * 100) / 100).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}
