#!/usr/bin/env node
/* global process */
// The `dti` command line. Sources are TypeScript, run through tsx so that `npx dti` works right
// after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
