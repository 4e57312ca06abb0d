// The officer's form's reads, started by app.tsx's preloadFor at once, in parallel with the session,
// as one combined read (`GET /api/home/officer/form`: unit, periods, the opened year's assessment and
// its framework set) instead of four reads one after the other, each waiting for the page's code and
// for the previous answer's render. On a slow connection that is several round trips earlier.
// Each part is given to the page's own read of its address (api/client.ts `provideApi`, once each);
// when the combined read fails, or has no assessment, the page's reads ask their addresses themselves
// and show whatever those answer.
import type { SessionInfo } from '@dti/contract';
import { assessmentAddress } from '../../api/assessments';
import { mayHaveSession, provideApi } from '../../api/client';
import { frameworkAddress } from '../../api/frameworks';
import { getOfficerFormStart } from '../../api/home-officer';
import { periodsAddress } from '../../api/periods';
import { unitAddress } from '../../api/units';

/** Starts the form's first read when a session may exist; `search` is the address's query. */
export async function prefetchAssessmentForm(
  session: Promise<SessionInfo | null>,
  search: string,
): Promise<void> {
  if (!mayHaveSession()) return;
  const start = getOfficerFormStart(search);
  // The assessment and the framework are read after the unit and the periods have answered: given
  // as soon as the combined read answers, they are in place before the page asks.
  const primed = start.then((s) => {
    if (s.year !== null && s.assessment && s.framework) {
      provideApi(assessmentAddress(s.year, s.unit.code), Promise.resolve(s.assessment));
      provideApi(frameworkAddress(s.assessment.frameworkId), Promise.resolve(s.framework), {
        set: s.assessment.setId,
      });
    }
    return s;
  });
  // Another role, or no session after all: the combined read fails and each of these reads asks
  // its own address (provideApi).
  provideApi(
    periodsAddress,
    primed.then((s) => s.periods),
  );
  // The unit's address names its id, known once the session answers (the combined read's unit is
  // the session's own).
  const unitId = (await session)?.user.unitId ?? null;
  if (unitId !== null) {
    provideApi(
      unitAddress(unitId),
      primed.then((s) => s.unit),
    );
  }
}
