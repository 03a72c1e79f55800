import type { Pool } from 'pg';
import { errors } from '../errors';
import { withTransaction, type Executor } from '../storage/db';
import { ballotsRepository } from '../storage/ballots-repository';
import { auditRepository } from '../storage/audit-repository';
import { flagsRepository, type FlagRecord, type FlagStatus, type ReviewDecision, type ReviewEntry } from '../storage/flags-repository';
import type { DetectedFlag } from '../fraud/types';
import type { BallotStatus } from '../domain/calendar';
import { detectionCutoff } from './detection-pass';
import { DetectionWorkerError } from './detection-worker';

/**
 * Stuffing flags: detection over a ballot's votes, auditors' manual flags and reviews. Every flag
 * raised and every review is written to the audit log in the transaction that makes it.
 */

/**
 * Runs one detection pass (read + detect) over the ballot's votes cast before `cutAt`. In the
 * service this is the detection worker thread (detection-worker.ts), never the request thread.
 */
export type PassRunner = (ballotId: string, cutAt: Date) => Promise<PassFigures & { flags: DetectedFlag[] }>;

/** What a pass cost, for logs and metrics; threadId says which thread ran it. */
export interface PassFigures {
  events: number;
  readMs: number;
  detectMs: number;
  threadId: number;
}

export interface ManualFlagInput {
  candidateId: string;
  reason: string;
  windowStart: Date | null;
  windowEnd: Date | null;
}

export type DetectOutcome = { ok: true; raised: FlagRecord[]; pass: PassFigures } | { ok: false; status: BallotStatus };

/** The actor recorded for flags the background job raises. */
export const DETECTOR_ACTOR = 'detector';

const STATUS_OF: Record<ReviewDecision, FlagStatus> = { confirm: 'confirmed', dismiss: 'dismissed' };

/** Flags can change only while the ballot is published: drafts have no votes, finalized results are frozen. */
function refusal(status: BallotStatus): string | null {
  switch (status) {
    case 'draft':
      return 'The ballot is a draft; it has no votes to flag.';
    case 'finalized':
      return 'The ballot is finalized; its flags are frozen.';
    case 'published':
      return null;
    default: {
      const never: never = status;
      throw new Error(`unknown status ${String(never)}`);
    }
  }
}

/** `onChange(ballotId)`: after a commit that raised or reviewed flags (scores caches listen). */
export function createFlagService(pool: Pool, runPass: PassRunner, onChange: (ballotId: string) => void = () => {}) {
  const flags = flagsRepository(pool);
  const ballots = ballotsRepository(pool);
  const audit = auditRepository(pool);

  const flagAuditDetails = (f: FlagRecord): Record<string, unknown> => ({
    flagId: f.id,
    candidateId: f.candidateId,
    rule: f.rule,
    severity: f.severity,
    windowStart: f.windowStart?.toISOString() ?? null,
    windowEnd: f.windowEnd?.toISOString() ?? null,
    observed: f.observed,
    expected: f.expected,
    ...(f.burstKey ? { burstKey: f.burstKey } : {}),
  });

  async function requireBallot(ballotId: string, tx: Executor = pool) {
    const ballot = await ballots.findById(ballotId, tx);
    if (!ballot) throw errors.notFound('ballot');
    return ballot;
  }

  return {
    async list(ballotId: string, status: FlagStatus | null): Promise<FlagRecord[]> {
      await requireBallot(ballotId);
      return flags.listByBallot(ballotId, status);
    },

    async get(flagId: string): Promise<FlagRecord> {
      const flag = await flags.findById(flagId);
      if (!flag) throw errors.notFound('flag');
      return flag;
    },

    /**
     * An auditor's decision. A flag already reviewed may be reviewed again (auditors do change their
     * minds, e.g. on new evidence) until the ballot is finalized: the new decision applies and the
     * earlier ones move to `review.history`; each review is its own audit entry.
     */
    async review(flagId: string, input: { decision: ReviewDecision; note: string }, actor: string, now: Date): Promise<FlagRecord> {
      const saved = await withTransaction(pool, async (tx) => {
        const found = await flags.findById(flagId, tx);
        if (!found) throw errors.notFound('flag');
        // Ballot first, then the flag, then the audit lock: the same order as everywhere else.
        const gate = await flags.lockBallotForShare(found.ballotId, tx);
        if (!gate) throw errors.notFound('flag');
        if (gate.status === 'finalized') throw errors.invalidState('The ballot is finalized; its flags can no longer be reviewed.');
        const flag = (await flags.findByIdForUpdate(flagId, tx))!;
        // Four eyes: a manual flag zeroes a candidate only once an auditor other than its raiser confirms it.
        if (flag.rule === 'manual' && input.decision === 'confirm' && flag.createdBy === actor) {
          throw errors.forbidden('A manual flag must be confirmed by an auditor other than the one who raised it.');
        }
        const entry: ReviewEntry = { decision: input.decision, note: input.note, by: actor, at: now.toISOString() };
        const history: ReviewEntry[] = flag.review
          ? [...flag.review.history, { decision: flag.review.decision, note: flag.review.note, by: flag.review.by, at: flag.review.at }]
          : [];
        const status = STATUS_OF[input.decision];
        const saved = await flags.saveReview(flagId, status, { ...entry, history }, tx);
        await audit.append(
          {
            at: now,
            actor,
            action: 'flag.reviewed',
            subject: `flag:${flagId}`,
            ballotId: flag.ballotId,
            details: { flagId, candidateId: flag.candidateId, decision: input.decision, note: input.note, previousStatus: flag.status, status },
          },
          tx,
        );
        return saved;
      });
      onChange(saved.ballotId);
      return saved;
    },

    async raiseManual(ballotId: string, input: ManualFlagInput, actor: string, now: Date): Promise<FlagRecord> {
      const flag = await withTransaction(pool, async (tx) => {
        const gate = await flags.lockBallotForShare(ballotId, tx);
        if (!gate) throw errors.notFound('ballot');
        const refused = refusal(gate.status);
        if (refused) throw errors.invalidState(refused);
        const candidates = await ballots.listCandidates(ballotId, tx);
        if (!candidates.some((c) => c.id === input.candidateId)) throw errors.notFound('candidate in this ballot');
        const flag = await flags.insertManual({ ballotId, ...input, createdBy: actor, now }, tx);
        await audit.append(
          { at: now, actor, action: 'flag.raised', subject: `flag:${flag.id}`, ballotId, details: { ...flagAuditDetails(flag), reason: input.reason } },
          tx,
        );
        return flag;
      });
      onChange(ballotId);
      return flag;
    },

    /**
     * Runs the detector over every vote of the completed minutes so far (see detectionCutoff) and
     * stores the bursts not raised before. The pass runs in the detection worker; only its flags
     * come back here, and are stored in one transaction with their audit entries. The unique
     * (ballot, candidate, burst key) constraint makes this safe to run repeatedly and from several
     * instances at once: a burst is raised, and audited, exactly once, whoever gets there first.
     * A pass that cannot finish (timed out, worker out of memory, queue full) is 503: nothing was
     * recorded and it is safe to retry.
     */
    async detect(ballotId: string, actor: string, now: Date): Promise<DetectOutcome> {
      const ballot = await requireBallot(ballotId);
      if (refusal(ballot.status)) return { ok: false, status: ballot.status };
      const known = new Set((await ballots.listCandidates(ballotId)).map((c) => c.id));
      let result: Awaited<ReturnType<PassRunner>>;
      try {
        result = await runPass(ballotId, detectionCutoff(now));
      } catch (err) {
        if (err instanceof DetectionWorkerError && err.reason !== 'failed') {
          throw Object.assign(errors.unavailable(`Detection could not run (${err.reason}); nothing was recorded. Safe to retry.`), { cause: err });
        }
        throw err;
      }
      const { flags: found, ...pass } = result;
      // A flag must name a candidate of this ballot (the table's foreign key says so too).
      const detected = found.filter((f) => known.has(f.candidateId));
      if (detected.length === 0) return { ok: true, raised: [], pass };
      const outcome = await withTransaction(pool, async (tx): Promise<DetectOutcome> => {
        const gate = await flags.lockBallotForShare(ballotId, tx);
        if (!gate) throw errors.notFound('ballot');
        // Finalized while we were reading: the frozen result must not change under it.
        if (refusal(gate.status)) return { ok: false, status: gate.status };
        const raised: FlagRecord[] = [];
        for (const d of detected) {
          const flag = await flags.insertDetected(ballotId, d, actor, now, tx);
          if (!flag) continue;
          raised.push(flag);
          await audit.append({ at: now, actor, action: 'flag.raised', subject: `flag:${flag.id}`, ballotId, details: flagAuditDetails(flag) }, tx);
        }
        return { ok: true, raised, pass };
      });
      if (outcome.ok && outcome.raised.length > 0) onChange(ballotId);
      return outcome;
    },
  };
}

export type FlagService = ReturnType<typeof createFlagService>;
