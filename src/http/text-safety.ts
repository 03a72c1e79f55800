/**
 * Strings PostgreSQL cannot store: a NUL (text refuses 0x00) or a lone UTF-16 surrogate (not
 * encodable as UTF-8; jsonb refuses the `\ud800` escape). Checked once at the edge for every part
 * of every request, so such input is a 400 wherever it appears, never a 500 from the database.
 */
// String.prototype.isWellFormed (Node 20) is newer than the TypeScript lib this project targets.
type WellFormedCheck = string & { isWellFormed(): boolean };

export function unstorableStringPath(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\0') || !(value as WellFormedCheck).isWellFormed() ? path || '(root)' : null;
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = unstorableStringPath(value[i], `${path}/${i}`, depth + 1);
      if (bad !== null) return bad;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    const bad =
      unstorableStringPath(key, `${path}/${key.replace(/\0/g, '')}`, depth + 1) ??
      unstorableStringPath((value as Record<string, unknown>)[key], `${path}/${key}`, depth + 1);
    if (bad !== null) return bad;
  }
  return null;
}
