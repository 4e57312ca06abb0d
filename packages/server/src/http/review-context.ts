// The framework and sub-index of an item, for presenting review answers.
import type { Framework, SubIndex } from '@dti/core';
import { systemActor } from './system-actor';
import type { Services } from '../services/services';
import { subIndicesOf } from '../services/cycle/cycle-scoring';

/** The framework and sub-index of one unit's item in a period. */
export async function loadUnitItemContext(
  services: Services,
  year: number,
  unitCode: string,
  subCode: string,
): Promise<{ framework: Framework; sub: SubIndex | undefined }> {
  const view = await services.assessment.getAssessment(systemActor, year, unitCode);
  return { framework: view.framework, sub: subIndicesOf(view.set).get(subCode) };
}
