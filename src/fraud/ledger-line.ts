import type { VoteEvent } from './types';

/**
 * Parses one line of the ledger export (`{"voteId","at","day","accountId","candidateIds","ip","userAgent"}`)
 * into a VoteEvent, or throws a message saying what is wrong with it (the caller adds the line number).
 *
 * Lenient where the detector loses nothing: a byte-order mark or a trailing CR (files edited on
 * Windows), unknown extra fields, a missing/null userAgent or ip (an empty string: a vote without a
 * WeChat UA is itself evidence), a numeric voteId, `at` as epoch milliseconds. Strict where a
 * guess would change the answer: the time, the account and the candidates.
 */
export function parseLedgerLine(line: string): VoteEvent {
  let raw: unknown;
  try {
    raw = JSON.parse(line.replace(/^\uFEFF/, '').replace(/\r$/, ''));
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not a JSON object');
  const r = raw as Record<string, unknown>;
  const at = typeof r.at === 'string' ? Date.parse(r.at) : typeof r.at === 'number' ? r.at : NaN;
  if (!Number.isFinite(at)) throw new Error('"at" must be an ISO timestamp');
  if (typeof r.accountId !== 'string' || r.accountId.length === 0) throw new Error('"accountId" must be a non-empty string');
  const ids = typeof r.candidateIds === 'string' ? [r.candidateIds] : r.candidateIds;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((c) => typeof c === 'string' && c.length > 0)) {
    throw new Error('"candidateIds" must be a non-empty array of strings');
  }
  const ip = optionalString(r.ip, 'ip');
  const userAgent = optionalString(r.userAgent, 'userAgent');
  if (r.voteId !== undefined && r.voteId !== null && typeof r.voteId !== 'string' && typeof r.voteId !== 'number') throw new Error('"voteId" must be a string');
  const voteId = r.voteId === undefined || r.voteId === null ? undefined : String(r.voteId);
  // A vote selecting the same candidate twice counts once (the service refuses such votes anyway).
  const candidateIds = ids.length > 1 ? [...new Set(ids as string[])] : (ids as string[]);
  return { voteId, at, accountId: r.accountId, candidateIds, ip: ip.trim(), userAgent };
}

function optionalString(v: unknown, name: string): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw new Error(`"${name}" must be a string`);
  return v;
}
