// The objections of a period as the reports list them (the decision annex, a unit's scorecard).
import type { Framework } from '@dti/core';
import type { Repositories } from '../../db/store';
import type { ReportObjection } from '../../reports';

/** Every objection of a period (or of one unit), in the order they were lodged, with sub-index names. */
export async function reportObjections(
  repos: Repositories,
  periodId: number,
  framework: Framework,
  unitId?: number,
): Promise<ReportObjection[]> {
  const names = new Map<string, string>();
  for (const set of framework.sets)
    for (const index of set.indices) for (const sub of index.subIndices) names.set(sub.code, sub.name);
  const rows = await repos.objections.listObjections(periodId, unitId);
  return rows.map((o) => ({
    unitCode: o.unitCode,
    unitName: o.unitName,
    subCode: o.subCode,
    subName: names.get(o.subCode) ?? o.subCode,
    reason: o.reason,
    councilPoints: o.councilPoints,
    status: o.status as ReportObjection['status'],
    answer: o.answer,
    pointsAfter: o.pointsAfter,
  }));
}
