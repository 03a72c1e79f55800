/** The API's shapes as the console reads them (API.md). */

import type { Candidate, Phase } from '../shared/api-types';

export type { Candidate, Phase };

export interface Ballot {
  id: string;
  title: string;
  category: 'county' | 'township';
  year: number;
  seats: number;
  maxChoices: number;
  opensAt: string;
  closesAt: string;
  durationDays: number;
  status: 'draft' | 'published' | 'finalized';
  phase: Phase;
  showLiveCounts: boolean;
  totalVotes?: number;
  candidates?: Candidate[];
}

export interface BallotSummary extends Ballot {
  candidateCount: number;
}

export interface ScoredCandidate {
  candidateId: string;
  name: string;
  city: string;
  votes: number;
  flagged: boolean;
  voteScore: number;
  rank: number;
}

export interface Scores {
  ballotId: string;
  status: 'provisional' | 'final';
  weight: number;
  method: string;
  generatedAt: string;
  totalVotes: number;
  digest: string | null;
  candidates: ScoredCandidate[];
}

export interface Timeline {
  bucket: 'minute' | 'hour';
  from: string;
  to: string;
  series: Array<{ candidateId: string; points: Array<{ t: string; votes: number }> }>;
}

export interface ReviewEntry {
  decision: 'confirm' | 'dismiss';
  note: string;
  by: string;
  at: string;
}

export interface Flag {
  id: string;
  ballotId: string;
  candidateId: string;
  rule: string;
  status: 'active' | 'confirmed' | 'dismissed';
  windowStart: string | null;
  windowEnd: string | null;
  observed: number | null;
  expected: number | null;
  severity: string;
  evidence: Record<string, unknown>;
  createdAt: string;
  createdBy: string;
  review: (ReviewEntry & { history?: ReviewEntry[] }) | null;
}

export interface FlagContext {
  windowStart: string | null;
  windowEnd: string | null;
  from: string;
  to: string;
  expectedMethod: string;
  points: Array<{ t: string; votes: number; others: number; expected: number | null }>;
  window: { votes: number; others: number; expected: number } | null;
  top: {
    ips: Array<{ ip: string; votes: number }>;
    prefixes: Array<{ prefix: string; votes: number }>;
    userAgents: Array<{ userAgent: string; votes: number }>;
    votesRead: number;
    truncated: boolean;
  } | null;
  sampleSource: 'evidence' | 'window' | 'none';
  sampleVotes: Array<{ voteId: string; at: string; day: string; candidateIds: string[]; ip: string; userAgent: string }>;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}
