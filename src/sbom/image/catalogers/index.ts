import type { OsCataloger } from '../cataloger.js';
import { apkCataloger } from './apk.js';
import { dpkgCataloger } from './dpkg.js';

/**
 * The OS package databases an image SBOM reads, one line each. rpm is not among them: its
 * database is SQLite (or Berkeley DB before RHEL 9) of rpm header blobs, and no maintained pure
 * JavaScript reader of it exists (see docs/sbom.md).
 */
export const OS_CATALOGERS: readonly OsCataloger[] = [dpkgCataloger, apkCataloger];
