/** The level (mức độ) a unit reaches from its rounded percent. */
import type { Level } from '../framework/framework-types';

/**
 * Returns the first level whose `abovePercent` is strictly below `percent` (so exactly 75.00% is
 * not above 75), otherwise the last level. Levels are validated to be in descending order.
 */
export function classifyLevel(levels: readonly Level[], percent: number): Level {
  const found = levels.find((level) => level.abovePercent !== null && percent > level.abovePercent);
  const last = levels[levels.length - 1];
  if (found) return found;
  if (!last) throw new Error('A framework has at least one level.');
  return last;
}
