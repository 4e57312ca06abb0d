// The registry of top-level commands. Add a line per command; keep it sorted by name.
import type { CliCommand } from './command';

export const commands: CliCommand[] = [];
