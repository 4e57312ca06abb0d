/**
 * Choosing which improvements to make (for `planImprovements`): the least total effort whose
 * re-scored total reaches the target. Exact 0/1 knapsack when efforts are integers; otherwise greedy
 * by gain per effort with a final prune.
 */
import type { InputValue } from '../scoring/values-types';

/** One possible improvement: plan slot, points after it, its exact effect on the total, its effort. */
export interface Candidate {
  slot: number;
  to: number;
  gain: number;
  effort: number;
  values: Record<string, InputValue> | undefined;
  /** Raised only as far as the target needs, below the most the method allows. */
  partial?: boolean;
}

/**
 * 0/1 knapsack over integer efforts: for each total effort the largest total gain; the least effort
 * whose best gain reaches the target (checked again by re-scoring) wins.
 */
export function chooseExact(
  candidates: readonly Candidate[],
  exact: number,
  reaches: (t: number) => boolean,
  rescore: (chosen: readonly Candidate[]) => number,
): Candidate[] | undefined {
  const n = candidates.length;
  const E = candidates.reduce((s, c) => s + c.effort, 0);
  const best = new Float64Array(E + 1).fill(-Infinity);
  best[0] = 0;
  const keep = new Uint8Array(n * (E + 1));
  candidates.forEach((c, i) => {
    for (let e = E; e >= c.effort; e--) {
      const with_ = best[e - c.effort]! + c.gain;
      if (with_ > best[e]!) {
        best[e] = with_;
        keep[i * (E + 1) + e] = 1;
      }
    }
  });
  for (let e = 0; e <= E; e++) {
    if (best[e] === -Infinity || !reaches(exact + best[e]!)) continue;
    const chosen: Candidate[] = [];
    let left = e;
    for (let i = n - 1; i >= 0; i--) {
      if (keep[i * (E + 1) + left] === 1) {
        chosen.push(candidates[i]!);
        left -= candidates[i]!.effort;
      }
    }
    if (reaches(rescore(chosen))) return chosen.reverse();
  }
  return chooseGreedy(candidates, reaches, rescore);
}

/** Greedy by gain per effort until the target is reached, then drop what is not needed (costliest first). */
export function chooseGreedy(
  candidates: readonly Candidate[],
  reaches: (t: number) => boolean,
  rescore: (chosen: readonly Candidate[]) => number,
): Candidate[] | undefined {
  const ordered = [...candidates].sort((a, b) => b.gain / b.effort - a.gain / a.effort || a.slot - b.slot);
  const chosen: Candidate[] = [];
  for (const c of ordered) {
    chosen.push(c);
    if (reaches(rescore(chosen))) break;
  }
  if (!reaches(rescore(chosen))) return undefined;
  for (const c of [...chosen].sort((a, b) => b.effort - a.effort || a.gain - b.gain)) {
    const without = chosen.filter((x) => x !== c);
    if (reaches(rescore(without))) chosen.splice(chosen.indexOf(c), 1);
  }
  return chosen.sort((a, b) => a.slot - b.slot);
}
