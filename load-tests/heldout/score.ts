import { HOUR } from './calendar';
import type { Labels } from './ledger';

export interface Flag {
  candidateId: string;
  rule: string;
  windowStart: string;
  windowEnd: string;
  observed: number;
  expected: number;
  severity: string | number;
}

/** Slack around an attack window within which a flag on the attacked candidate counts as a detection. */
export const OVERLAP_SLACK_MS = HOUR;

export interface RunScore {
  family: string;
  seed: number;
  split: string;
  kind: 'attack' | 'legit';
  /** Attacked candidates, and how many of them were flagged over their windows (± 1 h). */
  attacked: number;
  detected: number;
  /** Per detected attack: first overlapping flag's windowStart minus the attack's start, in minutes. */
  timeToFlagMin: number[];
  /** Flags on candidates that were not attacked. */
  falseFlags: number;
  /** Flags on an attacked candidate that overlap none of its windows. */
  strayFlags: number;
}

function overlaps(flag: Flag, start: number, end: number): boolean {
  return Date.parse(flag.windowStart) <= end + OVERLAP_SLACK_MS && Date.parse(flag.windowEnd) >= start - OVERLAP_SLACK_MS;
}

export function scoreRun(labels: Labels, flags: readonly Flag[]): RunScore {
  const attackedIds = new Set(labels.attacks.map((a) => a.candidateId));
  const score: RunScore = { family: labels.family, seed: labels.seed, split: labels.split, kind: labels.kind, attacked: 0, detected: 0, timeToFlagMin: [], falseFlags: 0, strayFlags: 0 };
  const byCandidate = new Map<string, { start: number; end: number }[]>();
  for (const a of labels.attacks) {
    const list = byCandidate.get(a.candidateId) ?? [];
    for (const w of a.windows) list.push({ start: Date.parse(w.start), end: Date.parse(w.end) });
    byCandidate.set(a.candidateId, list);
  }
  for (const [candidateId, windows] of byCandidate) {
    score.attacked++;
    const firstStart = Math.min(...windows.map((w) => w.start));
    const hits = flags.filter((f) => f.candidateId === candidateId && windows.some((w) => overlaps(f, w.start, w.end)));
    if (hits.length > 0) {
      score.detected++;
      const earliest = Math.min(...hits.map((f) => Date.parse(f.windowStart)));
      score.timeToFlagMin.push(Math.round(((earliest - firstStart) / 60_000) * 10) / 10);
    }
    score.strayFlags += flags.filter((f) => f.candidateId === candidateId).length - hits.length;
  }
  score.falseFlags = flags.filter((f) => !attackedIds.has(f.candidateId)).length;
  return score;
}

export interface FamilySummary {
  family: string;
  kind: 'attack' | 'legit';
  runs: number;
  attacked: number;
  detected: number;
  /** detected / attacked, for attack families; null for legitimate ones. */
  recall: number | null;
  /** Runs with at least one flag on a candidate that was not attacked. */
  runsFalselyFlagged: number;
  falseFlags: number;
  strayFlags: number;
  medianTimeToFlagMin: number | null;
  maxTimeToFlagMin: number | null;
  seeds: { seed: number; attacked: number; detected: number; falseFlags: number; timeToFlagMin: number[] }[];
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return Math.round((s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) * 10) / 10;
}

export function summarize(scores: readonly RunScore[]): FamilySummary[] {
  const byFamily = new Map<string, RunScore[]>();
  for (const s of scores) byFamily.set(s.family, [...(byFamily.get(s.family) ?? []), s]);
  return [...byFamily].map(([family, list]) => {
    const attacked = list.reduce((n, s) => n + s.attacked, 0);
    const detected = list.reduce((n, s) => n + s.detected, 0);
    const ttf = list.flatMap((s) => s.timeToFlagMin);
    return {
      family,
      kind: list[0].kind,
      runs: list.length,
      attacked,
      detected,
      recall: list[0].kind === 'attack' ? (attacked === 0 ? null : Math.round((detected / attacked) * 1000) / 1000) : null,
      runsFalselyFlagged: list.filter((s) => s.falseFlags > 0).length,
      falseFlags: list.reduce((n, s) => n + s.falseFlags, 0),
      strayFlags: list.reduce((n, s) => n + s.strayFlags, 0),
      medianTimeToFlagMin: median(ttf),
      maxTimeToFlagMin: ttf.length ? Math.max(...ttf) : null,
      seeds: list.map((s) => ({ seed: s.seed, attacked: s.attacked, detected: s.detected, falseFlags: s.falseFlags, timeToFlagMin: s.timeToFlagMin })),
    };
  });
}

export interface Totals {
  attackRecall: number | null;
  attacked: number;
  detected: number;
  legitRuns: number;
  legitRunsFalselyFlagged: number;
  attackRunsWithFalseFlags: number;
  /** Runs by name (`A1-seed3`): attacks missed, legitimate runs falsely flagged. */
  missed: string[];
  falselyFlagged: string[];
}

export function totals(summaries: readonly FamilySummary[]): Totals {
  const attack = summaries.filter((s) => s.kind === 'attack');
  const legit = summaries.filter((s) => s.kind === 'legit');
  const attacked = attack.reduce((n, s) => n + s.attacked, 0);
  const detected = attack.reduce((n, s) => n + s.detected, 0);
  return {
    attackRecall: attacked ? Math.round((detected / attacked) * 1000) / 1000 : null,
    attacked,
    detected,
    legitRuns: legit.reduce((n, s) => n + s.runs, 0),
    legitRunsFalselyFlagged: legit.reduce((n, s) => n + s.runsFalselyFlagged, 0),
    attackRunsWithFalseFlags: attack.reduce((n, s) => n + s.runsFalselyFlagged, 0),
    missed: attack.flatMap((s) => s.seeds.filter((r) => r.detected < r.attacked).map((r) => `${s.family}-seed${r.seed}`)),
    falselyFlagged: legit.flatMap((s) => s.seeds.filter((r) => r.falseFlags > 0).map((r) => `${s.family}-seed${r.seed}`)),
  };
}
