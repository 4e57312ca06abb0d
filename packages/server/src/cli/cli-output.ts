/** Shared formatting of the command line: problems, Vietnamese numbers, plain tables. */
import { parseArgs } from 'node:util';
import type { Problem } from '@dti/core';

const decimals2 = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1234.5 → "1.234,50" (Vietnamese: dot thousands, comma decimals). */
export function formatNumberVi(value: number): string {
  return decimals2.format(value);
}

/** One line per problem: `Lỗi [CODE] where: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `Lỗi [${p.code}] ${p.path}: ${p.message}`);
  return `${lines.join('\n')}\n${problems.length} lỗi.`;
}

/** A left/right aligned text table; `align` is 'l' or 'r' per column. */
export function renderTable(headers: string[], rows: string[][], align: ('l' | 'r')[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (align[i] === 'r' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Options of a command: name → string (value) or boolean (flag). */
export type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

/**
 * Parses arguments strictly with node:util's parseArgs: an unknown option is an error, never
 * silently ignored. Returns the Vietnamese problem text on failure.
 */
export function parseCommandArgs<T extends OptionSpec>(
  args: string[],
  options: T,
):
  | {
      ok: true;
      positional: string[];
      values: { [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean };
    }
  | { ok: false; error: string } {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { ok: true, positional: parsed.positionals, values: parsed.values };
  } catch (error) {
    return { ok: false, error: `Lỗi [CLI_ARGS]: ${error instanceof Error ? error.message : String(error)}` };
  }
}
