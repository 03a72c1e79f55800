import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { androidPhone } from '../model/devices';
import type { Person } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';

/**
 * The staff of a county power-supply bureau all carry the Huawei the bureau issued them, on the
 * build its device management pushed, so their user agents differ only in the install id. After
 * the morning meeting on working days they vote within minutes from the office's two exits.
 */
export const issuedPhones: Family = {
  id: 'N11',
  kind: 'legit',
  description: 'bureau staff on identical issued Huawei phones, after the morning meeting',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, ledger, scale } = ctx;
    const target = midTable(rng, ballot, 3, 12);
    const office = net.nat(rng, 'telecom', target.cityKey, 2);
    const build = rng.int(7, 8);
    const staff: Person[] = [];
    for (let i = 0, n = scaled(scale, rng.int(200, 350), 20); i < n; i++) {
      const device = androidPhone(rng, 'city', { code: 'BRA-AL00', android: 12, build, webId: rng.int(100, 9999) });
      staff.push(people.make(rng, { area: target.cityKey, profile: 'town', segment: 'city', device, office }));
    }
    let workdays = 0;
    for (let d = 1; d < rhythm.days - 1 && workdays < 5; d++) {
      const noon = new Date(rhythm.clock(d, 12) + 8 * 3600_000).getUTCDay();
      if (noon === 0 || noon === 6) continue;
      workdays++;
      const source = ledger.source({ name: `N11 meeting day ${d}`, kind: 'legit', candidateId: target.id, group: 'issued phones' });
      const meetingEnds = rhythm.clock(d, 8, rng.int(45, 60));
      for (const p of staff) {
        if (!rng.chance(0.85)) continue;
        const at = meetingEnds + rng.gamma(1.5, 4 * MINUTE);
        const conn = rng.chance(0.88) ? { ip: rng.pick(office), net: 'WIFI' as const } : undefined;
        people.vote(rng, p, at, people.picks(rng, target), source, conn);
      }
    }
  },
};
