// Every use case of the server, built over one store. main.ts builds it; HTTP and CLI call it.
import type { Store } from '../db/store';
import { createAuditService } from './shared/audit.service';
import { createFrameworksService } from './registry/frameworks.service';
import { createSessionsService, type SessionSettings } from './accounts/sessions.service';
import { createReorganisationService } from './registry/reorganisation.service';
import { createUnitImportService } from './registry/unit-import.service';
import { createUnitsService } from './registry/units.service';
import { createUsersService } from './accounts/users.service';
import { createAssessmentService } from './cycle/assessment.service';
import { clockOf, systemClock } from './shared/clock';
import { createCompletenessService } from './cycle/completeness.service';
import { createFrameworkCache } from './cycle/cycle-context';
import { createEvidenceService } from './cycle/evidence.service';
import { createNotificationsService } from './notifications/notifications.service';
import { disabledMailer } from './notifications/mailer';
import { createNotifyJob, type NotifyJob, type NotifyJobSettings } from './notifications/notifications-job';
import { createPeriodsService } from './cycle/periods.service';
import { createResultsService } from './cycle/results.service';
import { createReviewService } from './cycle/review.service';
import { createObjectionsService } from './cycle/objections.service';
import { createAnalysisService } from './analysis/analysis.service';
import { createRobustnessPool, type RobustnessPool } from './analysis/robustness-pool';
import { createDocumentsService } from './documents/documents.service';
import { createEffortWeightsService } from './analysis/effort-weights.service';
import { createLineageWeightsService } from './analysis/lineage-weights.service';
import { createMapBoundariesService } from './registry/map-boundaries.service';
import { createHomeService } from './home/home.service';
import { createOfficerHomeService } from './home/officer-home.service';
import { createCouncilAdminHomeService } from './home/council-admin-home.service';

/** The use cases, grouped by resource. */
export interface Services {
  sessions: ReturnType<typeof createSessionsService>;
  users: ReturnType<typeof createUsersService>;
  units: ReturnType<typeof createUnitsService>;
  unitImport: ReturnType<typeof createUnitImportService>;
  reorganisation: ReturnType<typeof createReorganisationService>;
  frameworks: ReturnType<typeof createFrameworksService>;
  audit: ReturnType<typeof createAuditService>;
  periods: ReturnType<typeof createPeriodsService>;
  assessment: ReturnType<typeof createAssessmentService>;
  evidence: ReturnType<typeof createEvidenceService>;
  review: ReturnType<typeof createReviewService>;
  objections: ReturnType<typeof createObjectionsService>;
  results: ReturnType<typeof createResultsService>;
  completeness: ReturnType<typeof createCompletenessService>;
  notifications: ReturnType<typeof createNotificationsService>;
  /** Reminders, escalations, publication notices and e-mail delivery (`dti notify run`, serve's timer). */
  notifyJob: NotifyJob;
  documents: ReturnType<typeof createDocumentsService>;
  analysis: ReturnType<typeof createAnalysisService>;
  effortWeights: ReturnType<typeof createEffortWeightsService>;
  lineageWeights: ReturnType<typeof createLineageWeightsService>;
  mapBoundaries: ReturnType<typeof createMapBoundariesService>;
  /** The signed-in homes of each role. */
  home: ReturnType<typeof createHomeService>;
  /** The home of a unit's officer and head, and the unit's own published years. */
  officerHome: ReturnType<typeof createOfficerHomeService>;
  /** The council member's and the administrator's homes. */
  councilAdminHome: ReturnType<typeof createCouncilAdminHomeService>;
  /** Settings the HTTP layer shows (demo banner). */
  demo: boolean;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  /** The same services over another store (one bound to a transaction: see Store.atomically). */
  overStore(other: Store): Services;
}

/** Options of the assessment cycle. */
export interface CycleOptions {
  /** Size limit of one evidence file, in bytes. */
  evidenceMaxBytes: number;
  /** The server runs with demonstration data. */
  demo: boolean;
  /** Notifications: mailer, reminder days, public address (default: no e-mail, 7,3,1). */
  notify?: NotifyJobSettings;
}

/** Builds every service over `store`; `now` is the clock (tests pass their own). */
export function createServices(
  store: Store,
  settings: SessionSettings,
  now: () => Date = systemClock.now,
  cycle: CycleOptions = { evidenceMaxBytes: 20 * 1024 * 1024, demo: false },
  // One pool of simulation workers, shared with the services over another store (overStore).
  pool: RobustnessPool = createRobustnessPool(),
): Services {
  const clock = clockOf(now);
  const frameworks = createFrameworkCache();
  const notifications = createNotificationsService(store, clock);
  const assessment = createAssessmentService(store, frameworks, clock);
  const analysis = createAnalysisService({ store, now, frameworks, pool });
  const completeness = createCompletenessService(store, frameworks);
  const review = createReviewService(store, frameworks, clock, notifications);
  const notify = cycle.notify ?? { mailer: disabledMailer, reminderDays: [7, 3, 1], publicUrl: '' };
  return {
    periods: createPeriodsService(store, frameworks, clock),
    assessment,
    documents: createDocumentsService({ store, assessment, now, frameworks }),
    analysis,
    effortWeights: createEffortWeightsService(store, clock),
    lineageWeights: createLineageWeightsService(store, clock),
    evidence: createEvidenceService(store, frameworks, cycle.evidenceMaxBytes, clock),
    review,
    objections: createObjectionsService(store, frameworks, clock, notifications),
    results: createResultsService(store, frameworks, clock, {
      published: (year) => analysis.keepPublishedIntervals(year),
    }),
    completeness,
    home: createHomeService({ store, frameworks, analysis, clock }),
    officerHome: createOfficerHomeService({ store, frameworks, assessment, analysis, clock }),
    councilAdminHome: createCouncilAdminHomeService({ store, frameworks, analysis, review, clock }),
    notifications,
    notifyJob: createNotifyJob(store, frameworks, clock, notifications, notify),
    demo: cycle.demo,
    sessions: createSessionsService(store, settings, now),
    users: createUsersService(store, now),
    units: createUnitsService(store),
    unitImport: createUnitImportService(store),
    reorganisation: createReorganisationService(store),
    frameworks: createFrameworksService(store),
    audit: createAuditService(store),
    mapBoundaries: createMapBoundariesService(store, clock),
    ping: () => store.ping(),
    overStore: (other) => createServices(other, settings, now, cycle, pool),
  };
}
