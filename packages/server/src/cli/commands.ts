// The registry of top-level commands. Add a line per command; keep it sorted by name.
import { analyzeCommand } from './analyze.command';
import type { CliCommand } from './command';
import { dbCommand } from './db.command';
import { exportCommand } from './export.command';
import { frameworkCommand } from './framework.command';
import { importCommand } from './import.command';
import { notifyCommand } from './notify.command';
import { periodCommand } from './period.command';
import { resultsCommand } from './results.command';
import { scoreCommand } from './score.command';
import { serveCommand } from './serve.command';
import { templateCommand } from './template.command';
import { unitsCommand } from './units.command';
import { userCommand } from './user.command';

export const commands: CliCommand[] = [
  analyzeCommand,
  dbCommand,
  exportCommand,
  frameworkCommand,
  importCommand,
  notifyCommand,
  periodCommand,
  resultsCommand,
  scoreCommand,
  serveCommand,
  templateCommand,
  unitsCommand,
  userCommand,
];
