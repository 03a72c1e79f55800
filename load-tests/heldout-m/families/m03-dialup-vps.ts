import { makePhone, ua } from '../model/devices';
import { attackSource, organicSize, rankedCandidate, scaled, type Family } from './family';

/**
 * 秒拨: a studio rents dial-up VPS lines that redial for a fresh Anhui Telecom home-broadband
 * address every few seconds, and replays the vote request with fresh 接码 accounts. The request
 * carries one of ~35 user-agent strings captured from real phones (install ids and all), so each
 * string comes back on dozens of unrelated accounts. Send times copy a town's daily curve.
 */
export const dialupVps: Family = {
  id: 'M3',
  kind: 'attack',
  description: '秒拨 dial-up VPS: fresh home-broadband IP per vote, replayed captured UAs',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.3, 0.75);
    const lineCities = rng.shuffle(['合肥市', '阜阳市', '芜湖市', '蚌埠市', '安庆市', ballot.places[ci].city]).slice(0, rng.int(2, 3));
    const captured = Array.from({ length: rng.int(30, 40) }, () => ua(makePhone(rng, rng.pick(['mid', 'budget', 'flagship'] as const)), rng.chance(0.7) ? 'WIFI' : '4G'));
    const first = rng.int(1, 2);
    for (let d = first; d < first + 5 && d < ballot.cal.dayCount; d++) {
      const src = attackSource(ctx, `dial-up day ${d}`, ci, 'dial-up');
      const n = scaled(ctx.scale, rng.int(400, 650));
      for (let i = 0; i < n; i++) {
        const t = rhythm.sample(rng, 'town', d);
        ctx.ledger.add({ at: t, accountId: ctx.ledger.newAccount(), candidateIds: [ballot.candidates[ci].id], ip: net.broadband(rng, rng.pick(lineCities)), userAgent: rng.pick(captured), source: src });
      }
    }
  },
};
