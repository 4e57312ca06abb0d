// One demonstration year (DỮ LIỆU MINH HỌA): generated values for every assessed unit (batched
// inserts), submissions, a few evidence files, a short council review, then finalise, approve and
// publish. The use cases run through the services; only the bulk rows go straight to repositories.
import {
  createSeededRandom,
  generateDemoValues,
  seedFromText,
  type Framework,
  type IndexSet,
} from '@dti/core';
import type { SubmissionRow } from '../../db/assessments.repository';
import type { assessmentItems } from '../../db/schema';
import type { Store } from '../../db/store';
import type { UnitRow } from '../../db/units.repository';
import type { UserRow } from '../../db/users.repository';
import type { Actor } from '../shared/actor';
import { selfPoints, subIndicesOf } from '../cycle/cycle-scoring';
import { isUnitInYear, setForKind } from '../cycle/cycle-context';
import { actorOfUser, DEMO_COMMUNE, DEMO_DISTRICT } from './demo-accounts';
import { minimalPdf } from '../cycle/evidence-type';
import type { Services } from '../services';

/** What a demonstration year needs. */
export interface DemoContext {
  store: Store;
  services: Services;
  actor: Actor;
  /** Demo accounts by user name (some may be missing). */
  accounts: Map<string, UserRow>;
}

/** A unit assessed in a year, with its set. */
export interface AssessedUnit {
  unit: UnitRow;
  set: IndexSet;
}

const DAY = 86_400_000;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Every unit in force in `year` that some set of the framework assesses. */
export async function assessedUnits(
  store: Store,
  framework: Framework,
  year: number,
): Promise<AssessedUnit[]> {
  const units = (await store.repos.units.listUnits()).filter((u) => isUnitInYear(u, year));
  return units.flatMap((unit) => {
    const set = setForKind(framework, unit.kind);
    return set ? [{ unit, set }] : [];
  });
}

/** A unit's strength in a year: seeded per unit (0.15–0.95), a little better each year. */
export function demoStrength(unitCode: string, year: number): number {
  const base = 0.15 + 0.8 * createSeededRandom(seedFromText(`strength/${unitCode}`))();
  const noise = (createSeededRandom(seedFromText(`noise/${year}/${unitCode}`))() - 0.5) * 0.08;
  return clamp(base + 0.06 * (year - 2022) + noise, 0.05, 0.97);
}

/** Generated values of one unit in one year (seeded by `${year}/${unitCode}`). */
export function demoValues(set: IndexSet, unitCode: string, year: number) {
  return generateDemoValues(set, createSeededRandom(seedFromText(`${year}/${unitCode}`)), {
    strength: demoStrength(unitCode, year),
    missingShare: 0.02,
  });
}

/** Item rows of units (optionally only a share of each unit's sub-indices: a draft). */
export function demoItemRows(
  periodId: number,
  year: number,
  units: readonly AssessedUnit[],
  updatedAt: (unit: UnitRow) => Date,
  share = 1,
): (typeof assessmentItems.$inferInsert)[] {
  return units.flatMap(({ unit, set }) => {
    const pick = createSeededRandom(seedFromText(`draft/${year}/${unit.code}`));
    return Object.entries(demoValues(set, unit.code, year))
      .filter(() => share >= 1 || pick() < share)
      .map(([subCode, values]) => ({
        periodId,
        unitId: unit.id,
        subCode,
        values,
        version: 1,
        updatedById: null,
        updatedByName: 'dữ liệu minh họa',
        updatedAt: updatedAt(unit),
      }));
  });
}

/** Inserts rows in one short transaction per set (PGlite has one connection). */
export async function insertItemsBySet(
  store: Store,
  units: readonly AssessedUnit[],
  rowsOf: (units: readonly AssessedUnit[]) => ReturnType<typeof demoItemRows>,
): Promise<number> {
  let total = 0;
  const setIds = [...new Set(units.map((u) => u.set.id))];
  for (const setId of setIds) {
    const rows = rowsOf(units.filter((u) => u.set.id === setId));
    total += rows.length;
    await store.transaction((repos) => repos.assessments.insertItems(rows));
  }
  return total;
}

/** Latin letters only (the generated PDF uses a standard font). */
function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Uploads one plan document per district and per 10th commune, through the evidence service. */
async function seedEvidence(ctx: DemoContext, year: number, units: readonly AssessedUnit[]): Promise<number> {
  const communes = units.filter((u) => u.unit.kind === 'commune');
  const chosen = [
    ...units.filter((u) => u.unit.kind === 'district'),
    ...communes.filter((u, i) => i % 10 === 0 || u.unit.code === DEMO_COMMUNE),
  ];
  for (const { unit, set } of chosen) {
    const subCode = set.indices[0]?.subIndices[0]?.code;
    if (subCode === undefined) continue;
    const random = createSeededRandom(seedFromText(`evidence/${year}/${unit.code}`));
    const number = `${5 + Math.floor(random() * 60)}/KH-UBND`;
    const date = `${year}-0${1 + Math.floor(random() * 3)}-${String(10 + Math.floor(random() * 18))}`;
    const content = minimalPdf(
      `DU LIEU MINH HOA - Ke hoach ${number} chuyen doi so nam ${year} - UBND ${ascii(unit.name)}`,
    );
    await ctx.services.evidence.upload(
      ctx.actor,
      year,
      unit.code,
      subCode,
      {
        documentNumber: number,
        documentDate: date,
        issuer: `UBND ${unit.name}`,
        summary: `Kế hoạch chuyển đổi số năm ${year} của ${unit.name} (minh họa)`,
      },
      { name: `ke-hoach-chuyen-doi-so-${year}-${unit.code}.pdf`, content },
    );
  }
  return chosen.length;
}

/** Submissions: most on time (1–25 days before the deadline), about one in twenty late. */
function submissionRows(
  periodId: number,
  year: number,
  units: readonly AssessedUnit[],
  deadlines: Map<string, Date>,
  itemCounts: Map<number, number>,
): SubmissionRow[] {
  return units.flatMap(({ unit, set }) => {
    const deadline = deadlines.get(set.id);
    if (!deadline) return [];
    const random = createSeededRandom(seedFromText(`submit/${year}/${unit.code}`));
    const late = random() < 0.05;
    const submittedAt = new Date(
      deadline.getTime() + (late ? 1 + random() * 3 : -(1 + random() * 24)) * DAY - 3_600_000,
    );
    return [
      {
        periodId,
        unitId: unit.id,
        submittedAt,
        submittedByName: 'dữ liệu minh họa',
        late: submittedAt >= deadline,
        itemCount: itemCounts.get(unit.id) ?? 0,
      },
    ];
  });
}

/**
 * The demo council member's assignments of a year: the first main index of the commune set, and the
 * demo district whole. Made before the review (the open year has them too, so the council member's
 * home shows a queue). Returns the member and the commune set, or undefined without them.
 */
export async function assignDemoCouncil(
  ctx: DemoContext,
  year: number,
  framework: Framework,
  units: readonly AssessedUnit[],
) {
  const member = ctx.accounts.get('demo.hoidong');
  const xa = framework.sets.find((s) => s.unitKind === 'commune');
  const indexCode = xa?.indices[0]?.code;
  if (!member || member.role !== 'council_member' || !xa || indexCode === undefined) return undefined;
  const { review } = ctx.services;
  await review.assign(ctx.actor, year, { memberId: member.id, setId: xa.id, indexCode });
  if (units.some((u) => u.unit.code === DEMO_DISTRICT))
    await review.assign(ctx.actor, year, { memberId: member.id, unitCode: DEMO_DISTRICT });
  return { member, xa };
}

/** Assignments of the demo council member, a few adjustments with reasons, one request answered. */
async function seedReview(
  ctx: DemoContext,
  year: number,
  framework: Framework,
  units: readonly AssessedUnit[],
): Promise<number> {
  const assigned = await assignDemoCouncil(ctx, year, framework, units);
  if (!assigned) return 0;
  const { member, xa } = assigned;
  const { review } = ctx.services;
  const council = actorOfUser(member, null);
  const period = await ctx.store.repos.periods.findPeriodByYear(year);
  if (!period) return 0;
  const subs = subIndicesOf(xa);
  const communes = units.filter((u) => u.unit.kind === 'commune');
  const reasons = [
    'Văn bản minh chứng do cấp phó ký, không đạt mức tối đa.',
    'Số liệu chưa khớp với báo cáo tổng hợp của huyện.',
    'Minh chứng ban hành ngoài thời gian đánh giá.',
    'Chưa có biên bản kiểm tra thực tế.',
    'Tỷ lệ kê khai cao hơn số liệu hệ thống ghi nhận.',
  ];
  let actions = 0;
  for (const [i, reason] of reasons.entries()) {
    const target = communes[(i * 31 + year) % communes.length];
    const subCode = xa.indices[0]?.subIndices[i % (xa.indices[0]?.subIndices.length ?? 1)]?.code;
    if (!target || subCode === undefined || target.unit.code === DEMO_COMMUNE) continue;
    const item = await ctx.store.repos.assessments.findItem({
      periodId: period.id,
      unitId: target.unit.id,
      subCode,
    });
    const sub = subs.get(subCode);
    if (!item || !sub) continue;
    const own = selfPoints(framework, sub, item.values as never).points;
    const points = Math.max(0, Math.round(own * 50) / 100);
    await review.reviewItem(council, year, target.unit.code, subCode, { action: 'adjust', points, reason });
    actions += 1;
  }
  for (const target of communes.slice(0, 6)) {
    const subCode = xa.indices[0]?.subIndices[0]?.code;
    if (subCode === undefined || target.unit.code === DEMO_COMMUNE) continue;
    const item = await ctx.store.repos.assessments.findItem({
      periodId: period.id,
      unitId: target.unit.id,
      subCode,
    });
    if (!item || item.reviewStatus !== null) continue;
    await review.reviewItem(council, year, target.unit.code, subCode, { action: 'accept' });
    actions += 1;
  }
  const officer = ctx.accounts.get('demo.xa');
  const subCode = xa.indices[0]?.subIndices[1]?.code ?? xa.indices[0]?.subIndices[0]?.code;
  const demoCommune = communes.find((u) => u.unit.code === DEMO_COMMUNE);
  if (officer && subCode !== undefined && demoCommune) {
    const key = { periodId: period.id, unitId: demoCommune.unit.id, subCode };
    if (await ctx.store.repos.assessments.findItem(key)) {
      await review.reviewItem(council, year, DEMO_COMMUNE, subCode, {
        action: 'request',
        message: 'Đề nghị bổ sung quyết định ban hành kế hoạch kèm chữ ký, con dấu.',
      });
      await review.answerItem(
        actorOfUser(officer, DEMO_COMMUNE),
        year,
        DEMO_COMMUNE,
        subCode,
        'Đã bổ sung bản scan quyết định có chữ ký, con dấu.',
      );
      await review.reviewItem(council, year, DEMO_COMMUNE, subCode, { action: 'accept' });
      actions += 3;
    }
  }
  return actions;
}

/** A finished demonstration year: its framework and decision. */
export interface DemoYear {
  year: number;
  frameworkId: string;
  decisionNumber: string;
  decisionDate: string;
}

/** Seeds one year through to publication; returns the number of items. */
export async function seedPublishedYear(ctx: DemoContext, spec: DemoYear): Promise<number> {
  const { services, store, actor } = ctx;
  const { year } = spec;
  const created = await services.periods.createPeriod(
    actor,
    { year, frameworkId: spec.frameworkId },
    { demo: true },
  );
  const periodId = created.period.id;
  await services.periods.transition(actor, year, 'open');
  const framework = (await store.repos.frameworks.findFramework(spec.frameworkId))?.content as Framework;
  const units = await assessedUnits(store, framework, year);
  const deadlines = new Map(created.deadlines.map((d) => [d.setId, d.deadline]));
  const itemCounts = new Map<number, number>();
  const items = await insertItemsBySet(store, units, (group) => {
    const rows = demoItemRows(periodId, year, group, (unit) => {
      const random = createSeededRandom(seedFromText(`saved/${year}/${unit.code}`));
      return new Date(Date.UTC(year, 9, 1 + Math.floor(random() * 40), 2 + Math.floor(random() * 8)));
    });
    for (const r of rows) itemCounts.set(r.unitId, (itemCounts.get(r.unitId) ?? 0) + 1);
    return rows;
  });
  await seedEvidence(ctx, year, units);
  const rows = submissionRows(periodId, year, units, deadlines, itemCounts);
  await store.transaction((repos) => repos.assessments.insertSubmissions(rows));
  await services.periods.transition(actor, year, 'closed');
  await services.periods.transition(actor, year, 'under_review');
  await seedReview(ctx, year, framework, units);
  await services.results.finalize(actor, year);
  await services.results.approve(actor, year, {
    decisionNumber: spec.decisionNumber,
    decisionDate: spec.decisionDate,
  });
  await services.results.publish(actor, year);
  // Dates of the decision's time rather than of today.
  const decided = new Date(`${spec.decisionDate}T03:00:00Z`);
  await store.repos.periods.updatePeriod(periodId, {
    finalizedAt: new Date(decided.getTime() - 10 * DAY),
    approvedAt: decided,
    publishedAt: new Date(decided.getTime() + 2 * DAY),
  });
  return items;
}
