import { shanghaiDate, shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-x/catalogue';
import { generate } from '../../load-tests/heldout-x/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.04;

describeHeldoutSet({ name: 'X', families, runs, threeSeeds: 'X1', twoSeeds: 'X2', generate, scale: SCALE, userAgent: /MicroMessenger\// });

const labelledVotes = (family: string, seed: number, scale: number, kind: 'attack' | 'legit') => {
  const g = generate(runs({ family, seed })[0], { crowdScale: scale });
  const keep = g.votes.map((v) => g.sources[v.source].kind === kind);
  // Ledger lines are the accepted votes in the same order.
  return { g, votes: g.votes.filter((_, i) => keep[i]), lines: g.lines.filter((_, i) => keep[i]) };
};

describe('set X shapes', () => {
  it('X1: the script is under a third of the burst, from two cloud /24s with at most two user agents', () => {
    const { votes, sources } = generate(runs({ family: 'X1', seed: 2 })[0], { crowdScale: 0.2 });
    const script = expectScriptInMobilization({ votes, sources }, { minVotes: 100, userAgents: 2, prefixes: 2 });
    // It rides the mobilization: its first and last votes fall within the burst's hours.
    const legit = votes.filter((v) => sources[v.source].kind === 'legit').map((v) => v.at);
    expect(Math.min(...script.map((v) => v.at))).toBeGreaterThanOrEqual(Math.min(...legit) - 3_600_000);
    expect(Math.max(...script.map((v) => v.at))).toBeLessThanOrEqual(Math.max(...legit) + 3_600_000);
  });

  it('X4: each day the whole ring votes within ten minutes, in the same account order', () => {
    const { votes } = labelledVotes('X4', 1, 0.2, 'attack');
    const byDay = new Map<string, typeof votes>();
    for (const v of votes) byDay.set(shanghaiDate(v.at), [...(byDay.get(shanghaiDate(v.at)) ?? []), v]);
    expect(byDay.size).toBeGreaterThanOrEqual(5);
    const orders: string[][] = [];
    for (const day of byDay.values()) {
      const first = day.filter((v, i) => day.findIndex((w) => w.accountId === v.accountId) === i);
      expect(first[first.length - 1].at - first[0].at).toBeLessThan(10 * 60_000);
      orders.push(first.map((v) => v.accountId));
    }
    const common = orders[0].filter((a) => orders[1].includes(a));
    expect(orders[1].filter((a) => common.includes(a))).toEqual(common);
  });

  it('X9: the harbour votes at night, 22:00 to 06:00', () => {
    const { votes } = labelledVotes('X9', 1, 0.3, 'legit');
    expect(votes.length).toBeGreaterThan(50);
    expect(votes.every((v) => shanghaiMinuteOfDay(v.at) >= 22 * 60 || shanghaiMinuteOfDay(v.at) < 6 * 60)).toBe(true);
  });

  it('X11: every issued phone is the same model on the same WeChat build', () => {
    const { lines } = labelledVotes('X11', 1, 0.3, 'legit');
    expect(lines.length).toBeGreaterThan(50);
    const uas = new Set(lines.map((l) => l.userAgent.replace(/MMWEBID\/\d+ /, '').replace(/NetType\/\w+/, '')));
    expect(uas.size).toBe(1);
  });

  it('X14: each tulou building votes from its one line', () => {
    const { lines } = labelledVotes('X14', 2, 0.5, 'legit');
    const ips = new Set(lines.map((l) => l.ip));
    expect(lines.length).toBeGreaterThan(100);
    expect(ips.size).toBeLessThanOrEqual(14);
  });

  it('X18: nearly every clan vote ticks the same five names', () => {
    const { votes } = labelledVotes('X18', 1, 0.1, 'legit');
    const slates = new Map<string, number>();
    for (const v of votes) slates.set(v.candidateIds.join(','), (slates.get(v.candidateIds.join(',')) ?? 0) + 1);
    const [top] = [...slates].sort((a, b) => b[1] - a[1]);
    expect(top[0].split(',')).toHaveLength(5);
    expect(top[1] / votes.length).toBeGreaterThan(0.88);
  });

  it('a full-scale run stays within 25,000-75,000 votes on 24-40 candidates', () => {
    const g = generate(runs({ family: 'X13', seed: 2 })[0]);
    expect(g.lines.length).toBeGreaterThanOrEqual(25_000);
    expect(g.lines.length).toBeLessThanOrEqual(75_000);
    expect(g.ballot.candidates.length).toBeGreaterThanOrEqual(24);
    expect(g.ballot.candidates.length).toBeLessThanOrEqual(40);
  });
});
