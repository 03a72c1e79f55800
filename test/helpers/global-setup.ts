import { ensureTemplate } from './databases';
import { ensurePagesBuilt } from './build-pages';

/** Builds the migrated template database and the pages (when stale) once before any test file runs. */
export default async function globalSetup(): Promise<void> {
  ensurePagesBuilt();
  await ensureTemplate();
}
