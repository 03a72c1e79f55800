import { at, type League } from '../model/ballot';
import { oldPhone, phoneFor } from '../model/devices';
import { after } from '../model/people';
import { candidateIn, fullDays, organicSize, scaled, surgeSource, type Family } from './family';

const PASTORAL: League[] = ['xilingol', 'hulunbuir', 'tongliao', 'chifeng', 'hinggan', 'alxa', 'bayannur', 'ulanqab'];

/**
 * The regional station's Mongolian-language channel features a veterinarian on two evenings:
 * older herders across the pastoral leagues, most on old Android phones with WeChat builds years
 * out of date, vote in the quarter hour after the programme, each through their sumu's cell.
 */
export const mongolianRadio: Family = {
  id: 'Z17',
  kind: 'legit',
  description: 'Mongolian-language radio call: older herders on old phones and old WeChat builds, after 20:15',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, scale } = ctx;
    const c = candidateIn(ctx, PASTORAL, 0.5);
    const days = fullDays(ctx);
    const evenings = [days[rng.int(0, 1)], days[rng.int(3, 4)]];
    for (const d of evenings) {
      const src = surgeSource(ctx, `z17-radio-d${d}`, c, 'z17-radio');
      const mention = at(ballot.cal, d, 20.25 + rng.uniform(0, 0.1));
      const n = scaled(scale, rng.int(1200, 2000), 15);
      for (let i = 0; i < n; i++) {
        const league = rng.chance(0.4) ? c.league : rng.pick(PASTORAL);
        const device = rng.chance(0.7) ? oldPhone(rng) : phoneFor(rng, 'rural');
        const p = people.make(rng, { league, life: 'herder', device, unit: rng.int(0, 11) });
        people.vote(rng, p, after(rng, mention, 8, 1.1), c, src);
      }
    }
  },
};
