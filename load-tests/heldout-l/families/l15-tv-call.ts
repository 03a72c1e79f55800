import { MINUTE } from '../../heldout/calendar';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * Changde TV's 18:30 local news and the county's 20:00 Douyin livestream show the QR code on two
 * evenings: a few thousand viewers vote within a quarter hour, mostly on home broadband, some
 * households two or three on one line.
 */
export const tvCall: Family = {
  id: 'L15',
  kind: 'legit',
  description: 'TV news and livestream QR code: thousands vote within minutes, two evenings',
  seeds: [1, 2],
  ballot: { category: 'county', include: ['汉寿县'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, people, net } = ctx;
    const c = candidate(ctx, '汉寿县', 5);
    const shows = [
      { d: rng.int(1, 3), hour: 18.5 + rng.uniform(0.1, 0.3) },
      { d: rng.int(4, 5), hour: 20 + rng.uniform(0.2, 0.8) },
    ];
    shows.forEach((s, i) => {
      const src = ledger.source({ name: `broadcast-${i}`, kind: 'legit', candidateId: c.id, group: `broadcast-${i}` });
      const viewers = scaled(ctx.scale, rng.int(2000, 4000));
      const at0 = clock(ctx, s.d, s.hour);
      let home = net.broadband(c.city);
      for (let v = 0; v < viewers; v++) {
        if (!rng.chance(0.4)) home = net.broadband(c.city);
        const p = people.person(rng, { city: c.city, profile: 'town', segment: rng.chance(0.3) ? 'elder' : 'county', home });
        const at = at0 + rng.gamma(1.1, 4 * MINUTE);
        people.vote(rng, p, at, c.id, src, rng.chance(0.7) ? { ip: home, net: 'WIFI' } : {});
      }
    });
  },
};
