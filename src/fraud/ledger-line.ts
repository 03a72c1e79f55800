import type { VoteEvent } from './types';

/**
 * Parses one line of the ledger export (`{"voteId","at","day","accountId","candidateIds","ip","userAgent"}`)
 * into a VoteEvent, or throws a message saying what is wrong with it (the caller adds the line number).
 */
export function parseLedgerLine(line: string): VoteEvent {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not a JSON object');
  const r = raw as Record<string, unknown>;
  const at = typeof r.at === 'string' ? Date.parse(r.at) : typeof r.at === 'number' ? r.at : NaN;
  if (!Number.isFinite(at)) throw new Error('"at" must be an ISO timestamp');
  if (typeof r.accountId !== 'string' || r.accountId.length === 0) throw new Error('"accountId" must be a non-empty string');
  if (!Array.isArray(r.candidateIds) || r.candidateIds.length === 0 || !r.candidateIds.every((c) => typeof c === 'string')) {
    throw new Error('"candidateIds" must be a non-empty array of strings');
  }
  if (typeof r.ip !== 'string') throw new Error('"ip" must be a string');
  if (typeof r.userAgent !== 'string') throw new Error('"userAgent" must be a string');
  if (r.voteId !== undefined && typeof r.voteId !== 'string') throw new Error('"voteId" must be a string');
  return { voteId: r.voteId as string | undefined, at, accountId: r.accountId, candidateIds: r.candidateIds as string[], ip: r.ip, userAgent: r.userAgent };
}
