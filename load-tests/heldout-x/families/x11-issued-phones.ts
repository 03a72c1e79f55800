import { isWeekend, MINUTE } from '../../heldout/calendar';
import { candidateByProfile } from '../model/ballot';
import { KERNEL_COUNT, makeDevice, modelByCode, releaseIndex } from '../model/devices';
import { at, labelled, organicSize, scaled, type Family } from './family';

/**
 * X11, honest: the Wuyishan forestry bureau and its fire-watch stations issued their staff the same
 * Huawei phone with the bureau's managed WeChat build (for the forest-fire patrol app), so 180–350
 * voters share one model and one build and differ only by install id. After the 08:30 morning
 * meeting on each working day the section chiefs remind them and most vote within ten minutes from
 * the bureau's two exits; a few vote at lunch from the stations on 4G.
 */
export const issuedPhones: Family = {
  id: 'X11',
  kind: 'legit',
  description: 'Wuyishan forestry staff on one issued Huawei model and build vote after the 08:30 meeting, 2 exits',
  seeds: [1, 2],
  ballot: { need: ['wuyishan-fire'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, crowd, net, rhythm } = ctx;
    const cand = candidateByProfile(ballot, 'wuyishan-fire');
    const model = modelByCode(rng.pick(['FOA-AL00', 'NOH-AN00']));
    // The bureau's device management pins the OS, WeChat build and web kernel.
    const fleet = { model, release: releaseIndex(rng), osVersion: model.versions[model.versions.length - 1], kernel: KERNEL_COUNT - 1 - rng.int(0, 2) };
    const office = net.nat(rng, 'nanping', 2, 'wuyishan-forestry');
    const staff = Array.from({ length: scaled(ctx.scale, rng.int(180, 350), 10) }, () =>
      people.make(rng, { city: 'nanping', segment: 'office', market: 'county', office, device: makeDevice(rng, 'county', fleet) }),
    );
    let workdays = 0;
    for (let d = 1; d < rhythm.days && workdays < 5; d++) {
      if (isWeekend(at(ctx, d, 12))) continue;
      workdays++;
      const source = labelled(ctx, `x11-meeting-day${d}`, 'legit', cand, 'x11-meeting');
      const meetingEnds = at(ctx, d, 8, 50 + rng.int(0, 20));
      const share = rng.uniform(0.7, 0.88);
      for (const p of staff) {
        if (!rng.chance(share)) continue;
        if (rng.chance(0.88)) {
          const t = meetingEnds + rng.gamma(1.3, 4) * MINUTE;
          if (t >= ballot.cal.closesAt) continue;
          people.vote(rng, p, t, crowd.selection(rng, cand), source, rng.chance(0.9) ? { ip: rng.pick(office.addresses), net: 'WIFI' } : undefined);
        } else {
          const t = at(ctx, d, 12, rng.int(0, 50));
          if (t >= ballot.cal.closesAt) continue;
          people.vote(rng, p, t, crowd.selection(rng, cand), source, { ip: net.mobileIp(rng, 'nanping', p.carrier), net: '4G' });
        }
      }
    }
  },
};
