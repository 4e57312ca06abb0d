// The one database schema (PostgreSQL 15 and PGlite). A change here needs a migration in
// packages/server/drizzle, generated with `npx drizzle-kit generate --name <what>` (schema-drift.test.ts
// fails otherwise); generated migrations are never edited by hand. What the schema cannot express
// (the dti_save_items function of 0003) is a custom migration (`drizzle-kit generate --custom`),
// written by hand.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  customType,
  doublePrecision,
  primaryKey,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** Units: the province, its agencies, districts, district agencies and communes. */
export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    kind: text('kind').notNull(),
    adminType: text('admin_type'),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('units_code_key').on(t.code),
    index('units_parent_idx').on(t.parentId),
    index('units_kind_idx').on(t.kind),
    check('units_validity_check', sql`${t.validUntil} is null or ${t.validUntil} >= ${t.validFrom}`),
  ],
);

/** How units became other units: merged into, split from, renamed, with the date it took effect. */
export const unitLineage = pgTable(
  'unit_lineage',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    fromUnitId: integer('from_unit_id')
      .notNull()
      .references(() => units.id),
    toUnitId: integer('to_unit_id')
      .notNull()
      .references(() => units.id),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    /** The legal text of the event (`Nghị quyết 1673/NQ-UBTVQH15 …`); empty for rows written before. */
    legalBasis: text('legal_basis').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('unit_lineage_from_idx').on(t.fromUnitId),
    index('unit_lineage_to_idx').on(t.toUnitId),
    check('unit_lineage_kind_check', sql`${t.kind} in ('merged_into', 'split_from', 'renamed')`),
    check('unit_lineage_distinct_check', sql`${t.fromUnitId} <> ${t.toUnitId}`),
  ],
);

/**
 * What happened to one unit in place on a day (it keeps its row and code): renamed (name and/or
 * kind), transferred to another parent, or abolished (ended with no successor). Between two units,
 * see `unit_lineage`. `before`/`after` hold the fields that changed (codes, not ids, for parents).
 */
export const unitChanges = pgTable(
  'unit_changes',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    before: jsonb('before').notNull(),
    after: jsonb('after').notNull(),
    legalBasis: text('legal_basis').notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('unit_changes_unit_idx').on(t.unitId),
    check('unit_changes_kind_check', sql`${t.kind} in ('renamed', 'transferred', 'abolished')`),
  ],
);

/** Accounts. The password is stored as an argon2id hash only. */
export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    /** Where e-mail notifications go; none when null. */
    email: text('email'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(t.username),
    check(
      'users_role_check',
      sql`${t.role} in ('admin', 'unit_officer', 'unit_head', 'council_member', 'leader')`,
    ),
  ],
);

/** Server-side sessions. Only the SHA-256 of the token is stored; a row can be revoked. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip').notNull().default(''),
    userAgent: text('user_agent').notNull().default(''),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Failed sign-ins per key (`user:<name>` or `ip:<address>`), shared by every server process: a
 * window of failures and, past the limit, a lock until a time.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/** Every write: who, when, what, on which entity, before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: integer('actor_id'),
    actorUsername: text('actor_username').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
);

/** Frameworks (index sets), stored as their validated file (format v1), by id. */
export const frameworks = pgTable('frameworks', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  provenance: text('provenance').notNull(),
  builtin: boolean('builtin').notNull().default(false),
  content: jsonb('content').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
const at = (name: string) => timestamp(name, { withTimezone: true });

/** Assessment periods: one per year, its framework, state, data window and decision. */
export const periods = pgTable(
  'periods',
  {
    id: serial('id').primaryKey(),
    year: integer('year').notNull(),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => frameworks.id),
    state: text('state').notNull().default('draft'),
    dataFrom: date('data_from', { mode: 'string' }).notNull(),
    dataTo: date('data_to', { mode: 'string' }).notNull(),
    answerDays: integer('answer_days').notNull().default(5),
    /** When the council's review should be done; null: 31/01 of the next year, 23:59 Vietnam time. */
    reviewDeadline: at('review_deadline'),
    demo: boolean('demo').notNull().default(false),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    snapshot: jsonb('snapshot'),
    finalizedAt: at('finalized_at'),
    approvedAt: at('approved_at'),
    publishedAt: at('published_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('periods_year_key').on(t.year),
    check(
      'periods_state_check',
      sql`${t.state} in ('draft', 'open', 'closed', 'under_review', 'ranked', 'approved', 'published')`,
    ),
  ],
);

/** The submission deadline of each set of a period (an instant; Vietnam midnight by default). */
export const periodDeadlines = pgTable(
  'period_deadlines',
  {
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    setId: text('set_id').notNull(),
    deadline: at('deadline').notNull(),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.setId] })],
);

/** A unit's extension of its deadline, with the reason. */
export const periodExtensions = pgTable(
  'period_extensions',
  {
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    until: at('until').notNull(),
    reason: text('reason').notNull(),
    grantedBy: text('granted_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.unitId] })],
);

/**
 * The self-assessed values of one sub-index of one unit in one period, with an optimistic-lock
 * version, and the council's review of that item.
 */
export const assessmentItems = pgTable(
  'assessment_items',
  {
    id: serial('id').primaryKey(),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    subCode: text('sub_code').notNull(),
    values: jsonb('values').notNull(),
    version: integer('version').notNull().default(1),
    updatedById: integer('updated_by_id'),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: updatedAt(),
    reviewStatus: text('review_status'),
    councilPoints: doublePrecision('council_points'),
    reviewReason: text('review_reason'),
    reviewMessage: text('review_message'),
    answerUntil: at('answer_until'),
    answerNote: text('answer_note'),
    reviewedByName: text('reviewed_by_name'),
    reviewedAt: at('reviewed_at'),
  },
  (t) => [
    uniqueIndex('assessment_items_key').on(t.periodId, t.unitId, t.subCode),
    check(
      'assessment_items_review_check',
      sql`${t.reviewStatus} is null or ${t.reviewStatus} in ('accepted', 'adjusted', 'requested', 'answered')`,
    ),
  ],
);

/** A unit's submission of its self-assessment for a period (one row, written atomically). */
export const submissions = pgTable(
  'submissions',
  {
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    submittedAt: at('submitted_at').notNull(),
    submittedByName: text('submitted_by_name').notNull(),
    late: boolean('late').notNull(),
    itemCount: integer('item_count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.unitId] })],
);

/** Evidence file contents, stored once per SHA-256 of the content. */
export const evidenceFiles = pgTable('evidence_files', {
  hash: text('hash').primaryKey(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  content: bytea('content').notNull(),
  createdAt: createdAt(),
});

/** A piece of evidence: a file attached to a sub-index of a unit in a period, with its citation. */
export const evidence = pgTable(
  'evidence',
  {
    id: serial('id').primaryKey(),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    subCode: text('sub_code').notNull(),
    fileHash: text('file_hash')
      .notNull()
      .references(() => evidenceFiles.hash),
    fileName: text('file_name').notNull(),
    documentNumber: text('document_number').notNull(),
    documentDate: date('document_date', { mode: 'string' }).notNull(),
    issuer: text('issuer').notNull(),
    summary: text('summary').notNull(),
    uploadedByName: text('uploaded_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('evidence_item_idx').on(t.periodId, t.unitId, t.subCode)],
);

/** A council member's assignment in a period: a unit, or a main index of a set. */
export const councilAssignments = pgTable(
  'council_assignments',
  {
    id: serial('id').primaryKey(),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    memberId: integer('member_id')
      .notNull()
      .references(() => users.id),
    unitId: integer('unit_id').references(() => units.id),
    setId: text('set_id'),
    indexCode: text('index_code'),
    createdAt: createdAt(),
  },
  (t) => [
    index('council_assignments_period_idx').on(t.periodId),
    check(
      'council_assignments_target_check',
      sql`(${t.unitId} is not null) <> (${t.setId} is not null and ${t.indexCode} is not null)`,
    ),
  ],
);

/** In-app notifications; `dedupeKey` makes reminders idempotent. */
export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    dedupeKey: text('dedupe_key'),
    readAt: at('read_at'),
    emailedAt: at('emailed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.id),
    uniqueIndex('notifications_dedupe_key').on(t.dedupeKey),
  ],
);

/**
 * The objection window of a period: opened by an administrator once the results are frozen
 * (state ranked), before approval; units object to the council's adjusted items until `until`.
 */
export const objectionWindows = pgTable('objection_windows', {
  periodId: integer('period_id')
    .primaryKey()
    .references(() => periods.id, { onDelete: 'cascade' }),
  openedAt: at('opened_at').notNull(),
  until: at('until').notNull(),
  setByName: text('set_by_name').notNull(),
});

/**
 * A unit's objection to the council's adjustment of one item (at most one per item), with the
 * evidence it cites and the council's answer: upheld (points changed) or rejected (reason).
 */
export const objections = pgTable(
  'objections',
  {
    id: serial('id').primaryKey(),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    subCode: text('sub_code').notNull(),
    reason: text('reason').notNull(),
    evidenceIds: jsonb('evidence_ids').$type<number[]>().notNull().default([]),
    /** The council's points and reason the unit objected to. */
    councilPoints: doublePrecision('council_points').notNull(),
    councilReason: text('council_reason'),
    status: text('status').notNull().default('pending'),
    answer: text('answer'),
    pointsAfter: doublePrecision('points_after'),
    lodgedByName: text('lodged_by_name').notNull(),
    lodgedAt: at('lodged_at').notNull(),
    answeredByName: text('answered_by_name'),
    answeredAt: at('answered_at'),
  },
  (t) => [
    uniqueIndex('objections_item_key').on(t.periodId, t.unitId, t.subCode),
    check('objections_status_check', sql`${t.status} in ('pending', 'upheld', 'rejected')`),
  ],
);

/**
 * Settings an administrator changes at run time, one JSON value per key (e.g. per-sub-index effort
 * weights of a framework, an uploaded district boundary file).
 */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedByName: text('updated_by_name'),
  updatedAt: updatedAt(),
});

/** Tables in dependency order (parents first): backup writes and restore reads them in this order. */
export const tablesInOrder = [
  { name: 'units', table: units, serialId: true },
  { name: 'unit_lineage', table: unitLineage, serialId: true },
  { name: 'unit_changes', table: unitChanges, serialId: true },
  { name: 'users', table: users, serialId: true },
  { name: 'sessions', table: sessions, serialId: false },
  { name: 'login_throttle', table: loginThrottle, serialId: false },
  { name: 'audit_log', table: auditLog, serialId: true },
  { name: 'frameworks', table: frameworks, serialId: false },
  { name: 'periods', table: periods, serialId: true },
  { name: 'period_deadlines', table: periodDeadlines, serialId: false },
  { name: 'period_extensions', table: periodExtensions, serialId: false },
  { name: 'assessment_items', table: assessmentItems, serialId: true },
  { name: 'submissions', table: submissions, serialId: false },
  { name: 'evidence_files', table: evidenceFiles, serialId: false },
  { name: 'evidence', table: evidence, serialId: true },
  { name: 'council_assignments', table: councilAssignments, serialId: true },
  { name: 'notifications', table: notifications, serialId: true },
  { name: 'app_settings', table: appSettings, serialId: false },
  { name: 'objection_windows', table: objectionWindows, serialId: false },
  { name: 'objections', table: objections, serialId: true },
] as const;
