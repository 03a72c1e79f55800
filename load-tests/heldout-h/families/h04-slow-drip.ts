import { ipv4, pickCarrier, MOBILE_SHARE, type Area } from '../model/networks';
import { county } from '../model/places';
import { userAgent } from '../model/devices';
import { gansuCrowd, type Family } from './family';
import { attackSource, local, only, rankedCandidate, scaled } from './kit';

/**
 * A careful vendor paid by the day to lift a county near the cut-off: a pool of a thousand
 * accounts, each with its own phone profile, that comes back day after day like loyal voters, at
 * times drawn from the ordinary Gansu daily curve, through a modem pool of Gansu SIM cards (so
 * every address is a Gansu carrier's mobile NAT, as most organic votes are). Two to four hundred
 * votes a day, all seven days.
 */
export const slowDrip: Family = {
  id: 'H4',
  kind: 'attack',
  description: 'slow drip: loyal-looking pool of ~1k accounts, Gansu 4G modems, organic daily curve',
  seeds: [1, 2],
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, nets, rhythm, ballot } = ctx;
    const c = rankedCandidate(ctx, rng, 3, 9);
    const areas: Area[] = [
      { kind: 'gansu', pref: county('chengguan').pref },
      { kind: 'gansu', pref: c.place.pref },
    ];
    const pool = Array.from({ length: scaled(ctx, rng.int(700, 1100), 10) }, () => {
      const v = local(ctx, rng, c, rng.chance(0.25) ? 'youth' : 'adult', 'adult');
      return { v, area: rng.pick(areas), carrier: pickCarrier(rng, MOBILE_SHARE), p: rng.uniform(0.2, 0.55) };
    });
    const start = ballot.cal.opensAt + rng.uniform(2, 6) * 3_600_000;
    for (let d = 0; d < rhythm.days; d++) {
      const src = attackSource(ctx, `drip:day${d}`, c, 'slow-drip');
      for (const a of pool) {
        if (!rng.chance(a.p)) continue;
        const t = rhythm.sampleOnDay(rng, 'adult', d, a.v.hh.shiftMin);
        if (t < start || !rhythm.inWindow(t)) continue;
        const net = a.v.device.fiveG && rng.chance(0.4) ? '5G' : '4G';
        ctx.ledger.add({ at: Math.floor(t), accountId: a.v.account, candidateIds: only(ctx, c), ip: ipv4(nets.mobileIp(rng, a.area, a.carrier)), userAgent: userAgent(a.v.device, net), source: src });
      }
    }
  },
};
