// The registry of top-level commands. Add a line per command; keep it sorted by name.
import type { CliCommand } from './command';
import { frameworkCommand } from './framework.command';
import { scoreCommand } from './score.command';

export const commands: CliCommand[] = [frameworkCommand, scoreCommand];
