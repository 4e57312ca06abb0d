/** `dti framework …`: validate, schema, list, export, import, diff. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stringify as toYaml } from 'yaml';
import {
  buildFrameworkJsonSchema,
  diffFrameworks,
  formatFrameworkDiff,
  summarizeFramework,
  validateFramework,
} from '@dti/core';
import { builtinFrameworkIds, readBuiltinFramework } from '@dti/frameworks';
import { writeFrameworkWorkbook } from '../workbooks';
import type { CliCommand, CliIo } from './command';
import { formatProblems, parseCommandArgs } from './cli-output';
import { loadFramework, readFrameworkFile, readFrameworkRef, readStoredFrameworks } from './load-framework';
import { reportError, withRuntime } from './cli-runtime';

const USAGE = [
  'Cách dùng:',
  '  dti framework validate <tệp|mã> [--json]   kiểm tra một bộ chỉ số',
  '  dti framework schema                       in JSON Schema của định dạng v1',
  '  dti framework list [--json]                danh sách bộ chỉ số có sẵn',
  '  dti framework export <mã|tệp> --format xlsx|json|yaml [--out tệp]',
  '  dti framework diff <a> <b> [--json]        so sánh hai phiên bản bộ chỉ số',
  '  dti framework import <tệp.json|.yaml|.xlsx> kiểm tra rồi lưu vào cơ sở dữ liệu',
].join('\n');

async function runValidate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
  if (!parsed.ok || parsed.positional.length !== 1) {
    io.err(parsed.ok ? USAGE : parsed.error);
    return 2;
  }
  const ref = parsed.positional[0]!;
  const read = await readFrameworkRef(ref, io);
  const outcome = read.ok ? validateFramework(read.raw) : read;
  if (parsed.values.json) {
    io.out(
      JSON.stringify(
        {
          valid: outcome.ok,
          errors: outcome.ok
            ? []
            : outcome.problems.map(({ path, code, message }) => ({ path, code, message })),
          sets: outcome.ok ? summarizeFramework(outcome.framework) : [],
        },
        null,
        2,
      ),
    );
    return outcome.ok ? 0 : 1;
  }
  if (!outcome.ok) {
    io.err(`Bộ chỉ số "${ref}" không hợp lệ.\n${formatProblems(outcome.problems)}`);
    return 1;
  }
  const fw = outcome.framework;
  const lines = summarizeFramework(fw).map(
    (s) =>
      `  ${s.id.padEnd(16)} ${String(s.indices).padStart(2)} chỉ số chính, ${String(s.subIndices).padStart(3)} chỉ số thành phần, ${s.maxPoints} điểm`,
  );
  io.out(
    `Bộ chỉ số ${fw.id} hợp lệ (${fw.provenance === 'official' ? 'văn bản chính thức' : 'bản tái dựng'}).\n${lines.join('\n')}`,
  );
  return 0;
}

function runSchema(_args: string[], io: CliIo): Promise<number> {
  io.out(JSON.stringify(buildFrameworkJsonSchema(), null, 2));
  return Promise.resolve(0);
}

async function runList(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
  if (!parsed.ok) {
    io.err(parsed.error);
    return 2;
  }
  const stored = await readStoredFrameworks(io);
  const ids = [...new Set([...builtinFrameworkIds(), ...stored.keys()])].sort();
  const rows = [];
  for (const id of ids) {
    const loaded = validateFramework(stored.get(id) ?? readBuiltinFramework(id));
    if (!loaded.ok) continue;
    const fw = loaded.framework;
    rows.push({
      id: fw.id,
      title: fw.title,
      decision: fw.decision?.number ?? null,
      provenance: fw.provenance,
      sets: summarizeFramework(fw),
    });
  }
  if (parsed.values.json) io.out(JSON.stringify(rows, null, 2));
  else {
    for (const row of rows) {
      io.out(
        `${row.id}  ${row.decision ?? ''}  (${row.provenance === 'official' ? 'chính thức' : 'tái dựng'})  ${row.title}`,
      );
      for (const s of row.sets)
        io.out(`    ${s.id.padEnd(16)} ${s.subIndices} chỉ số thành phần, ${s.maxPoints} điểm`);
    }
  }
  return 0;
}

async function runExport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { format: { type: 'string' }, out: { type: 'string' } });
  const format = parsed.ok ? (parsed.values.format ?? 'json') : undefined;
  if (!parsed.ok || parsed.positional.length !== 1 || !['xlsx', 'json', 'yaml'].includes(format ?? '')) {
    io.err(parsed.ok ? USAGE : parsed.error);
    return 2;
  }
  const loaded = await loadFramework(parsed.positional[0]!, io);
  if (!loaded.ok) {
    io.err(formatProblems(loaded.problems));
    return 1;
  }
  const out = parsed.values.out;
  if (format === 'xlsx') {
    if (!out) {
      io.err('Lỗi [CLI_ARGS]: xuất Excel cần --out <tệp.xlsx>.');
      return 2;
    }
    await writeFile(resolve(io.cwd, out), await writeFrameworkWorkbook(loaded.framework));
  } else {
    const text =
      format === 'yaml' ? toYaml(loaded.framework) : `${JSON.stringify(loaded.framework, null, 2)}\n`;
    if (!out) {
      io.out(text);
      return 0;
    }
    await writeFile(resolve(io.cwd, out), text, 'utf8');
  }
  io.err(`Đã xuất ${loaded.framework.id} ra ${out}.`);
  return 0;
}

async function runDiff(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
  if (!parsed.ok || parsed.positional.length !== 2) {
    io.err(parsed.ok ? USAGE : parsed.error);
    return 2;
  }
  const [a, b] = parsed.positional as [string, string];
  const from = await loadFramework(a, io);
  const to = await loadFramework(b, io);
  for (const [ref, loaded] of [
    [a, from],
    [b, to],
  ] as const) {
    if (!loaded.ok) {
      io.err(`Bộ chỉ số "${ref}" không hợp lệ.\n${formatProblems(loaded.problems)}`);
      return 1;
    }
  }
  if (!from.ok || !to.ok) return 1;
  const diff = diffFrameworks(from.framework, to.framework);
  io.out(parsed.values.json ? JSON.stringify(diff, null, 2) : formatFrameworkDiff(diff));
  return 0;
}

async function runImport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {});
  if (!parsed.ok || parsed.positional.length !== 1) {
    io.err(parsed.ok ? USAGE : parsed.error);
    return 2;
  }
  const path = resolve(io.cwd, parsed.positional[0]!);
  let read;
  try {
    read = await readFrameworkFile(path);
  } catch (error) {
    return reportError(io, error);
  }
  const checked = read.ok ? validateFramework(read.raw) : read;
  if (!checked.ok) {
    io.err(`Bộ chỉ số không hợp lệ; không lưu gì.\n${formatProblems(checked.problems)}`);
    return 1;
  }
  return withRuntime(io, async (runtime) => {
    const row = await runtime.services.frameworks.importFramework(
      { kind: 'system', name: 'dòng lệnh' },
      { kind: 'json', raw: checked.framework },
    );
    io.out(
      `Đã lưu bộ chỉ số ${row.id} (${summarizeFramework(checked.framework).length} bộ) vào cơ sở dữ liệu.`,
    );
    return 0;
  });
}

const subcommands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  validate: runValidate,
  schema: runSchema,
  list: runList,
  export: runExport,
  diff: runDiff,
  import: runImport,
};

/** The `framework` command group. */
export const frameworkCommand: CliCommand = {
  name: 'framework',
  summary: 'bộ chỉ số: kiểm tra, JSON Schema, danh sách, xuất/nhập, so sánh',
  run: async (args, io) => {
    const [sub, ...rest] = args;
    const handler = sub ? subcommands[sub] : undefined;
    if (!handler) {
      io.err(USAGE);
      return 2;
    }
    return handler(rest, io);
  },
};
