import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Command } from '../command';
import { computeScores, formatScore } from '../../domain/scores';
import { createDigester, type LedgerLine } from '../../domain/digest';
import { dayOf } from '../../domain/calendar';

/**
 * `verify --ledger ledger.ndjson --scores final.json`: recomputes, from the two files alone (no
 * database, no service), each candidate's votes, the total, the scores and ranks, and the digest,
 * and compares them with the scores file. Whether a candidate is flagged is an audit decision that
 * cannot be derived from the ledger, so the scores file's `flagged` values are taken as given.
 * Exit 0: everything matches. Exit 1: something differs (each difference is printed). Exit 2: usage.
 */

const scoresFileSchema = z.object({
  ballotId: z.string(),
  status: z.string().optional(),
  totalVotes: z.number().int().nonnegative(),
  digest: z.string().nullable(),
  candidates: z.array(
    z.object({
      candidateId: z.string(),
      votes: z.number().int().nonnegative(),
      flagged: z.boolean(),
      voteScore: z.number(),
      rank: z.number().int(),
    }),
  ),
  auditHead: z.object({ seq: z.number().int().nonnegative(), hash: z.string() }).optional(),
});
export type ScoresFile = z.infer<typeof scoresFileSchema>;

const isoMillisUtc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ledgerLineSchema = z.strictObject({
  voteId: z.uuid(),
  at: z.string().regex(isoMillisUtc, 'ISO 8601 UTC with milliseconds'),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
  accountId: z.string().min(1),
  candidateIds: z.array(z.uuid()).min(1),
  ip: z.string(),
  userAgent: z.string(),
});

export interface VerifyReport {
  ok: boolean;
  votes: number;
  lines: number;
  digest: string;
  differences: string[];
  /** Line-level problems beyond the ones listed in `differences`. */
  moreLineProblems: number;
}

const MAX_LINE_PROBLEMS = 50;

/** Checks one parsed line; returns what is wrong with it, or null. */
function lineProblem(raw: string, known: Set<string>): { problem: string } | { line: LedgerLine } {
  if (raw.trim() === '') return { problem: 'empty line' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { problem: 'not valid JSON' };
  }
  const parsed = ledgerLineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `${issue.path.join('.') || '(line)'}: ${issue.message}` };
  }
  const line = parsed.data;
  const at = new Date(line.at);
  if (Number.isNaN(at.getTime())) return { problem: `at: not a valid instant (${line.at})` };
  if (dayOf(at) !== line.day) return { problem: `day ${line.day} is not the Asia/Shanghai day of at ${line.at} (${dayOf(at)})` };
  if (new Set(line.candidateIds).size !== line.candidateIds.length) return { problem: 'candidateIds repeats a candidate' };
  const unknown = line.candidateIds.find((id) => !known.has(id));
  if (unknown) return { problem: `candidate ${unknown} is not in the scores file` };
  return { line };
}

/** Streams the ledger lines once, then compares everything with the scores file. */
export async function verifyLedger(ledgerLines: AsyncIterable<string>, scores: ScoresFile): Promise<VerifyReport> {
  const differences: string[] = [];
  let moreLineProblems = 0;
  const known = new Set(scores.candidates.map((c) => c.candidateId));
  const counts = new Map<string, number>();
  const digester = createDigester();
  let lineNo = 0;
  let votes = 0;

  for await (const raw of ledgerLines) {
    lineNo += 1;
    const checked = lineProblem(raw, known);
    if ('problem' in checked) {
      if (differences.length < MAX_LINE_PROBLEMS) differences.push(`ledger line ${lineNo}: ${checked.problem}`);
      else moreLineProblems += 1;
      // Hash what is there, so the digest can only match the ledger the service really published.
      digester.addLineJson(raw);
      continue;
    }
    votes += 1;
    digester.addLine(checked.line);
    for (const id of checked.line.candidateIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }

  if (votes !== scores.totalVotes || lineNo !== scores.totalVotes) {
    differences.push(`totalVotes: scores file says ${scores.totalVotes}, ledger has ${votes} valid vote lines (${lineNo} lines)`);
  }

  // Recompute with the file's flags; file order breaks ties inside a rank (it is not a computed quantity).
  const recomputed = computeScores(
    scores.candidates.map((c, i) => ({ candidateId: c.candidateId, name: '', city: '', position: i, votes: counts.get(c.candidateId) ?? 0, flagged: c.flagged })),
  );
  const byId = new Map(recomputed.map((c) => [c.candidateId, c]));
  const seen = new Set<string>();
  for (const c of scores.candidates) {
    if (seen.has(c.candidateId)) {
      differences.push(`candidate ${c.candidateId}: listed twice in the scores file`);
      continue;
    }
    seen.add(c.candidateId);
    const r = byId.get(c.candidateId);
    if (!r) continue;
    if (r.votes !== c.votes) differences.push(`candidate ${c.candidateId}: votes expected ${c.votes} (scores file), found ${r.votes} (ledger)`);
    if (formatScore(r.voteScore) !== formatScore(c.voteScore)) {
      differences.push(`candidate ${c.candidateId}: voteScore expected ${formatScore(c.voteScore)}, recomputed ${formatScore(r.voteScore)}`);
    }
    if (r.rank !== c.rank) differences.push(`candidate ${c.candidateId}: rank expected ${c.rank}, recomputed ${r.rank}`);
  }
  const fileOrder = scores.candidates.map((c) => c.candidateId).join(',');
  if (seen.size === scores.candidates.length && recomputed.map((c) => c.candidateId).join(',') !== fileOrder) {
    differences.push('candidates: the scores file is not in result order (rank, then display order)');
  }

  const digest = digester.finish({ ballotId: scores.ballotId, totalVotes: votes, candidates: recomputed, auditHead: scores.auditHead });
  if (scores.digest === null) {
    differences.push(`digest: the scores file has none (status ${scores.status ?? 'unknown'}); only finalized scores carry one. Recomputed ${digest}`);
  } else if (scores.digest !== digest) {
    differences.push(`digest: expected ${scores.digest} (scores file), recomputed ${digest}`);
  }

  return { ok: differences.length === 0, votes, lines: lineNo, digest, differences, moreLineProblems };
}

function usage(message: string): number {
  process.stderr.write(`verify: ${message}\nusage: npm run cli -- verify --ledger ledger.ndjson --scores final.json\n`);
  return 2;
}

export const verifyCommand: Command = {
  summary: 'recomputes votes, scores, ranks and the digest from a ledger export and a final scores file',
  options: { ledger: { type: 'string' }, scores: { type: 'string' } },
  async run(flags) {
    const ledgerPath = flags.ledger;
    const scoresPath = flags.scores;
    if (typeof ledgerPath !== 'string' || typeof scoresPath !== 'string') return usage('--ledger and --scores are required');
    for (const p of [ledgerPath, scoresPath]) {
      const st = await stat(p).catch(() => null);
      if (!st || !st.isFile()) return usage(`cannot read ${p}`);
    }

    let scores: ScoresFile;
    try {
      const text = (await readFile(scoresPath, 'utf8')).replace(/^\uFEFF/, '');
      const parsed = scoresFileSchema.safeParse(JSON.parse(text));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return usage(`${scoresPath} is not a scores response: ${issue.path.join('.')} ${issue.message}`);
      }
      scores = parsed.data;
    } catch (err) {
      return usage(`${scoresPath} is not JSON (${err instanceof Error ? err.message : String(err)})`);
    }

    // readline streams the file: memory stays flat however long the ledger is.
    const lines = createInterface({ input: createReadStream(ledgerPath, { encoding: 'utf8' }), crlfDelay: Infinity });
    const report = await verifyLedger(lines, scores);

    if (report.ok) {
      process.stdout.write(
        `OK: ${report.votes} votes, ${scores.candidates.length} candidates; votes, scores, ranks and digest match (${report.digest})\n`,
      );
      return 0;
    }
    process.stdout.write(`MISMATCH: ${report.differences.length + report.moreLineProblems} difference(s)\n`);
    for (const d of report.differences) process.stdout.write(`  ${d}\n`);
    if (report.moreLineProblems > 0) process.stdout.write(`  … and ${report.moreLineProblems} more bad ledger lines\n`);
    return 1;
  },
};
