import type { Command } from '../command.js';
import { checksumsCommand } from './checksums.js';
import { generateKeyPairCommand } from './generate-key-pair.js';
import { releaseCommand } from './release.js';
import { sbomCommand } from './sbom.js';
import { signBlobCommand } from './sign-blob.js';
import { verifyBlobCommand } from './verify-blob.js';
import { verifyChecksumsCommand } from './verify-checksums.js';

/** Every `trust-kit` subcommand, in the order `--help` lists them; adding one is one line here. */
export const COMMANDS: readonly Command[] = [releaseCommand, checksumsCommand, signBlobCommand, generateKeyPairCommand, verifyBlobCommand, verifyChecksumsCommand, sbomCommand];
