// Every CLI command, in the order `--help` lists them. Add a command by adding its module here.
import type { Command } from '../command';
import { callCommand } from './call';
import { campaignCommand } from './campaign';
import { dashboardCommand } from './dashboard';
import { importCommand } from './import';
import { importsCommand, rejectsCommand } from './import-history';
import { reportCommand } from './report';
import { segmentCommand } from './segment';
import { serveCommand } from './serve';
import { modelsCommand, refreshCommand, trainCommand } from './scoring';
import { demoCommand, infoCommand, queryCommand } from './workspace';
import { warningsCommand } from './warnings';

export const commands: readonly Command[] = [
  demoCommand,
  infoCommand,
  queryCommand,
  importCommand,
  importsCommand,
  rejectsCommand,
  serveCommand,
  refreshCommand,
  trainCommand,
  modelsCommand,
  segmentCommand,
  dashboardCommand,
  reportCommand,
  warningsCommand,
  campaignCommand,
  callCommand,
];
