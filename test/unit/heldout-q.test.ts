import { shanghaiDayNumber, shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-q/catalogue';
import { generate } from '../../load-tests/heldout-q/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'Q', families, runs, threeSeeds: 'Q1', twoSeeds: 'Q3', generate, scale: SCALE, userAgent: /MicroMessenger\/8\.0\.\d+/ });

const attackVotes = (id: string, seed: number, crowdScale: number) => {
  const g = generate(runs({ family: id, seed })[0], { crowdScale });
  return { g, attack: g.votes.filter((v) => g.sources[v.source].kind === 'attack') };
};

describe('required shapes', () => {
  it('Q4: the script is under a third of the surge, from two hosting /24s with one or two user agents', () => {
    const { votes, sources } = generate(runs({ family: 'Q4', seed: 2 })[0], { crowdScale: 0.2 });
    expectScriptInMobilization({ votes, sources }, { minVotes: 50, userAgents: 2, prefixes: 2 });
  });

  it('Q1: a few VPS addresses and user agents, machine pacing', () => {
    const { attack } = attackVotes('Q1', 1, 0.2);
    expect(attack.length).toBeGreaterThan(100);
    expect(new Set(attack.map((v) => v.ip)).size).toBeLessThanOrEqual(3);
    expect(new Set(attack.map((v) => v.userAgent)).size).toBeLessThanOrEqual(4);
    expect(new Set(attack.map((v) => v.accountId)).size).toBe(attack.length);
  });

  it('Q3: the same accounts vote for the same candidate on every rig day, within minutes', () => {
    const { attack } = attackVotes('Q3', 1, 0.3);
    const days = new Map<number, Set<string>>();
    for (const v of attack) days.set(shanghaiDayNumber(v.at), (days.get(shanghaiDayNumber(v.at)) ?? new Set()).add(v.accountId));
    expect(days.size).toBeGreaterThanOrEqual(5);
    const all = new Set(attack.map((v) => v.accountId));
    for (const accounts of days.values()) expect(accounts.size / all.size).toBeGreaterThan(0.85);
    for (const d of days.keys()) {
      const times = attack.filter((v) => shanghaiDayNumber(v.at) === d).map((v) => v.at);
      expect(Math.max(...times) - Math.min(...times)).toBeLessThan(3 * 60_000);
    }
  });

  it('Q5: every farm phone has its own user agent and works through 15-25 accounts', () => {
    const { attack } = attackVotes('Q5', 1, 0.3);
    const byUa = new Map<string, Set<string>>();
    for (const v of attack) byUa.set(v.userAgent, (byUa.get(v.userAgent) ?? new Set()).add(v.accountId));
    expect(byUa.size).toBeGreaterThanOrEqual(3);
    for (const accounts of byUa.values()) {
      expect(accounts.size).toBeGreaterThanOrEqual(15);
      expect(accounts.size).toBeLessThanOrEqual(25);
    }
    expect(new Set(attack.map((v) => v.ip)).size).toBeLessThanOrEqual(5);
  });

  it('Q7: pool votes carry cover picks, but only the client is labelled attacked', () => {
    const { g, attack } = attackVotes('Q7', 1, 0.1);
    expect(g.labels.attacks.length).toBe(1);
    const client = g.labels.attacks[0].candidateId;
    expect(attack.every((v) => v.candidateIds.includes(client) && v.candidateIds.length >= 2)).toBe(true);
  });

  it('Q9: the night population votes between 22:00 and 05:00', () => {
    const { votes, sources } = generate(runs({ family: 'Q9', seed: 1 })[0], { crowdScale: 0.2 });
    const night = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(night.length).toBeGreaterThan(100);
    expect(night.every((v) => shanghaiMinuteOfDay(v.at) >= 22 * 60 || shanghaiMinuteOfDay(v.at) < 5 * 60 + 59)).toBe(true);
  });
});
