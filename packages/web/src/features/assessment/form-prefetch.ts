// The officer's form's reads, started by app.tsx's preloadFor as soon as the session answers, one
// after the other as each answer arrives (unit and periods → assessment → the set's slice of the
// framework), instead of after the page's code has loaded and rendered, then after each earlier
// answer's render. On a slow connection that is several round trips earlier. The page reads the same
// addresses and takes these answers (api/client.ts `prefetchApi`, once each); any failure here is
// left for the page's own read to report.
import type { Assessment, Period, SessionInfo, UnitDetail } from '@dti/contract';
import { assessmentAddress } from '../../api/assessments';
import { prefetchApi } from '../../api/client';
import { periodsAddress } from '../../api/periods';
import { unitAddress } from '../../api/units';
import { defaultAssessmentYear } from './default-year';
import { loadFrameworkSet } from './framework-model';

/** Starts the form's reads for a unit's officer or head once `session` answers; `search` is the address's query. */
export async function prefetchAssessmentForm(
  session: Promise<SessionInfo | null>,
  search: string,
): Promise<void> {
  try {
    const user = (await session)?.user;
    if (!user || user.unitId === null || (user.role !== 'unit_officer' && user.role !== 'unit_head')) return;
    const [unit, periods] = await Promise.all([
      prefetchApi<UnitDetail>(unitAddress(user.unitId)),
      prefetchApi<Period[]>(periodsAddress),
    ]);
    const year = defaultAssessmentYear(periods, Number(new URLSearchParams(search).get('year')));
    if (year === null) return;
    const assessment = await prefetchApi<Assessment>(assessmentAddress(year, unit.code));
    await loadFrameworkSet(assessment.frameworkId, assessment.setId);
  } catch {
    // the page reads again and shows the error
  }
}
