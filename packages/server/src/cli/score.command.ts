/** `dti score`: scores a values file (JSON or CSV) against a framework, per scoring-io.md. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseValuesCsv, scoreValues, type Framework, type Problem, type SetResults } from '@dti/core';
import type { CliCommand, CliIo } from './command';
import { formatNumberVi, formatProblems, parseCommandArgs, renderTable } from './cli-output';
import { loadFramework } from './load-framework';

const USAGE =
  'Cách dùng: dti score --framework <tệp|mã> --input <values.json|values.csv> [--set <mã bộ>] [--json]\n' +
  '  --set chỉ cần với CSV khi bộ chỉ số có nhiều bộ (TINH_CO_TTHC, XA…).';

/** The `score` command. */
export const scoreCommand: CliCommand = {
  name: 'score',
  summary: 'chấm điểm, xếp hạng, phân mức một tệp giá trị (JSON hoặc CSV)',
  run: async (args, io) => {
    const parsed = parseCommandArgs(args, {
      framework: { type: 'string' },
      input: { type: 'string' },
      set: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (!parsed.ok || !parsed.values.framework || !parsed.values.input || parsed.positional.length > 0) {
      io.err(parsed.ok ? USAGE : `${parsed.error}\n${USAGE}`);
      return 2;
    }
    const loaded = await loadFramework(parsed.values.framework, io);
    if (!loaded.ok)
      return reject(io, `Bộ chỉ số "${parsed.values.framework}" không hợp lệ.`, loaded.problems);
    const raw = await readValues(loaded.framework, resolve(io.cwd, parsed.values.input), parsed.values.set);
    if (!raw.ok) return reject(io, 'Không đọc được tệp giá trị.', raw.problems);
    const outcome = scoreValues(loaded.framework, raw.raw);
    if (!outcome.ok)
      return reject(io, 'Tệp giá trị bị từ chối toàn bộ; không chấm điểm đơn vị nào.', outcome.problems);
    io.out(
      parsed.values.json
        ? JSON.stringify(outcome.results, null, 2)
        : renderResults(loaded.framework, outcome.results),
    );
    return 0;
  },
};

function reject(io: CliIo, title: string, problems: Problem[]): number {
  io.err(`${title}\n${formatProblems(problems)}`);
  return 1;
}

async function readValues(
  framework: Framework,
  path: string,
  setOption: string | undefined,
): Promise<{ ok: true; raw: unknown } | { ok: false; problems: Problem[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { ok: false, problems: [{ path, code: 'VAL_PARSE', message: 'Không mở được tệp.' }] };
  }
  if (/\.csv$/i.test(path)) {
    const set = setOption ?? (framework.sets.length === 1 ? framework.sets[0]?.id : undefined);
    if (!set) {
      const ids = framework.sets.map((s) => s.id).join(', ');
      return {
        ok: false,
        problems: [{ path, code: 'VAL_SET', message: `Tệp CSV cần --set <mã bộ> (một trong: ${ids}).` }],
      };
    }
    return parseValuesCsv(framework, set, text);
  }
  try {
    const raw = JSON.parse(text) as unknown;
    if (
      setOption &&
      typeof raw === 'object' &&
      raw !== null &&
      (raw as { set?: unknown }).set !== setOption
    ) {
      return {
        ok: false,
        problems: [
          {
            path,
            code: 'VAL_SET',
            message: `Tệp dành cho bộ "${String((raw as { set?: unknown }).set)}", không phải "${setOption}".`,
          },
        ],
      };
    }
    return { ok: true, raw };
  } catch (error) {
    return {
      ok: false,
      problems: [{ path, code: 'VAL_PARSE', message: `Không đọc được JSON: ${(error as Error).message}` }],
    };
  }
}

function renderResults(framework: Framework, results: SetResults): string {
  const levels = new Map(framework.levels.map((l) => [l.code, l.name]));
  const hasGroups = results.units.some((u) => u.groupRank !== undefined);
  const headers = [
    'Hạng',
    'Mã',
    'Đơn vị',
    'Điểm',
    'Tỉ lệ',
    'Mức độ',
    ...(hasGroups ? ['Nhóm', 'Hạng nhóm'] : []),
  ];
  const rows = results.units.map((u) => [
    String(u.rank),
    u.code,
    u.name,
    formatNumberVi(u.total),
    `${formatNumberVi(u.percent)}%`,
    levels.get(u.level) ?? u.level,
    ...(hasGroups ? [u.group ?? '', u.groupRank === undefined ? '' : String(u.groupRank)] : []),
  ]);
  const title = `${results.framework} · bộ ${results.set} · thang ${results.maxPoints} điểm${
    results.provenance === 'reconstructed' ? ' · bộ chỉ số tái dựng (chưa phải văn bản chính thức)' : ''
  }`;
  return `${title}\n\n${renderTable(headers, rows, ['r', 'l', 'l', 'r', 'r', 'l', 'l', 'r'])}\n`;
}
