import { z } from 'zod';
import type { FlagRecord } from '../storage/flags-repository';

/** API.md's Flag, as every flags endpoint returns it. */

const reviewEntrySchema = z.object({
  decision: z.enum(['confirm', 'dismiss']),
  note: z.string(),
  by: z.string(),
  at: z.string(),
});

export const flagSchema = z
  .object({
    id: z.string(),
    ballotId: z.string(),
    candidateId: z.string(),
    rule: z.string(),
    status: z.enum(['active', 'confirmed', 'dismissed']),
    windowStart: z.string().nullable(),
    windowEnd: z.string().nullable(),
    observed: z.number().nullable(),
    expected: z.number().nullable(),
    severity: z.string(),
    evidence: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    createdBy: z.string(),
    review: reviewEntrySchema
      .extend({ history: z.array(reviewEntrySchema).describe('earlier reviews of this flag, oldest first') })
      .nullable(),
  })
  .describe('Flag');

export type FlagView = z.infer<typeof flagSchema>;

export const flagListSchema = z.object({ flags: z.array(flagSchema) });

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function toFlagView(f: FlagRecord): FlagView {
  return {
    id: f.id,
    ballotId: f.ballotId,
    candidateId: f.candidateId,
    rule: f.rule,
    status: f.status,
    windowStart: iso(f.windowStart),
    windowEnd: iso(f.windowEnd),
    observed: f.observed,
    expected: f.expected,
    severity: f.severity,
    evidence: f.evidence,
    createdAt: f.createdAt.toISOString(),
    createdBy: f.createdBy,
    review: f.review
      ? { decision: f.review.decision, note: f.review.note, by: f.review.by, at: f.review.at, history: f.review.history }
      : null,
  };
}
