/**
 * History across reorganisations (issue 12, §3): a unit's figure for each year, its own when the unit
 * existed in its present shape at the end of that year's data window (31/12), otherwise derived from
 * its predecessors — each predecessor's published percent and one comparable figure, their mean with
 * equal weights unless weights are given. Lineage is followed transitively (a merger of mergers, a
 * split of a merged unit); a rename is transparent (the old code's figures are the unit's own).
 * Published figures are read, never changed.
 */
import { roundHalfAwayFromZero } from '../scoring/round-decimal';

/** One lineage event, by unit codes: `from` merged into / split into (`to` split from) / renamed to `to`. */
export interface LineageLink {
  kind: 'merged_into' | 'split_from' | 'renamed';
  from: string;
  to: string;
  /** The first day of the new shape (ISO date). */
  effectiveDate: string;
}

/** A unit's published figure in a year. */
export interface UnitFigure {
  code: string;
  name: string;
  percent: number;
}

/** What `lineageHistory` needs. */
export interface LineageHistoryInput {
  unitCode: string;
  links: readonly LineageLink[];
  /** The years with results, each with the figures of the units scored that year (any units). */
  years: readonly { year: number; figures: readonly UnitFigure[] }[];
  /**
   * Code → first day of validity (ISO). A unit that absorbed others kept its code when it existed
   * before the event; without a date, having a figure that year is taken as existing.
   */
  validFrom?: Readonly<Record<string, string>> | undefined;
  /** Predecessor code → weight (positive); absent: equal weights. */
  weights?: Readonly<Record<string, number>> | undefined;
}

/** One year of the history. */
export interface LineageYear {
  year: number;
  /** `own`: the unit's own figure (or its old code's, through a rename); `predecessors`: derived. */
  source: 'own' | 'predecessors';
  /** The predecessors' figures (empty when `own`). */
  predecessors: UnitFigure[];
  /** The unit's percent, or the comparable figure derived from the predecessors (2 decimals). */
  percent: number | null;
  /** The code the own figure was published under (differs after a rename); absent when derived. */
  publishedCode?: string;
  /** Weights used for the comparable figure, by predecessor code; absent when `own`. */
  weights?: Record<string, number>;
  /** Predecessors without a figure that year (left out of the mean). */
  missing?: string[];
  /** Vietnamese label of how the figure was obtained. */
  label: string;
}

interface Resolved {
  code: string;
  /** Reached only through renames (or the unit itself). */
  own: boolean;
}

const endOf = (year: number) => `${year}-12-31`;

/**
 * The codes that stood for `code` at the end of `year`: itself when no lineage event into it took effect
 * after that day; otherwise, for each such event, what stood for its source then — plus itself when it
 * kept its code and absorbed others (it had a figure that year).
 */
function resolve(
  code: string,
  year: number,
  links: readonly LineageLink[],
  existed: (code: string) => boolean,
  seen: Set<string>,
  own: boolean,
): Resolved[] {
  if (seen.has(code)) return [];
  seen.add(code);
  const later = links.filter((l) => l.to === code && l.effectiveDate > endOf(year));
  if (later.length === 0) return [{ code, own }];
  const out: Resolved[] = [];
  const add = (r: Resolved) => {
    if (!out.some((o) => o.code === r.code)) out.push(r);
  };
  if (existed(code)) add({ code, own: false });
  const onlyRename = later.length === 1 && later[0]!.kind === 'renamed' && !existed(code);
  for (const link of later) {
    for (const r of resolve(link.from, year, links, existed, seen, own && onlyRename)) add(r);
  }
  return out;
}

function round2(x: number): number {
  return roundHalfAwayFromZero(x, 2);
}

/** The label of a derived year. */
function derivedLabel(year: number, codes: readonly string[], weighted: boolean): string {
  return (
    `Số liệu năm ${year} suy ra từ đơn vị tiền thân (${codes.join(', ')}): ` +
    (codes.length > 1
      ? weighted
        ? 'trung bình có trọng số do quản trị viên đặt của tỉ lệ phần trăm.'
        : 'trung bình cộng (trọng số bằng nhau) của tỉ lệ phần trăm.'
      : 'tỉ lệ phần trăm của đơn vị tiền thân.') +
    ' Không phải kết quả đã công bố của đơn vị.'
  );
}

/** The unit's figure for each year with results, own or derived from its predecessors. */
export function lineageHistory(input: LineageHistoryInput): LineageYear[] {
  const years = [...input.years].sort((a, b) => a.year - b.year);
  const out: LineageYear[] = [];
  for (const { year, figures } of years) {
    const byCode = new Map(figures.map((f) => [f.code, f]));
    const existed = (code: string) => {
      const from = input.validFrom?.[code];
      return from === undefined ? byCode.has(code) : from <= endOf(year);
    };
    const resolved = resolve(input.unitCode, year, input.links, existed, new Set(), true);
    if (resolved.length === 1 && resolved[0]!.own) {
      const figure = byCode.get(resolved[0]!.code);
      if (!figure) continue;
      out.push({
        year,
        source: 'own',
        predecessors: [],
        percent: figure.percent,
        ...(figure.code === input.unitCode ? {} : { publishedCode: figure.code }),
        label:
          figure.code === input.unitCode
            ? `Kết quả đã công bố của đơn vị năm ${year}.`
            : `Kết quả năm ${year} công bố dưới mã cũ ${figure.code} (đổi tên, đổi mã).`,
      });
      continue;
    }
    const present = resolved.flatMap((r) => {
      const f = byCode.get(r.code);
      return f ? [{ code: f.code, name: f.name, percent: f.percent }] : [];
    });
    if (present.length === 0) continue;
    const missing = resolved.filter((r) => !byCode.has(r.code)).map((r) => r.code);
    const given = input.weights;
    const weighted = given !== undefined && present.every((p) => (given[p.code] ?? 0) > 0);
    const weights = Object.fromEntries(present.map((p) => [p.code, weighted ? given[p.code]! : 1]));
    const sum = present.reduce((s, p) => s + weights[p.code]!, 0);
    const mean = present.reduce((s, p) => s + weights[p.code]! * p.percent, 0) / sum;
    let label = derivedLabel(
      year,
      present.map((p) => p.code),
      weighted,
    );
    if (given !== undefined && !weighted) {
      label += ' Trọng số đã đặt không đủ cho mọi đơn vị tiền thân năm này: dùng trọng số bằng nhau.';
    }
    if (missing.length > 0) label += ` Không có kết quả của ${missing.join(', ')} năm ${year}.`;
    out.push({
      year,
      source: 'predecessors',
      predecessors: present,
      percent: round2(mean),
      weights,
      ...(missing.length > 0 ? { missing } : {}),
      label,
    });
  }
  return out;
}

/** Every code that may stand for `unitCode` in some earlier year (its transitive predecessors). */
export function predecessorCodes(unitCode: string, links: readonly LineageLink[]): string[] {
  const out: string[] = [];
  const queue = [unitCode];
  const seen = new Set<string>(queue);
  while (queue.length > 0) {
    const code = queue.shift()!;
    for (const link of links.filter((l) => l.to === code)) {
      if (seen.has(link.from)) continue;
      seen.add(link.from);
      out.push(link.from);
      queue.push(link.from);
    }
  }
  return out;
}
