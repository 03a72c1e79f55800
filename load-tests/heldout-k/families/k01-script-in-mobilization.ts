import { HOUR, MINUTE } from '../../heldout/calendar';
import { placeIndex } from '../model/ballot';
import { deviceOf, LATEST_WECHAT, modelByCode } from '../model/devices';
import { daySources, organicSize, scaled, type Family } from './family';

/**
 * Xuanhan's county office pushes the article to every department, school and village group one
 * morning: thousands of real residents vote in the next hours (honest). The vendor the county's
 * publicity office also hired runs a script in the same hours: ~1,000 fresh accounts, one UA
 * string, two hosting /24s, one vote every ~9 s — under a third of the burst.
 */
export const scriptInMobilization: Family = {
  id: 'K1',
  kind: 'attack',
  description: 'Xuanhan mobilization with a ~1,000-vote metronome script from two cloud /24s inside it',
  seeds: [1, 2, 3],
  ballot: { category: 'county', include: ['宣汉县'] },
  organicVotes: (rng) => organicSize(rng, 60_000),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, ledger, scale } = ctx;
    const c = placeIndex(ballot, rng, '宣汉县');
    const id = ballot.candidates[c].id;
    const area = people.areaOf(c);
    const day = rng.int(1, 3);
    const push = rhythm.dayStart(day) + 9 * HOUR + rng.uniform(15, 50) * MINUTE;
    // The county's exits: government extranet, education network, people's hospital, TCM hospital.
    const nats = [net.nat(area, 4, rng), net.nat(area, 3, rng), net.nat(area, 2, rng), net.nat(area, 1, rng)];
    const mobilized = daySources(ctx, 'mobilization', 'legit', c, 'county-mobilization');
    const residents = scaled(scale, rng.int(4_000, 7_000), 40);
    let firstDay = 0;
    for (let i = 0; i < residents; i++) {
      const staff = rng.chance(0.45);
      const p = people.make(rng, { candidate: c, segment: 'town', area, life: 'town', work: staff ? rng.pick(nats) : null, small: rng.chance(0.3) });
      const at = push + (staff ? rng.gamma(1.2, 14 * MINUTE) : rng.gamma(1.5, 30 * MINUTE));
      people.vote(rng, p, at, mobilized(day), undefined, [id, ...people.choices(rng, c).slice(1)]);
      firstDay++;
      // The groups remind them the next mornings; fewer answer each day.
      for (let d = day + 1, keep = 0.45; d < rhythm.days; d++, keep *= 0.7) {
        if (rng.chance(keep)) people.vote(rng, p, rhythm.dayStart(d) + 9 * HOUR + rng.gamma(1.4, 40 * MINUTE), mobilized(d), undefined, [id]);
      }
    }
    const script = ledger.source({ name: 'script', kind: 'attack', candidateId: id, group: 'script' });
    const n = Math.min(scaled(scale, rng.int(900, 1_150), 10), Math.floor(0.4 * firstDay));
    const hosts = [net.cloud24(rng), net.cloud24(rng)];
    const ua = deviceOf(rng, modelByCode('V2254A'), LATEST_WECHAT).ua('WIFI');
    const step = rng.uniform(8.5, 10.5) * 1000;
    let at = push + rng.uniform(4, 20) * MINUTE;
    for (let i = 0; i < n; i++) {
      ledger.add({ at: at + rng.uniform(-400, 400), accountId: ledger.newAccount(), candidateIds: [id], ip: `${hosts[i % 2]}.${rng.int(2, 254)}`, userAgent: ua, source: script });
      at += step;
    }
  },
};
