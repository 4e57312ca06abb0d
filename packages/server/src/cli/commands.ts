// The registry of top-level commands. Add a line per command; keep it sorted by name.
import type { CliCommand } from './command';
import { dbCommand } from './db.command';
import { frameworkCommand } from './framework.command';
import { scoreCommand } from './score.command';
import { serveCommand } from './serve.command';
import { userCommand } from './user.command';

export const commands: CliCommand[] = [dbCommand, frameworkCommand, scoreCommand, serveCommand, userCommand];
