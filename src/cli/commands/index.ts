import type { Command } from '../command.js';
import { checksumsCommand } from './checksums.js';
import { releaseCommand } from './release.js';

/** Every `trust-kit` subcommand, in the order `--help` lists them; adding one is one line here. */
export const COMMANDS: readonly Command[] = [releaseCommand, checksumsCommand];
