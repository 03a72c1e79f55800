import { type AttackContext, type AttackLabel, clickFarm, lockstepCohort, nightDrip, proxyPool, scriptedBot } from './attack-layers';
import { BallotModel, type SimVote } from './ballot-model';
import { phoneFarm, scriptInMobilization, slowPhones, slowScript } from './hidden-attacks';
import { familyPhones, nightPopulation, officeStaff, viralForward } from './honest-crowds';
import { articlePush, countyMobilization, newspaperSurge } from './legit-layers';
import { addOrganic, type OrganicVoter } from './organic';
import { Rng } from './prng';

export interface ScenarioLabels {
  scenario: string;
  seed: number;
  /** Empty for legitimate scenarios. */
  attacks: AttackLabel[];
}

export interface SimulatedLedger {
  votes: Array<SimVote & { voteId: string }>;
  labels: ScenarioLabels;
  candidates: string[];
}

export interface SimulateOptions {
  /** Organic background votes (default 220,000: a 7-day, ≥200k-vote ballot). */
  votes?: number;
}

type Layer = (b: BallotModel, organic: OrganicVoter[], ctx: AttackContext, organicVotes: number) => AttackLabel[] | void;

interface Scenario {
  legitimate: boolean;
  layer: Layer;
}

export const SCENARIOS: Record<string, Scenario> = {
  organic: { legitimate: true, layer: () => undefined },
  'article-push': { legitimate: true, layer: (b, _o, _c, n) => articlePush(b, n) },
  'county-mobilization': { legitimate: true, layer: (b, o) => void countyMobilization(b, o) },
  'night-population': { legitimate: true, layer: (b) => nightPopulation(b) },
  'office-staff': { legitimate: true, layer: (b) => officeStaff(b) },
  'viral-forward': { legitimate: true, layer: (b) => viralForward(b) },
  'family-phones': { legitimate: true, layer: (b) => familyPhones(b) },
  'newspaper-surge': { legitimate: true, layer: (b) => newspaperSurge(b) },
  'scripted-bot': { legitimate: false, layer: (_b, _o, c) => scriptedBot(c) },
  'proxy-pool': { legitimate: false, layer: (_b, _o, c) => proxyPool(c) },
  'night-drip': { legitimate: false, layer: (_b, _o, c) => nightDrip(c) },
  'click-farm': { legitimate: false, layer: (_b, _o, c) => clickFarm(c) },
  'lockstep-cohort': { legitimate: false, layer: (_b, _o, c) => lockstepCohort(c) },
  'script-in-mobilization': { legitimate: false, layer: (b, o) => scriptInMobilization(b, o) },
  'phone-farm': { legitimate: false, layer: (_b, _o, c) => phoneFarm(c) },
  'slow-script': { legitimate: false, layer: (_b, _o, c) => slowScript(c) },
  'slow-phones': { legitimate: false, layer: (_b, _o, c) => slowPhones(c) },
};

export const DEFAULT_VOTES = 220_000;

/**
 * Generates a labelled ledger. Deterministic per (scenario, seed, votes). `organic` is the plain
 * 20-candidate ballot; the other scenarios also vary the number of candidates and how many a vote
 * may select, so the benchmark does not measure one ballot shape only.
 */
export function simulate(scenario: string, seed: number, opts: SimulateOptions = {}): SimulatedLedger {
  const def = SCENARIOS[scenario];
  if (!def) throw new Error(`unknown scenario ${scenario} (known: ${Object.keys(SCENARIOS).join(', ')})`);
  const rng = new Rng(seed * 7919 + hash(scenario));
  const votes = opts.votes ?? DEFAULT_VOTES;
  const plain = scenario === 'organic';
  const candidates = plain ? 20 : rng.int(12, 30);
  const maxChoices = plain || rng.chance(0.75) ? 1 : rng.int(2, 3);
  const b = new BallotModel(rng, { candidates, maxChoices, scale: votes / DEFAULT_VOTES });
  const organic = addOrganic(b, votes);
  const avgRate = votes / (7 * 1440 * candidates);
  const attacks = def.layer(b, organic, { b, avgRate }, votes) ?? [];
  const sorted = b.sorted();
  return {
    votes: sorted.map((v) => ({ voteId: rng.uuid(), ...v })),
    labels: { scenario, seed, attacks },
    candidates: b.candidates,
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
