/**
 * Group ranks in the rank simulation (issue 8, §3): results rank units across their set and also
 * within their group (the communes of one district…). Each run ranks the members of every group on
 * the same rounded totals, with the same competition rule as `scoreSet`; the summary gives each
 * grouped unit its median group rank, the 90 % interval (5th to 95th percentile) and the members of
 * its group whose interval overlaps its own.
 */

/** Members of each group laid out consecutively: group g is `members[starts[g]]…members[starts[g + 1] - 1]`. */
export interface GroupLayout {
  members: Int32Array;
  starts: Int32Array;
}

/** How robust a unit's rank within its group is. */
export interface GroupRankRobustness {
  /** The group's code (e.g. the district of a commune). */
  code: string;
  /** Units in the group. */
  size: number;
  /** The published group rank (no variation). */
  nominalRank: number;
  medianRank: number;
  /** 5th percentile of the simulated group ranks (the best plausible). */
  lowRank: number;
  /** 95th percentile of the simulated group ranks (the worst plausible). */
  highRank: number;
  /** Codes of the group's units whose group interval overlaps this unit's, by unit order of the set. */
  tiedWith: string[];
}

/**
 * Numbers the distinct group codes (in order of first appearance) and lays out their members.
 * `groupOf[u]` is the group number of unit u, or −1 without a group.
 */
export function layoutGroups(groups: readonly (string | undefined)[]): {
  groupCodes: string[];
  groupOf: Int32Array;
  layout: GroupLayout;
} {
  const groupCodes: string[] = [];
  const number = new Map<string, number>();
  const groupOf = new Int32Array(groups.length).fill(-1);
  groups.forEach((code, u) => {
    if (code === undefined) return;
    let g = number.get(code);
    if (g === undefined) {
      g = groupCodes.length;
      groupCodes.push(code);
      number.set(code, g);
    }
    groupOf[u] = g;
  });
  return { groupCodes, groupOf, layout: layoutOf(groupOf, groupCodes.length) };
}

/** The member layout of `groupOf` with `count` groups. */
export function layoutOf(groupOf: Int32Array, count: number): GroupLayout {
  const starts = new Int32Array(count + 1);
  for (let u = 0; u < groupOf.length; u++) if (groupOf[u]! >= 0) starts[groupOf[u]! + 1]!++;
  for (let g = 0; g < count; g++) starts[g + 1]! += starts[g]!;
  const members = new Int32Array(starts[count]!);
  const fill = starts.slice(0, count);
  for (let u = 0; u < groupOf.length; u++) {
    const g = groupOf[u]!;
    if (g >= 0) members[fill[g]!++] = u;
  }
  return { members, starts };
}

/**
 * Competition ranks within each group (1 + members with a strictly higher total) into
 * `out[offset + u]`; units without a group get 0. `scratch` holds at least the largest group.
 */
export function rankWithinGroupsInto(
  totals: Float64Array,
  layout: GroupLayout,
  out: Int32Array,
  offset: number,
  scratch: Float64Array,
): void {
  const { members, starts } = layout;
  for (let g = 0; g + 1 < starts.length; g++) {
    const from = starts[g]!;
    const n = starts[g + 1]! - from;
    const sorted = scratch.subarray(0, n);
    for (let i = 0; i < n; i++) sorted[i] = totals[members[from + i]!]!;
    sorted.sort();
    for (let i = 0; i < n; i++) {
      const u = members[from + i]!;
      const t = totals[u]!;
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]! <= t) lo = mid + 1;
        else hi = mid;
      }
      out[offset + u] = n - lo + 1;
    }
  }
}

/** Size of the largest group of a layout. */
export function largestGroup(layout: GroupLayout): number {
  let most = 0;
  for (let g = 0; g + 1 < layout.starts.length; g++)
    most = Math.max(most, layout.starts[g + 1]! - layout.starts[g]!);
  return most;
}

/**
 * Per grouped unit: nominal, median, 5th and 95th percentile group ranks from `samples(u)` (the
 * simulated group ranks of unit u, sorted ascending; empty without runs), and the members of its
 * group with overlapping intervals. `order` lists units in the set's display order (for `tiedWith`).
 */
export function summarizeGroupRanks(
  codes: readonly string[],
  groupCodes: readonly string[],
  groupOf: Int32Array,
  nominal: Int32Array,
  order: readonly number[],
  samples: (u: number) => Int32Array,
): (GroupRankRobustness | undefined)[] {
  const U = codes.length;
  const low = new Int32Array(U);
  const median = new Int32Array(U);
  const high = new Int32Array(U);
  const size = new Int32Array(groupCodes.length);
  for (let u = 0; u < U; u++) {
    const g = groupOf[u]!;
    if (g < 0) continue;
    size[g]!++;
    const sorted = samples(u);
    if (sorted.length === 0) {
      low[u] = median[u] = high[u] = nominal[u]!;
      continue;
    }
    low[u] = quantileOf(sorted, 0.05);
    median[u] = quantileOf(sorted, 0.5);
    high[u] = quantileOf(sorted, 0.95);
  }
  const out: (GroupRankRobustness | undefined)[] = new Array<GroupRankRobustness | undefined>(U);
  const membersInOrder: number[][] = groupCodes.map(() => []);
  for (const v of order) if (groupOf[v]! >= 0) membersInOrder[groupOf[v]!]!.push(v);
  for (let u = 0; u < U; u++) {
    const g = groupOf[u]!;
    if (g < 0) continue;
    const tiedWith: string[] = [];
    for (const v of membersInOrder[g]!) {
      if (v === u) continue;
      if (low[v]! <= high[u]! && low[u]! <= high[v]!) tiedWith.push(codes[v]!);
    }
    out[u] = {
      code: groupCodes[g]!,
      size: size[g]!,
      nominalRank: nominal[u]!,
      medianRank: median[u]!,
      lowRank: low[u]!,
      highRank: high[u]!,
      tiedWith,
    };
  }
  return out;
}

/** Nearest-rank quantile of sorted samples: the ⌈q·n⌉-th smallest. */
export function quantileOf(sorted: Int32Array, q: number): number {
  const k = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(sorted.length, k) - 1]!;
}
