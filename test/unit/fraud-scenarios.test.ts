import { detect } from '../../src/fraud/detector';
import { simulate } from '../../src/sim/scenarios';

/**
 * End-to-end at small scale: each simulated kind through the detector. Small ballots (12k organic
 * votes) keep the suite fast; the benchmark runs the full-size ones over several seeds.
 */
const VOTES = 12_000;

describe('detector on simulated scenarios (small)', () => {
  it.each(['organic', 'article-push', 'county-mobilization', 'newspaper-surge', 'night-population', 'office-staff', 'viral-forward', 'family-phones'])('%s (legitimate): no flag', (name) => {
    const sim = simulate(name, 1, { votes: VOTES });
    expect(detect(sim.votes).map((f) => f.candidateId)).toEqual([]);
  });

  it.each(['scripted-bot', 'proxy-pool', 'night-drip', 'lockstep-cohort', 'script-in-mobilization', 'phone-farm', 'slow-script', 'slow-phones'])('%s: flags the attacked candidate, and only it', (name) => {
    const sim = simulate(name, 1, { votes: VOTES });
    const attacked = new Set(sim.labels.attacks.map((a) => a.candidateId));
    const flags = detect(sim.votes);
    const flagged = new Set(flags.map((f) => f.candidateId));
    expect([...flagged]).toEqual([...attacked]);
    // The flagged window overlaps an attack window.
    const windows = sim.labels.attacks.map((a) => [Date.parse(a.start), Date.parse(a.end)]);
    expect(flags.some((f) => windows.some(([s, e]) => f.windowStart.getTime() < e && f.windowEnd.getTime() > s))).toBe(true);
    // The key names the alarm minute (in the window, never before its start), not the refinable start.
    for (const f of flags) {
      if (f.rule !== 'burst') {
        // Scan findings are keyed by rule, candidate and (first) day.
        expect(f.burstKey).toMatch(new RegExp(`^${f.rule}:${f.candidateId}:\\d{4}-\\d{2}-\\d{2}$`));
        continue;
      }
      const alarm = Date.parse(f.burstKey.slice(`burst:${f.candidateId}:`.length));
      expect(f.burstKey).toBe(`burst:${f.candidateId}:${new Date(alarm).toISOString()}`);
      expect(alarm).toBeGreaterThanOrEqual(f.windowStart.getTime());
      expect(alarm).toBeLessThan(f.windowEnd.getTime());
    }
  });

  it('raises the same burst with the same key when rerun on more data (online reruns never duplicate)', () => {
    const sim = simulate('scripted-bot', 1, { votes: VOTES });
    const start = Date.parse(sim.labels.attacks[0].start);
    const early = detect(sim.votes.filter((v) => v.at < start + 20 * 60_000));
    const full = detect(sim.votes);
    expect(early.length).toBe(1);
    expect(full.map((f) => f.burstKey)).toContain(early[0].burstKey);
  });

  it('keeps one key per burst across online passes while the window start is still being re-estimated', () => {
    // This proxy-pool ramps up: as the burst grows, its change point moves earlier (09:29 → 09:11).
    // A key on the window start would have minted a new flag each time it moved.
    const sim = simulate('proxy-pool', 1, { votes: VOTES });
    const attack = sim.labels.attacks[0];
    const start = Date.parse(attack.start);
    const starts = new Set<number>();
    const keys = new Set<string>();
    // Every pass cuts at a whole minute, as detection-pass.ts does.
    for (let cut = Math.ceil(start / 60_000) * 60_000; cut <= Date.parse(attack.end) + 30 * 60_000; cut += 10 * 60_000) {
      for (const f of detect(sim.votes.filter((v) => v.at < cut))) {
        if (f.candidateId !== attack.candidateId || f.windowEnd.getTime() <= start) continue;
        starts.add(f.windowStart.getTime());
        keys.add(f.burstKey);
      }
    }
    expect(starts.size).toBeGreaterThan(1);
    expect(keys.size).toBe(1);
  });

  it('a slow attack no hour shows is raised by the scan, once per rule and day across online passes', () => {
    const sim = simulate('slow-phones', 1, { votes: VOTES });
    const attack = sim.labels.attacks[0];
    const keys = new Map<string, number>();
    const end = Date.parse(attack.end);
    for (let cut = Date.parse(attack.start) + 6 * 3_600_000; cut <= end + 3_600_000; cut += 12 * 3_600_000) {
      for (const f of detect(sim.votes.filter((v) => v.at < cut))) {
        expect(f.candidateId).toBe(attack.candidateId);
        keys.set(f.burstKey, (keys.get(f.burstKey) ?? 0) + 1);
      }
    }
    expect(keys.size).toBeGreaterThan(0);
    // The same day's finding keeps its key as the day fills up.
    expect([...keys.keys()].every((k) => /^(device-reuse|machine-timing|cohort|burst):/.test(k))).toBe(true);
    expect(Math.max(...keys.values())).toBeGreaterThan(1);
  });
});
