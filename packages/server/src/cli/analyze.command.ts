/**
 * `dti analyze strengths|trend|robustness|plan|anomalies …`: the analysis of issue 8 as readable
 * Vietnamese tables, or JSON with --json.
 */
import type { ImprovementPlan, RankRobustness, StrengthItem } from '@dti/core';
import type { Runtime } from '../main';
import {
  createAnalysisService,
  type AnalysisService,
  type SetAnomalies,
  type StrengthsAnswer,
  type TrendAnswer,
} from '../services/analysis/analysis.service';
import type { CliCommand } from './command';
import { formatNumberVi, parseCommandArgs, renderTable } from './cli-output';
import { withRuntime } from './cli-runtime';
import { cliActor } from './export.command';

const USAGE = [
  'Cách dùng:',
  '  dti analyze strengths <năm> <mã đơn vị> [--json]',
  '  dti analyze trend <mã đơn vị> [--json]',
  '  dti analyze robustness <năm> [--set <mã bộ>] [--runs N] [--seed S] [--json]',
  '  dti analyze plan <năm> <mã đơn vị> [--target-level <mã mức> | --target-rank <hạng>] [--json]',
  '  dti analyze anomalies <năm> [--set <mã bộ>] [--json]',
].join('\n');

const OPTIONS = {
  json: { type: 'boolean' },
  set: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  'target-level': { type: 'string' },
  'target-rank': { type: 'string' },
} as const;

type Values = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean;
};

/** One sub-command: positional names, the options it takes, and what it does. */
interface Sub {
  positional: ('year' | 'unit')[];
  options: (keyof typeof OPTIONS)[];
  run: (analysis: AnalysisService, args: { year: number; unit: string }, values: Values) => Promise<unknown>;
  render: (answer: never) => string;
}

const integer = (text: string | undefined, name: string): number | undefined => {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n)) throw new CliArgsError(`${name} phải là số nguyên, không phải "${text}".`);
  return n;
};

class CliArgsError extends Error {}

const subs: Record<string, Sub> = {
  strengths: {
    positional: ['year', 'unit'],
    options: [],
    run: (a, { year, unit }) => a.strengths(cliActor, year, unit),
    render: (answer: StrengthsAnswer) => renderStrengths(answer),
  },
  trend: {
    positional: ['unit'],
    options: [],
    run: (a, { unit }) => a.trend(cliActor, unit),
    render: (answer: TrendAnswer) => renderTrend(answer),
  },
  robustness: {
    positional: ['year'],
    options: ['set', 'runs', 'seed'],
    run: (a, { year }, v) =>
      a.robustness(cliActor, year, {
        set: v.set,
        runs: integer(v.runs, '--runs'),
        seed: integer(v.seed, '--seed'),
      }),
    render: (answer: RankRobustness[]) => answer.map(renderRobustness).join('\n\n'),
  },
  plan: {
    positional: ['year', 'unit'],
    options: ['target-level', 'target-rank'],
    run: (a, { year, unit }, v) => {
      const rank = integer(v['target-rank'], '--target-rank');
      return a.plan(cliActor, year, unit, {
        ...(v['target-level'] === undefined ? {} : { targetLevel: v['target-level'] }),
        ...(rank === undefined ? {} : { targetRank: rank }),
      });
    },
    render: (answer: ImprovementPlan) => renderPlan(answer),
  },
  anomalies: {
    positional: ['year'],
    options: ['set'],
    run: (a, { year }, v) => a.anomalies(cliActor, year, v.set),
    render: (answer: SetAnomalies[]) => answer.map(renderAnomalies).join('\n\n'),
  },
};

/** The analysis use cases over an open runtime. */
export function analysisOf(runtime: Runtime): AnalysisService {
  return createAnalysisService({ store: runtime.store });
}

/** The `analyze` command. */
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'phân tích: điểm mạnh/yếu, xu hướng, độ vững của thứ hạng, lộ trình nâng mức, bất thường',
  run: async (args, io) => {
    const parsed = parseCommandArgs(args, OPTIONS);
    if (!parsed.ok) {
      io.err(`${parsed.error}\n${USAGE}`);
      return 2;
    }
    const [name, ...positional] = parsed.positional;
    const sub = name === undefined ? undefined : subs[name];
    if (!sub || positional.length !== sub.positional.length) {
      io.err(USAGE);
      return 2;
    }
    const extra = (Object.keys(parsed.values) as (keyof typeof OPTIONS)[]).filter(
      (k) => k !== 'json' && !sub.options.includes(k),
    );
    if (extra.length > 0) {
      io.err(
        `Lỗi [CLI_ARGS]: "analyze ${name}" không nhận ${extra.map((k) => `--${k}`).join(', ')}.\n${USAGE}`,
      );
      return 2;
    }
    const given = { year: NaN, unit: '' };
    sub.positional.forEach((p, i) => {
      if (p === 'year') given.year = Number(positional[i]);
      else given.unit = positional[i] ?? '';
    });
    if (sub.positional.includes('year') && !Number.isInteger(given.year)) {
      io.err(`Lỗi [CLI_ARGS]: năm phải là số nguyên.\n${USAGE}`);
      return 2;
    }
    const values: Values = parsed.values;
    return withRuntime(io, async (runtime) => {
      const analysis = analysisOf(runtime);
      try {
        const answer = await sub.run(analysis, given, values);
        io.out(values.json ? JSON.stringify(answer, null, 2) : sub.render(answer as never));
        return 0;
      } catch (error) {
        if (!(error instanceof CliArgsError)) throw error;
        io.err(`Lỗi [CLI_ARGS]: ${error.message}\n${USAGE}`);
        return 2;
      } finally {
        await analysis.close();
      }
    });
  },
};

const pct = (n: number) => `${formatNumberVi(n)}%`;
const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumberVi(Math.abs(n))}`;

function strengthTable(items: StrengthItem[]): string {
  if (items.length === 0) return '(không có)';
  return renderTable(
    ['Mã', 'Chỉ số', 'Đạt', 'TB nhóm', 'Chênh', 'Hạng'],
    items.map((i) => [
      i.code,
      i.name.length > 60 ? `${i.name.slice(0, 59)}…` : i.name,
      pct(i.percent),
      pct(i.groupAverage),
      signed(i.gap),
      `${i.rank}/${i.groupSize}`,
    ]),
    ['l', 'l', 'r', 'r', 'r', 'r'],
  );
}

function renderStrengths(answer: StrengthsAnswer): string {
  const r = answer.report;
  return [
    `Điểm mạnh, điểm yếu của ${r.name} (${r.unit}) năm ${answer.year} · bộ ${answer.set} · so với ${r.groupSize} đơn vị` +
      (answer.source === 'live' ? ' · kết quả tạm tính (chưa chốt)' : ''),
    '',
    'Điểm mạnh:',
    strengthTable(r.strengths),
    '',
    'Cần cải thiện:',
    strengthTable(r.weaknesses),
    '',
  ].join('\n');
}

function renderTrend(answer: TrendAnswer): string {
  const lines = [`Xu hướng của ${answer.unit.name} (${answer.unit.code})`, ''];
  if (answer.years.length > 0) {
    lines.push(
      `Các năm có kết quả: ${answer.years.map((y) => `${y.year} (${y.framework}, bộ ${y.set})`).join('; ')}`,
      '',
      renderTable(
        ['Năm', 'Tỉ lệ', 'Nguồn', 'Đơn vị tiền thân (tỉ lệ)'],
        answer.years.map((y) => [
          String(y.year),
          y.percent === null ? '—' : pct(y.percent),
          (y.source === 'own' ? 'của đơn vị' : 'SUY RA từ đơn vị tiền thân') +
            (y.results === 'live' ? ' (tạm tính)' : ''),
          y.predecessors.map((p) => `${p.name} (${p.code}) ${pct(p.percent)}`).join('; '),
        ]),
        ['r', 'r', 'l', 'l'],
      ),
    );
    for (const y of answer.years.filter((x) => x.source === 'predecessors')) lines.push(`  · ${y.label}`);
  }
  for (const step of answer.trend.steps) {
    lines.push('', `${step.fromYear} → ${step.toYear} (${step.fromFramework} → ${step.toFramework})`);
    const rows = [
      [
        'Tổng điểm công bố (tỉ lệ)',
        pct(step.headline.from),
        pct(step.headline.to),
        signed(step.headline.change),
      ],
    ];
    if (step.comparable) {
      rows.push([
        `Phần so sánh được (${step.comparable.subIndexCount} chỉ số)`,
        pct(step.comparable.from),
        pct(step.comparable.to),
        signed(step.comparable.change),
      ]);
    }
    for (const index of step.indices) {
      rows.push([`  ${index.code}. ${index.name}`, pct(index.from), pct(index.to), signed(index.change)]);
    }
    lines.push(
      renderTable(['', String(step.fromYear), String(step.toYear), 'Thay đổi'], rows, ['l', 'r', 'r', 'r']),
    );
    for (const note of step.notes) lines.push(`  · ${note}`);
  }
  for (const note of answer.trend.notes) lines.push(`· ${note}`);
  return `${lines.join('\n')}\n`;
}

function renderRobustness(r: RankRobustness): string {
  const rows = r.units.map((u) => [
    String(u.nominalRank),
    u.code,
    u.name,
    String(u.medianRank),
    u.lowRank === u.highRank ? String(u.lowRank) : `${u.lowRank}–${u.highRank}`,
    String(u.tieGroup),
    u.tiedWith.length === 0
      ? ''
      : u.tiedWith.length > 4
        ? `${u.tiedWith.slice(0, 4).join(', ')}, …`
        : u.tiedWith.join(', '),
  ]);
  return [
    `Độ vững của thứ hạng · ${r.framework} · bộ ${r.setId} · ${r.runs} lần mô phỏng · hạt giống ${r.seed}`,
    r.note,
    '',
    renderTable(['Hạng', 'Mã', 'Đơn vị', 'Trung vị', 'Khoảng 90%', 'Nhóm', 'Ngang hạng với'], rows, [
      'r',
      'l',
      'l',
      'r',
      'r',
      'r',
      'l',
    ]),
  ].join('\n');
}

function renderPlan(plan: ImprovementPlan): string {
  const target =
    plan.target.kind === 'level'
      ? `mức ${plan.target.levelName} (${plan.target.level})`
      : `hạng ${plan.target.rank}`;
  const lines = [
    `Lộ trình của ${plan.name} (${plan.unit}) lên ${target}`,
    `Hiện tại: ${formatNumberVi(plan.current.total)} điểm (${pct(plan.current.percent)}), mức ${plan.current.level}, hạng ${plan.current.rank}.`,
    plan.message,
  ];
  if (plan.actions.length > 0) {
    lines.push(
      '',
      renderTable(
        ['Mã', 'Chỉ số', 'Từ', 'Lên', 'Tổng tăng', 'Công sức'],
        plan.actions.map((a) => [
          a.subIndex,
          a.name.length > 60 ? `${a.name.slice(0, 59)}…` : a.name,
          formatNumberVi(a.from),
          a.partial ? `${formatNumberVi(a.to)} (vừa đủ)` : formatNumberVi(a.to),
          signed(a.totalGain),
          formatNumberVi(a.effort),
        ]),
        ['l', 'l', 'r', 'r', 'r', 'r'],
      ),
      '',
      'Công sức theo trọng số quản trị viên đặt cho từng chỉ số thành phần (mặc định 1).',
      '',
      `Sau khi thực hiện: ${formatNumberVi(plan.projected.total)} điểm (${pct(plan.projected.percent)}), mức ${plan.projected.level}, hạng ${plan.projected.rank}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const SEVERITY: Record<string, string> = { high: 'cao', medium: 'vừa', low: 'thấp' };

function renderAnomalies(a: SetAnomalies): string {
  const lines = [`Cảnh báo bất thường · bộ ${a.set} · ${a.units} đơn vị · ${a.flags.length} cảnh báo`];
  for (const note of a.notes) lines.push(`· ${note}`);
  if (a.flags.length > 0) {
    lines.push(
      '',
      renderTable(
        ['Đơn vị', 'Chỉ số', 'Mức', 'Nội dung'],
        a.flags.map((f) => [f.unit, f.subIndex ?? '', SEVERITY[f.severity] ?? f.severity, f.message]),
        ['l', 'l', 'l', 'l'],
      ),
    );
  }
  return lines.join('\n');
}
