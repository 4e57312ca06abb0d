/** Validate and score in one step, as the command line and the API do. */
import type { Problem } from '../errors/problem';
import type { Framework } from '../framework/framework-types';
import { scoreSet } from './score-set';
import { validateValues } from './validate-values';
import type { SetResults } from './values-types';

/** Results of a values file, or every problem that rejects it (nothing is scored then). */
export type ScoreOutcome = { ok: true; results: SetResults } | { ok: false; problems: Problem[] };

/** Validates a parsed values file against a framework and, when valid, scores and ranks it. */
export function scoreValues(framework: Framework, raw: unknown): ScoreOutcome {
  const validation = validateValues(framework, raw);
  if (!validation.ok) return validation;
  const { set, units } = validation.input;
  return { ok: true, results: scoreSet(framework, set, units) };
}
