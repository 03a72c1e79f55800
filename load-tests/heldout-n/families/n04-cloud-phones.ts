import { HOUR } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { androidPhone, type Device } from '../model/devices';
import { organicSize, rawVote, scaled, type Family } from './family';

/**
 * 云手机 + 群控: a studio rents a few hundred cloud phones (ARM servers in an IDC, one bought
 * aged account on each) and schedules them from one console: every evening each instance opens
 * the link at a random moment between 20:00 and 23:30. The image spoofs popular models but runs
 * the provider's Android 10 and one WeChat build; most traffic leaves from the provider's /24s,
 * the rest through a Guangxi mobile proxy. On multi-choice ballots each vote also ticks one or two
 * random other places as cover (those cover ticks are not labelled attacked).
 */
export const cloudPhones: Family = {
  id: 'N4',
  kind: 'attack',
  description: 'cloud phones under 群控: aged accounts, random evening times, IDC exits',
  seeds: [1, 2],
  ballot: { maxChoices: 3 },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, net, ledger, scale } = ctx;
    const target = midTable(rng, ballot, 4, 12);
    const build = rng.int(5, 7);
    const codes = ['V2324A', 'PHM110', 'ALI-AN00', '23049RAD8C', 'V2254A'];
    const idc = Array.from({ length: rng.int(6, 10) }, () => net.hosting(rng));
    const instances: Array<{ account: string; device: Device; exit: string | null }> = [];
    for (let i = 0, n = scaled(scale, rng.int(150, 240), 5); i < n; i++) {
      const device = androidPhone(rng, 'town', { code: rng.pick(codes), android: 10, build, webId: rng.int(100, 9999) });
      instances.push({ account: ledger.newAccount(), device, exit: rng.chance(0.7) ? `${rng.pick(idc)}.${rng.int(2, 250)}` : null });
    }
    const others = ballot.candidates.filter((c) => c.id !== target.id);
    const first = rng.int(1, 2);
    for (let d = first; d < first + rng.int(5, 6) && d < rhythm.days - 1; d++) {
      const source = ledger.source({ name: `N4 cloud day ${d}`, kind: 'attack', candidateId: target.id, group: 'cloud' });
      const open = rhythm.clock(d, 20);
      for (const inst of instances) {
        if (rng.chance(0.06)) continue; // an instance the console skipped (offline, captcha)
        const picks = [target.id];
        for (let k = rng.int(0, ballot.maxChoices - 1); k > 0; k--) {
          const c = rng.pick(others).id;
          if (!picks.includes(c)) picks.push(c);
        }
        const ip = inst.exit ?? net.mobile(rng, 'mobile', target.cityKey);
        rawVote(ctx, open + rng.uniform(0, 3.5 * HOUR), inst.account, picks, ip, inst.device.ua(inst.exit ? 'WIFI' : '4G'), source);
      }
    }
  },
};
