import { MINUTE } from '../../heldout/calendar';
import { makeDevice, MODELS } from '../model/devices';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** Grid workers (网格员) of a county, all on the same issued Huawei with one managed WeChat build, vote after the morning meeting. */
export const issuedPhones: Family = {
  id: 'O11',
  kind: 'legit',
  description: 'grid workers on identical issued phones: 200-350 staff, minutes after the 08:40 meeting, 5 workdays',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, net, ledger, rhythm } = ctx;
    const c = midCandidate(ctx);
    const model = MODELS.find((m) => m.code === 'NOH-AN00')!;
    const office = net.nat(2);
    const staff = Array.from({ length: scaled(ctx.scale, rng.int(200, 350), 5) }, () => people.person(rng, { place: c.county, device: makeDevice(rng, model, { wechat: 4 }), profile: 'office' }));
    let workdays = 0;
    for (let d = 1; d < 7 && workdays < 5; d++) {
      const meeting = rhythm.at(d, 8 * 60 + 40 + rng.int(0, 15));
      if (new Date(meeting + 8 * 3600_000).getUTCDay() % 6 === 0) continue;
      workdays++;
      const src = ledger.source({ name: `grid-day${d}`, kind: 'legit', candidateId: c.id, group: 'grid-workers' });
      for (const p of staff) if (rng.chance(0.9)) people.vote(rng, p, meeting + rng.gamma(1.5, 6 * MINUTE), people.selection(rng, c.id), src, rng.chance(0.88) ? rng.pick(office) : undefined);
    }
  },
};
