import { createHash } from 'node:crypto';
import { ndjson } from '../../load-tests/heldout/generate';
import type { LabelledPart } from '../../load-tests/heldout/ledger';
import { FAMILIES, RUNS, type Run } from '../../load-tests/heldout-e/catalogue';
import { generate, type Generated } from '../../load-tests/heldout-e/generate';

/**
 * Held-out set E's generator: each run is a pure function of (family, seed), and its labels say
 * exactly what is in its ledger. The organic crowd is scaled down to a twentieth so the whole catalogue
 * runs in seconds; the families keep their real sizes.
 */
const SCALE = 0.05;
const SHANGHAI_MS = 8 * 3_600_000;

const digest = (g: Generated): string => createHash('sha256').update(ndjson(g.lines)).update(JSON.stringify(g.labels)).digest('hex');

/** Windows recomputed from the votes themselves: per source, first to last vote and the count. */
function windowsFromVotes(g: Generated, kind: 'attack' | 'legit', names: readonly string[]): Map<string, string[]> {
  const perSource = new Map<number, { start: number; end: number; votes: number }>();
  for (const v of g.votes) {
    if (g.sourceKinds[v.source] !== kind) continue;
    const w = perSource.get(v.source);
    if (!w) perSource.set(v.source, { start: v.at, end: v.at, votes: 1 });
    else {
      w.end = Math.max(w.end, v.at);
      w.start = Math.min(w.start, v.at);
      w.votes++;
    }
  }
  const byGroup = new Map<string, string[]>();
  for (const [source, w] of perSource) {
    const group = names[source];
    byGroup.set(group, [...(byGroup.get(group) ?? []), `${new Date(w.start).toISOString()}|${new Date(w.end).toISOString()}|${w.votes}`]);
  }
  for (const list of byGroup.values()) list.sort();
  return byGroup;
}

function labelledWindows(parts: readonly LabelledPart[]): Map<string, string[]> {
  return new Map(parts.map((p) => [p.group, p.windows.map((w) => `${w.start}|${w.end}|${w.votes}`).sort()]));
}

describe('held-out set E catalogue', () => {
  it('has at least 7 attack and 8 legitimate families, 2–3 seeds each, 30–45 runs', () => {
    expect(FAMILIES.filter((f) => f.kind === 'attack').length).toBeGreaterThanOrEqual(7);
    expect(FAMILIES.filter((f) => f.kind === 'legit').length).toBeGreaterThanOrEqual(8);
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length);
    for (const f of FAMILIES) expect([2, 3]).toContain(f.seeds.length);
    expect(RUNS.length).toBeGreaterThanOrEqual(30);
    expect(RUNS.length).toBeLessThanOrEqual(45);
    expect(RUNS.every((r) => r.split === 'holdout')).toBe(true);
  });
});

describe.each(RUNS.map((run): [string, Run] => [`${run.family.id}-seed${run.seed}`, run]))('held-out set E run %s', (_name, run) => {
  let g: Generated;
  beforeAll(() => {
    g = generate(run, { organicScale: SCALE });
  });

  if (run.seed === run.family.seeds[0]) {
    it('is the same ledger and labels every time', () => {
      expect(digest(generate(run, { organicScale: SCALE }))).toBe(digest(g));
    });
  }

  it('labels the run as its family says', () => {
    expect(g.labels).toMatchObject({ family: run.family.id, seed: run.seed, split: 'holdout', kind: run.family.kind, totalVotes: g.lines.length });
    if (run.family.kind === 'attack') expect(g.labels.attacks.length).toBeGreaterThan(0);
    else {
      expect(g.labels.attacks).toEqual([]);
      expect(g.labels.honestSurges.length).toBeGreaterThan(0);
    }
    for (const part of [...g.labels.attacks, ...g.labels.honestSurges]) {
      expect(part.votes).toBe(part.windows.reduce((n, w) => n + w.votes, 0));
      expect(part.votes).toBeGreaterThan(0);
    }
  });

  it('has windows that are exactly its labelled votes, one per source', () => {
    const groupOf = g.sourceGroups;
    expect(windowsFromVotes(g, 'attack', groupOf)).toEqual(labelledWindows(g.labels.attacks));
    expect(windowsFromVotes(g, 'legit', groupOf)).toEqual(labelledWindows(g.labels.honestSurges));
  });

  it('puts each part on its candidate: every labelled vote ticks it', () => {
    const candidateOf = new Map([...g.labels.attacks, ...g.labels.honestSurges].map((p) => [p.group, p.candidateId]));
    const strays = g.votes.filter((v) => g.sourceKinds[v.source] !== 'organic' && !v.candidateIds.includes(candidateOf.get(g.sourceGroups[v.source]) ?? ''));
    expect(strays).toEqual([]);
  });

  it('is a ledger the service could have written', () => {
    expect(ledgerProblems(g).slice(0, 5)).toEqual([]);
  });
});

/**
 * What the service would never have written: a vote outside the window or out of order, a wrong
 * day, a second vote by an account in a day, a bad selection, a malformed address or agent.
 * Plain loops (not one expect per line) keep the catalogue's checks within seconds.
 */
function ledgerProblems(g: Generated): string[] {
  const problems: string[] = [];
  const opensAt = Date.parse(g.labels.opensAt);
  const closesAt = Date.parse(g.labels.closesAt);
  const known = new Set(g.candidateIds);
  const seen = new Set<string>();
  const address = /^(\d{1,3}\.){3}\d{1,3}$|^[0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}$/;
  let last = -Infinity;
  for (const line of g.lines) {
    const at = Date.parse(line.at);
    const key = `${line.accountId}|${line.day}`;
    const ids = line.candidateIds;
    if (at < opensAt || at >= closesAt) problems.push(`${line.voteId} at ${line.at} outside the window`);
    if (at < last) problems.push(`${line.voteId} out of cast order`);
    if (line.day !== new Date(at + SHANGHAI_MS).toISOString().slice(0, 10)) problems.push(`${line.voteId} day ${line.day} for ${line.at}`);
    if (seen.has(key)) problems.push(`${line.accountId} voted twice on ${line.day}`);
    if (ids.length < 1 || ids.length > g.maxChoices || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id))) problems.push(`${line.voteId} bad selection ${ids.join(',')}`);
    if (!address.test(line.ip)) problems.push(`${line.voteId} bad address ${line.ip}`);
    if (!line.userAgent.includes('MicroMessenger/')) problems.push(`${line.voteId} not a WeChat agent`);
    seen.add(key);
    last = at;
  }
  return problems;
}
