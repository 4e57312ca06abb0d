// The one database schema (PostgreSQL 15 and PGlite). Migrations in packages/server/drizzle are
// generated from this file with `npx drizzle-kit generate`; never edit them by hand.
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
    createdAt: createdAt(),
  },
  (t) => [
    index('unit_lineage_from_idx').on(t.fromUnitId),
    index('unit_lineage_to_idx').on(t.toUnitId),
    check('unit_lineage_kind_check', sql`${t.kind} in ('merged_into', 'split_from', 'renamed')`),
    check('unit_lineage_distinct_check', sql`${t.fromUnitId} <> ${t.toUnitId}`),
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

/** Tables in dependency order (parents first): backup writes and restore reads them in this order. */
export const tablesInOrder = [
  { name: 'units', table: units, serialId: true },
  { name: 'unit_lineage', table: unitLineage, serialId: true },
  { name: 'users', table: users, serialId: true },
  { name: 'sessions', table: sessions, serialId: false },
  { name: 'login_throttle', table: loginThrottle, serialId: false },
  { name: 'audit_log', table: auditLog, serialId: true },
  { name: 'frameworks', table: frameworks, serialId: false },
] as const;
