// Which period the officer's form opens on: the year asked in the address (`?year=`), else the
// open period, else the newest. Shared by the page and the form's early reads (form-prefetch.ts),
// which must ask for the same assessment.
import type { Period } from '@dti/contract';

/** The year the form opens on, or null when there is no period. `asked` is 0/NaN when none was asked. */
export function defaultAssessmentYear(
  periods: readonly Pick<Period, 'year' | 'state'>[],
  asked: number,
): number | null {
  return (
    periods.find((p) => p.year === asked)?.year ??
    periods.find((p) => p.state === 'open')?.year ??
    periods[0]?.year ??
    null
  );
}
