import { isWeekend, MINUTE } from '../../heldout/calendar';
import { pickRanked } from '../model/ballot';
import { modelByCode, newDevice, type Device } from '../model/devices';
import { fullDays, organicSize, partSource, scaled, type Family } from './family';

/**
 * The county medical community (医共体) issued every village doctor and township health-centre
 * worker the same Huawei phone for family-doctor contracting, with WeChat installed from the same
 * package. After the 08:00 morning meeting on working days, 180–320 of them vote for their
 * colleague within minutes, mostly on the health centres' Wi-Fi.
 */
export const issuedPhones: Family = {
  id: 'S11',
  kind: 'legit',
  description: '180-320 staff on one issued Huawei model and WeChat build, after the morning meeting',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, net } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 2, 10);
    const region = doctor.county.prefecture;
    const issued = newDevice(rng, 'official', modelByCode(rng.pick(['JAD-AL50', 'CHL-AL60'])));
    const centres = Array.from({ length: rng.int(6, 10) }, () => net.nat(rng, region, 1, rng.chance(0.7) ? 'telecom' : 'mobile')[0]);
    const staff = Array.from({ length: scaled(ctx.scale, rng.int(180, 320), 3) }, () => {
      const device: Device = { ...issued, template: issued.template.replace(/MMWEBID\/\d+/, `MMWEBID/${rng.int(100, 9999)}`) };
      return { p: people.make(rng, { segment: 'official', routine: 'office', region, device }, doctor), centre: rng.pick(centres) };
    });
    for (const d of fullDays(ctx).filter((d) => !isWeekend(rhythm.clock(d, 12)))) {
      const source = partSource(ctx, 'legit', 'issued-phones', doctor.id, d);
      const meetingEnds = rhythm.clock(d, 8, rng.int(25, 50));
      for (const { p, centre } of staff) {
        if (!rng.chance(0.85)) continue;
        people.cast(rng, p, meetingEnds + rng.gamma(1.5, 4 * MINUTE), doctor, source, rng.chance(0.9) ? { ip: centre, link: 'wifi' } : undefined);
      }
    }
  },
};
