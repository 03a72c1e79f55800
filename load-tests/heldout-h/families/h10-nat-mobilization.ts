import type { Voter } from '../model/people';
import { gansuCrowd, type Family } from './family';
import { ballotDays, candidateOf, clock, legitSource, local, mobilize, only, scaled, MINUTE } from './kit';

const PLACES = ['tongwei', 'huining', 'jishishan', 'minxian', 'dongxiang', 'huanxian', 'lixian'];

/**
 * A poor county's government gets behind its nomination: an 8:45 notice to every department,
 * school and the county hospital says each cadre and teacher votes today and daily. Thousands of
 * staff vote within two hours from work — through the county's three e-government exits, each
 * school's single line and the hospital's — and teachers forward the link to their class parent
 * groups at lunch and in the evening. On later workdays the 8:40 reminder brings most staff back,
 * again from the same few addresses.
 */
export const natMobilization: Family = {
  id: 'H10',
  kind: 'legit',
  description: 'county offices and schools vote at work behind a few NATs, parents follow, daily',
  seeds: [1, 2],
  ballot: (rng) => ({ require: [rng.pick(PLACES)] }),
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const c = candidateOf(ctx, PLACES);
    const place = c.place;
    const gov = people.site(`gov:${place.key}`, place, 3);
    const schools = Array.from({ length: rng.int(12, 25) }, (_, i) => people.site(`school:${place.key}:${i + 1}`, place, 1));
    const hospital = people.site(`hospital:${place.key}:1`, place, 2);
    const workdays = ballotDays(ctx, true).filter((d) => d >= 1);
    const d1 = workdays[0] ?? 1;
    const notice = clock(ctx, d1, rng.uniform(8.7, 8.95));
    const staff: Voter[] = [];
    const n = scaled(ctx, rng.int(2500, 5000), 30);
    const first = legitSource(ctx, `staff:day${d1}`, c, 'county-staff');
    for (let i = 0; i < n; i++) {
      const v = local(ctx, rng, c, rng.chance(0.3) ? 'youth' : 'adult', 'office');
      const r = rng.next();
      v.office = r < 0.45 ? gov : r < 0.87 ? rng.pick(schools) : hospital;
      staff.push(v);
      const t = notice + rng.logNormal(18, 0.9) * MINUTE;
      vote(t, v, first);
    }
    function vote(t: number, v: Voter, src: number): void {
      const site = v.office;
      if (site && rng.chance(0.9)) people.cast(rng, v, t, src, { ids: only(ctx, c), ip: rng.pick(site.ips), net: 'WIFI' });
      else people.cast(rng, v, t, src, { ids: only(ctx, c) });
    }
    // Parents reached through the teachers' class groups.
    mobilize(
      ctx,
      rng,
      c,
      [
        { at: clock(ctx, d1, rng.uniform(12.1, 12.5)), share: 0.4, medianMin: 25, source: legitSource(ctx, 'parents:noon', c, 'parents') },
        { at: clock(ctx, d1, rng.uniform(19.6, 20.2)), share: 0.6, medianMin: 20, source: legitSource(ctx, 'parents:evening', c, 'parents') },
      ],
      scaled(ctx, rng.int(3000, 6000), 30),
    );
    for (const d of workdays.slice(1)) {
      if (rhythm.at(d, 9 * 60) >= ctx.ballot.cal.closesAt) break;
      const src = legitSource(ctx, `staff:day${d}`, c, 'county-staff');
      const at = clock(ctx, d, rng.uniform(8.6, 8.8));
      for (const v of staff) if (rng.chance(0.6)) vote(at + rng.logNormal(15, 0.9) * MINUTE, v, src);
    }
  },
};
