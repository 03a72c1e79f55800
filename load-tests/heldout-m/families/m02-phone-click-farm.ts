import { MINUTE } from '../../heldout/calendar';
import { MODELS, makePhone, ua } from '../model/devices';
import { attackSource, organicSize, rankedCandidate, scaled, type Family } from './family';

/**
 * A click farm of real phones: a few dozen second-hand Androids, each a genuine WeChat install,
 * each worked by hand through ~20 bought accounts in turn (log out, log in, vote) over an
 * afternoon, from two broadband lines and a couple of 4G routers. The gaps look human but each
 * worker's rhythm is steady: a phone comes round every 7–11 minutes, ±8%.
 */
export const phoneClickFarm: Family = {
  id: 'M2',
  kind: 'attack',
  description: 'click farm: dozens of real phones, ~20 fresh accounts each, a handful of IPs',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.3, 0.7);
    const studioCity = rng.pick(['阜阳市', '合肥市', '宿州市']);
    // Second-hand Androids bought by the kilo: budget and old models of every brand.
    const secondHand = MODELS.filter((m) => m.brand !== 'apple' && (m.tiers.includes('budget') || m.tiers.includes('old')));
    const phones = Array.from({ length: scaled(ctx.scale, rng.int(24, 40), 3) }, () => ({
      phone: makePhone(rng, rng.chance(0.6) ? 'budget' : 'old', { model: rng.pick(secondHand) }),
      gap: rng.uniform(7, 11) * MINUTE,
      exit: 0,
    }));
    const days = rng.int(2, 3);
    for (let k = 0, d = rng.int(1, 3); k < days && d < ballot.cal.dayCount - 1; k++, d += rng.int(1, 2)) {
      // Exits for the day: two home broadband lines and two or three 4G routers' CGNAT addresses.
      const exits = [net.broadband(rng, studioCity), net.broadband(rng, studioCity), ...Array.from({ length: rng.int(2, 3) }, () => net.mobile(rng, 'cmcc', studioCity))];
      const src = attackSource(ctx, `farm day ${k + 1}`, ci, 'click farm');
      const start = rhythm.at(d, rng.int(13 * 60 + 30, 15 * 60));
      for (const ph of phones) {
        ph.exit = rng.int(0, exits.length - 1);
        let t = start + rng.uniform(0, 10) * MINUTE;
        const accounts = rng.int(17, 23);
        for (let a = 0; a < accounts; a++) {
          ctx.ledger.add({ at: Math.round(t), accountId: ctx.ledger.newAccount(), candidateIds: [ballot.candidates[ci].id], ip: exits[ph.exit], userAgent: ua(ph.phone, 'WIFI'), source: src });
          t += ph.gap * (1 + rng.normal(0, 0.08)) + (rng.chance(0.05) ? rng.uniform(15, 40) * MINUTE : 0);
        }
      }
    }
  },
};
