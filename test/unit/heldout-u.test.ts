import { families, runs } from '../../load-tests/heldout-u/catalogue';
import { generate } from '../../load-tests/heldout-u/generate';
import { addressPlanOwners } from '../../load-tests/heldout-u/model/networks';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'U', families, runs, threeSeeds: 'U1', twoSeeds: 'U2', generate, scale: SCALE, userAgent: /MicroMessenger\// });

const byKind = (run: ReturnType<typeof generate>, kind: 'attack' | 'legit') => run.votes.filter((v) => run.sources[v.source].kind === kind);
const prefix24 = (ip: string) => ip.split('.').slice(0, 3).join('.');

describe('set U shapes', () => {
  it('U1: the script is under a third of the burst, from two cloud /24s with at most two user agents, inside the push hours', () => {
    const run = generate(runs({ family: 'U1', seed: 2 })[0], { crowdScale: 0.2 });
    const script = expectScriptInMobilization(run, { minVotes: 100, userAgents: 2, prefixes: 2 });
    const push = run.labels.honestSurges[0].windows[0];
    expect(Math.min(...script.map((v) => v.at))).toBeGreaterThanOrEqual(Date.parse(push.start));
    expect(Math.max(...script.map((v) => v.at))).toBeLessThanOrEqual(Date.parse(push.end) + 5 * 60_000);
  });

  it('U4: the same accounts vote every day, and the session moves by half an hour or more', () => {
    const run = generate(runs({ family: 'U4', seed: 1 })[0], { crowdScale: 0.3 });
    const rig = byKind(run, 'attack');
    const byDay = new Map<number, { accounts: Set<string>; start: number }>();
    for (const v of rig) {
      const day = Math.floor((v.at + 8 * 3_600_000) / 86_400_000);
      const d = byDay.get(day) ?? { accounts: new Set<string>(), start: v.at };
      d.accounts.add(v.accountId);
      byDay.set(day, d);
    }
    const days = [...byDay.values()];
    expect(days.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < days.length; i++) {
      const shared = [...days[i].accounts].filter((a) => days[i - 1].accounts.has(a)).length;
      expect(shared / days[i].accounts.size).toBeGreaterThan(0.9);
      const minuteOfDay = (t: number) => ((t + 8 * 3_600_000) % 86_400_000) / 60_000;
      expect(Math.abs(minuteOfDay(days[i].start) - minuteOfDay(days[i - 1].start))).toBeGreaterThan(25);
    }
  });

  it('U5: each farm phone carries about twenty accounts a day from a handful of addresses', () => {
    const run = generate(runs({ family: 'U5', seed: 1 })[0], { crowdScale: 0.2 });
    const farm = byKind(run, 'attack');
    const perPhoneDay = new Map<string, Set<string>>();
    for (const v of farm) {
      const key = `${v.userAgent}|${Math.floor((v.at + 8 * 3_600_000) / 86_400_000)}`;
      perPhoneDay.set(key, (perPhoneDay.get(key) ?? new Set()).add(v.accountId));
    }
    for (const accounts of perPhoneDay.values()) {
      expect(accounts.size).toBeGreaterThanOrEqual(18);
      expect(accounts.size).toBeLessThanOrEqual(22);
    }
    expect(new Set(farm.map((v) => v.ip)).size).toBeLessThanOrEqual(8);
  });

  it('U7: the local pool votes from the same carrier /24s as the real residents, never over IPv6', () => {
    const run = generate(runs({ family: 'U7', seed: 1 })[0], { crowdScale: 0.3 });
    const pool = byKind(run, 'attack');
    const organic = new Set(run.votes.filter((v) => run.sources[v.source].kind === 'organic' && !v.ip.includes(':')).map((v) => prefix24(v.ip)));
    expect(pool.length).toBeGreaterThan(300);
    expect(pool.some((v) => v.ip.includes(':'))).toBe(false);
    expect(pool.filter((v) => organic.has(prefix24(v.ip))).length / pool.length).toBeGreaterThan(0.8);
  });

  it('U11: every issued phone is one model on one WeChat build', () => {
    const run = generate(runs({ family: 'U11', seed: 1 })[0], { crowdScale: 0.2 });
    const staff = byKind(run, 'legit');
    expect(staff.length).toBeGreaterThan(100);
    expect(new Set(staff.map((v) => v.userAgent.replace(/MMWEBID\/\d+ /, '').replace(/NetType\/\w+/, ''))).size).toBe(1);
  });

  it('U16: most class-group votes land within twenty minutes of dismissal on school days', () => {
    const run = generate(runs({ family: 'U16', seed: 1 })[0], { crowdScale: 0.15 });
    const parents = byKind(run, 'legit');
    const minute = (t: number) => ((t + 8 * 3_600_000) % 86_400_000) / 60_000;
    const near = parents.filter((v) => minute(v.at) >= 15 * 60 + 30 && minute(v.at) < 16 * 60 + 20);
    expect(near.length / parents.length).toBeGreaterThan(0.6);
  });

  it('no two owners share a /16 in the address plan', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const [block, owner] of addressPlanOwners()) {
      const seen = owners.get(block);
      if (seen !== undefined && seen !== owner) clashes.push(`${block}: ${seen} and ${owner}`);
      owners.set(block, owner);
    }
    expect(clashes).toEqual([]);
  });
});
