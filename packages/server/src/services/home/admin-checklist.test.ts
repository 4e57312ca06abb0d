import { describe, expect, it } from 'vitest';
import type { AdminStep } from '@dti/contract';
import { buildAdminChecklist, nextStep, type AdminFacts } from './admin-checklist';

const options = { formatInstant: (d: Date) => `VN ${d.toISOString()}`, formatDate: (d: string) => `D ${d}` };
const now = new Date('2026-12-04T00:00:00Z');

function facts(extra: Partial<AdminFacts>): AdminFacts {
  return {
    year: 2026,
    state: 'open',
    frameworkId: 'LC-3019-2023',
    now,
    lastDeadline: new Date('2026-12-24T17:00:00Z'),
    sets: [
      { setId: 'XA', setName: 'Xã', units: 10, submitted: 4 },
      { setId: 'HUYEN', setName: 'Huyện', units: 2, submitted: 0 },
    ],
    reminders: 0,
    councilCovered: 0,
    reviewed: 0,
    reviewTotal: 0,
    requestsOpen: 0,
    pendingObjections: 0,
    objectionWindowUntil: null,
    decisionNumber: null,
    decisionDate: null,
    ...extra,
  };
}

const stateOf = (steps: AdminStep[]) => Object.fromEntries(steps.map((s) => [s.key, s.state]));
const stepOf = (steps: AdminStep[], key: string) => steps.find((s) => s.key === key)!;

describe('buildAdminChecklist', () => {
  it('a draft period: the framework is chosen, opening is next, each step links to its page', () => {
    const steps = buildAdminChecklist(facts({ state: 'draft', sets: [] }), options);
    expect(steps.map((s) => s.key)).toEqual([
      'framework',
      'open',
      'reminders',
      'submitted',
      'council',
      'review',
      'snapshot',
      'approval',
      'published',
    ]);
    expect(stateOf(steps)).toMatchObject({ framework: 'done', open: 'not_yet', published: 'not_yet' });
    expect(nextStep(steps)).toBe('open');
    expect(stepOf(steps, 'framework')).toMatchObject({
      detail: 'LC-3019-2023',
      link: '/frameworks/LC-3019-2023',
    });
    expect(stepOf(steps, 'council').link).toBe('/admin/periods?year=2026&tab=council');
    expect(stepOf(steps, 'review').link).toBe('/app/appraisal?year=2026');
  });

  it('an open period: units submitted of those in force, reminders sent, council partly assigned', () => {
    const steps = buildAdminChecklist(facts({ reminders: 7, councilCovered: 5 }), options);
    expect(stateOf(steps)).toMatchObject({
      open: 'done',
      reminders: 'in_progress',
      submitted: 'in_progress',
      council: 'in_progress',
      review: 'not_yet',
    });
    expect(stepOf(steps, 'submitted')).toMatchObject({ done: 4, total: 12, blockedBy: null });
    expect(stepOf(steps, 'council')).toMatchObject({ done: 5, total: 12 });
    expect(stepOf(steps, 'reminders').done).toBe(7);
    // reminders and submissions move by themselves: the administrator's next step is the council
    expect(nextStep(steps)).toBe('council');
    const none = buildAdminChecklist(facts({ reminders: 0, councilCovered: 12 }), options);
    expect(stepOf(none, 'reminders')).toMatchObject({ state: 'in_progress', done: 0 });
    expect(nextStep(none)).toBe('review');
  });

  it('past the last deadline with units missing, the submissions are blocked with why', () => {
    const steps = buildAdminChecklist(facts({ now: new Date('2026-12-26T00:00:00Z') }), options);
    expect(stepOf(steps, 'submitted')).toMatchObject({
      state: 'blocked',
      blockedBy: 'deadline_passed_units_missing',
    });
  });

  it('under review without any assignment: council and review blocked; with all items but the asked ones reviewed: waiting for answers', () => {
    const none = buildAdminChecklist(facts({ state: 'under_review', reviewTotal: 50 }), options);
    expect(stepOf(none, 'council')).toMatchObject({ state: 'blocked', blockedBy: 'no_council_assignment' });
    expect(stepOf(none, 'review')).toMatchObject({ state: 'blocked', blockedBy: 'no_council_assignment' });
    expect(stepOf(none, 'submitted').state).toBe('done');
    expect(nextStep(none)).toBe('council');

    const waiting = buildAdminChecklist(
      facts({ state: 'under_review', councilCovered: 12, reviewed: 48, reviewTotal: 50, requestsOpen: 2 }),
      options,
    );
    expect(stepOf(waiting, 'council').state).toBe('done');
    expect(stepOf(waiting, 'review')).toMatchObject({
      state: 'blocked',
      blockedBy: 'requests_unanswered',
      done: 48,
      total: 50,
    });

    const going = buildAdminChecklist(
      facts({ state: 'under_review', councilCovered: 12, reviewed: 20, reviewTotal: 50, requestsOpen: 2 }),
      options,
    );
    expect(stepOf(going, 'review')).toMatchObject({ state: 'in_progress', blockedBy: null });
    // the council is reviewing: the administrator's next step is the snapshot
    expect(nextStep(going)).toBe('snapshot');
  });

  it('ranked: the snapshot is done; approval blocked by pending objections, then by the open window', () => {
    const base = { state: 'ranked' as const, councilCovered: 12, reviewed: 50, reviewTotal: 50 };
    const pending = buildAdminChecklist(facts({ ...base, pendingObjections: 2 }), options);
    expect(stepOf(pending, 'snapshot')).toMatchObject({ state: 'done', link: '/app/results?year=2026' });
    expect(stepOf(pending, 'approval')).toMatchObject({
      state: 'blocked',
      blockedBy: 'objections_pending',
      link: '/app/objections?year=2026',
    });
    const until = new Date('2026-12-10T17:00:00Z');
    const window = buildAdminChecklist(facts({ ...base, objectionWindowUntil: until }), options);
    expect(stepOf(window, 'approval')).toMatchObject({
      state: 'blocked',
      blockedBy: 'objection_window_open',
      detail: `VN ${until.toISOString()}`,
    });
    const over = buildAdminChecklist(
      facts({ ...base, objectionWindowUntil: new Date('2026-12-01T00:00:00Z') }),
      options,
    );
    expect(stepOf(over, 'approval')).toMatchObject({ state: 'not_yet', blockedBy: null });
    expect(nextStep(over)).toBe('approval');
  });

  it('published: every step done, the decision shown, nothing next', () => {
    const steps = buildAdminChecklist(
      facts({ state: 'published', decisionNumber: '684/QĐ-UBND', decisionDate: '2027-04-03' }),
      options,
    );
    expect(steps.every((s) => s.state === 'done')).toBe(true);
    expect(stepOf(steps, 'approval').detail).toBe('684/QĐ-UBND — D 2027-04-03');
    expect(stepOf(steps, 'published').link).toBe('/app/results?year=2026');
    expect(nextStep(steps)).toBeNull();
  });
});
