import type { CliIo } from './command';
import { commands } from './commands';

/** Runs the `dti` command line with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(renderHelp());
    return name ? 0 : 1;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Lỗi [CLI_UNKNOWN_COMMAND]: không có lệnh "${name}".\n\n${renderHelp()}`);
    return 2;
  }
  return command.run(rest, io);
}

function renderHelp(): string {
  const lines = [...commands]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => `  ${c.name.padEnd(12)} ${c.summary}`);
  return ['Cách dùng: dti <lệnh> [tham số]', '', 'Các lệnh:', ...lines, ''].join('\n');
}

function defaultIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    env: process.env,
    cwd: process.cwd(),
  };
}
