import { dayOf } from '../../src/domain/calendar';
import { SCENARIOS, simulate } from '../../src/sim/scenarios';

describe('scenario simulator', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = simulate('scripted-bot', 5, { votes: 3000 });
    const b = simulate('scripted-bot', 5, { votes: 3000 });
    const c = simulate('scripted-bot', 6, { votes: 3000 });
    expect(b.votes).toEqual(a.votes);
    expect(b.labels).toEqual(a.labels);
    expect(c.votes[0].accountId).not.toBe(a.votes[0].accountId);
  });

  it.each(Object.keys(SCENARIOS))('%s: sorted, one vote per account per Asia/Shanghai day, 7-day window, labelled', (name) => {
    const sim = simulate(name, 2, { votes: 4000 });
    const seen = new Set<string>();
    for (let i = 0; i < sim.votes.length; i++) {
      const v = sim.votes[i];
      if (i > 0) expect(v.at).toBeGreaterThanOrEqual(sim.votes[i - 1].at);
      const key = `${v.accountId}|${dayOf(new Date(v.at))}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      for (const c of v.candidateIds) expect(sim.candidates).toContain(c);
    }
    const span = sim.votes[sim.votes.length - 1].at - sim.votes[0].at;
    expect(span).toBeLessThanOrEqual(7 * 86_400_000);
    expect(span).toBeGreaterThan(6 * 86_400_000);
    expect(sim.labels.scenario).toBe(name);
    if (SCENARIOS[name].legitimate) expect(sim.labels.attacks).toEqual([]);
    else {
      expect(sim.labels.attacks.length).toBeGreaterThan(0);
      for (const a of sim.labels.attacks) expect(Date.parse(a.end)).toBeGreaterThan(Date.parse(a.start));
    }
  });

  it('organic: 20 candidates, returning voters, WeChat UAs, carrier NAT sharing, noon and evening peaks', () => {
    const sim = simulate('organic', 1, { votes: 20000 });
    expect(sim.candidates.length).toBe(20);
    expect(sim.votes.length).toBeGreaterThanOrEqual(20000);
    const perAccount = new Map<string, number>();
    for (const v of sim.votes) perAccount.set(v.accountId, (perAccount.get(v.accountId) ?? 0) + 1);
    expect([...perAccount.values()].filter((n) => n > 1).length / perAccount.size).toBeGreaterThan(0.3);
    expect(sim.votes.every((v) => /MicroMessenger\/\d+\.\d+\.\d+.*NetType\/(WIFI|4G|5G) Language\/zh_CN/.test(v.userAgent))).toBe(true);
    const perIp = new Map<string, Set<string>>();
    for (const v of sim.votes) (perIp.get(v.ip) ?? perIp.set(v.ip, new Set()).get(v.ip)!).add(v.accountId);
    expect(Math.max(...[...perIp.values()].map((s) => s.size))).toBeGreaterThan(20);
    const byHour = new Array(24).fill(0);
    for (const v of sim.votes.filter((x) => x.at > sim.votes[0].at + 86_400_000)) byHour[(new Date(v.at).getUTCHours() + 8) % 24]++;
    expect(byHour[12]).toBeGreaterThan(byHour[10]);
    expect(byHour[20]).toBeGreaterThan(byHour[16]);
    expect(byHour[3]).toBeLessThan(byHour[12] / 5);
  });
});
