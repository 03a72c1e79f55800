import { HOUR, isWeekend, MINUTE } from '../../heldout/calendar';
import { placeIndex } from '../model/ballot';
import { Device, deviceOf, modelByCode, WECHAT_RELEASES } from '../model/devices';
import { daySources, organicSize, scaled, type Family } from './family';

/**
 * A steelworks in Renhe bought its staff one Huawei model in bulk and manages WeChat on them, so
 * hundreds of employees carry the same phone on the same build. The workshop heads read the vote
 * out at the 08:30 pre-shift meeting on working days and staff vote there and then, on the
 * plant's two office exits; a few at lunch on 4G.
 */
export const issuedPhones: Family = {
  id: 'K11',
  kind: 'legit',
  description: 'Renhe steelworks staff on one issued Huawei model, voting at the 08:30 pre-shift meeting',
  seeds: [1, 2],
  ballot: { category: 'county', include: ['仁和区'] },
  organicVotes: (rng) => organicSize(rng, 45_000),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, scale } = ctx;
    const c = placeIndex(ballot, rng, '仁和区');
    const area = people.areaOf(c);
    const src = daySources(ctx, 'steelworks-staff', 'legit', c);
    const exits = net.nat(area, 2, rng);
    const image = deviceOf(rng, modelByCode('CTR-AL00'), WECHAT_RELEASES[rng.int(7, 10)]);
    const staff = Array.from({ length: scaled(scale, rng.int(250, 420), 10) }, () =>
      people.make(rng, { candidate: c, segment: 'town', area, life: 'town', device: Device.clone(image, rng), work: exits, homeShare: 0.6 }),
    );
    for (let d = 1; d < rhythm.days; d++) {
      if (isWeekend(rhythm.dayStart(d) + 12 * HOUR)) continue;
      const meeting = rhythm.dayStart(d) + 8 * HOUR + rng.uniform(28, 36) * MINUTE;
      for (const p of staff) {
        if (!rng.chance(0.85)) continue;
        const lunch = rng.chance(0.1);
        const at = lunch ? rhythm.dayStart(d) + rng.uniform(11.8, 13) * HOUR : meeting + rng.gamma(1.5, 3 * MINUTE);
        people.vote(rng, p, at, src(d), lunch ? undefined : { ip: rng.pick(exits), net: 'WIFI' }, [ballot.candidates[c].id]);
      }
    }
  },
};
