/** What a command of the `dti` command line receives and how it answers. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** One top-level command (`dti framework …`, `dti score …`). Returns the exit code. */
export interface CliCommand {
  name: string;
  /** One line of Vietnamese help. */
  summary: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}
