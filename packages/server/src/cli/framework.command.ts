/** `dti framework …`: validate, schema, list, export, import, diff. */
import { buildFrameworkJsonSchema, summarizeFramework } from '@dti/core';
import type { CliCommand, CliIo } from './command';
import { formatProblems, parseCommandArgs } from './cli-output';
import { loadFramework, readFrameworkRef } from './load-framework';

const USAGE = [
  'Cách dùng:',
  '  dti framework validate <tệp|mã> [--json]   kiểm tra một bộ chỉ số',
  '  dti framework schema                       in JSON Schema của định dạng v1',
].join('\n');

async function runValidate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
  if (!parsed.ok || parsed.positional.length !== 1) {
    io.err(parsed.ok ? USAGE : parsed.error);
    return 2;
  }
  const ref = parsed.positional[0]!;
  const read = await readFrameworkRef(ref, io.cwd);
  const outcome = read.ok ? await loadFramework(ref, io.cwd) : read;
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

const subcommands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  validate: runValidate,
  schema: runSchema,
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
