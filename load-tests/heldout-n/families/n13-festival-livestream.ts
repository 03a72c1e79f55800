import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import type { Person } from '../model/crowd';
import type { Area } from '../model/networks';
import { organicSize, scaled, type Family } from './family';

/**
 * A county streams its festival evening (三月三 songs, a long-table banquet) on its 视频号 on two
 * evenings; the host puts the ballot's QR code on screen three times each night and viewers vote
 * within minutes of each showing, mostly on home Wi-Fi. Viewers are at home, elsewhere in Guangxi,
 * in Guangdong and further away.
 */
export const festivalLivestream: Family = {
  id: 'N13',
  kind: 'legit',
  description: 'festival livestream shows the QR code 3x on two evenings',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, ledger, scale } = ctx;
    const target = midTable(rng, ballot, 2, 10);
    const first = rng.int(1, 3);
    const evenings = [first, first + rng.int(2, 3)];
    const viewers: Person[] = [];
    for (const d of evenings) {
      const source = ledger.source({ name: `N13 livestream day ${d}`, kind: 'legit', candidateId: target.id, group: 'livestream' });
      const shows = [rhythm.clock(d, 20, rng.int(10, 20)), rhythm.clock(d, 20, rng.int(45, 55)), rhythm.clock(d, 21, rng.int(25, 40))];
      for (const show of shows) {
        for (let i = 0, n = scaled(scale, rng.int(700, 1500), 15); i < n; i++) {
          let p: Person;
          if (viewers.length > 50 && rng.chance(0.3)) p = rng.pick(viewers);
          else {
            const r = rng.next();
            const area: Area = r < 0.55 ? target.cityKey : r < 0.7 ? rng.pick(['nanning', 'liuzhou', 'guilin'] as const) : r < 0.9 ? 'guangdong' : 'elsewhere';
            p = people.make(rng, { area, profile: 'town', segment: rng.chance(0.2) ? 'elder' : 'town', broadband: 0.8 });
            viewers.push(p);
          }
          const conn = p.home && rng.chance(0.85) ? { ip: p.home, net: 'WIFI' as const } : undefined;
          people.vote(rng, p, show + rng.gamma(1.6, 2.5 * MINUTE), people.picks(rng, target), source, conn);
        }
      }
    }
  },
};
