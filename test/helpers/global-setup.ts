import { ensureTemplate } from './databases';

/** Builds the migrated template database once before any test file runs. */
export default async function globalSetup(): Promise<void> {
  await ensureTemplate();
}
