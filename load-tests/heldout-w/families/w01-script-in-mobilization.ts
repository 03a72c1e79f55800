import { MINUTE } from '../../heldout/calendar';
import { androidDevice, handset, WECHAT, type Device, type Profile } from '../model/devices';
import { awayRegion, hospitalExits, jilinRegion } from '../model/crowd';
import { selection, type Where } from '../model/people';
import { CURVES } from '../model/rhythm';
import { organicSize, rankedTarget, scaled, source, type Family } from './family';

/**
 * W1. The hospital's party committee pushes the article to every staff and patient group after
 * the morning handover meeting, and thousands of real people vote for its nurse within hours. A
 * vendor hired by someone around her (or by a rival, to get her zeroed) runs a script in the same
 * hours: fresh accounts, two cloud /24s, one Android and one iPhone user agent, three threads at a
 * steady pace. The script is under a third of the burst and hides inside it.
 */
export const scriptInMobilization: Family = {
  id: 'W1',
  kind: 'attack',
  description: 'hospital-wide push with a cloud script (2 /24s, 2 UAs) inside the same hours',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const target = rankedTarget(ctx, 3, 14, (n) => n.hospital.size >= 0.9);
    const days = rhythm.openDays();
    const last = days[days.length - 1];
    const day = ballot.nursesDay >= 1 && ballot.nursesDay < last && rng.chance(0.5) ? ballot.nursesDay : rng.int(1, Math.min(3, last - 1));
    const push = rhythm.at(day, 510 + rng.int(0, 40));
    const exits = hospitalExits(net, target);
    const surge = source(ctx, 'w1-mobilization', 'legit', target);
    const returns = source(ctx, 'w1-returns', 'organic', target);

    const n = scaled(scale, rng.int(3200, 5000), 20);
    for (let i = 0; i < n; i++) {
      const r = rng.next();
      const kind = r < 0.4 ? 'staff' : r < 0.82 ? 'patient' : 'relative';
      const region = kind === 'relative' ? (rng.chance(0.75) ? jilinRegion(rng) : awayRegion(rng)) : kind === 'patient' && rng.chance(0.15) ? jilinRegion(rng) : target.hospital.pref;
      const profile: Profile = kind === 'staff' ? (rng.chance(0.45) ? 'young' : 'adult') : kind === 'patient' && rng.chance(0.5) ? 'elderly' : 'adult';
      const p = people.make(rng, { region, profile, work: kind === 'staff' ? exits.staff : undefined });
      // Night-shift staff and working relatives answer the push after work.
      const late = rng.chance(kind === 'staff' ? 0.12 : 0.18);
      const at = late ? rhythm.at(day, rng.int(1050, 1290)) : push + rng.gamma(1.15, kind === 'staff' ? 40 : 65) * MINUTE;
      const hour = Math.floor(rhythm.minuteOf(at) / 60);
      let where: Where;
      if (kind === 'staff' && hour >= 8 && hour < 17) where = rng.chance(0.7) ? 'work' : 'mobile';
      else if (kind === 'patient' && hour >= 8 && hour < 18 && rng.chance(0.2)) where = { ip: rng.pick(exits.patient), net: 'WIFI' };
      else where = people.everyday(rng, p, at);
      const choice = selection(ballot, target);
      people.vote(rng, p, at, choice, surge, where);
      // A third come back on a later day, as people do.
      for (let d = day + 1; d <= last; d++) {
        if (!rng.chance(0.33 * Math.pow(0.8, d - day - 1))) continue;
        const t = rhythm.sample(rng, d, CURVES.town);
        people.vote(rng, p, t, choice, returns, people.everyday(rng, p, t));
      }
    }

    // The script: never more than 30% of the residents, so under a third of the burst.
    const count = Math.min(scaled(scale, rng.int(900, 1300), 5), Math.floor(n * 0.3));
    const start = push + rng.int(10, 40) * MINUTE;
    const duration = rng.int(150, 210) * MINUTE;
    const wechat = WECHAT[3];
    const devices: Device[] = [androidDevice(rng, handset(rng.pick(['PGBM10', 'V2219A', '22101317C'])), wechat), { os: 'ios', ios: '17_5_1', wechat }];
    const prefixes = [net.cloud24('tencent'), net.cloud24('aliyun')];
    const hosts = prefixes.map((p) => Array.from({ length: rng.int(20, 40) }, () => `${p}.${rng.int(2, 253)}`));
    const script = source(ctx, 'w1-script', 'attack', target, 'w1-script');
    const threads = 3;
    const interval = (duration * threads) / count;
    const clock = Array.from({ length: threads }, () => start + rng.next() * interval);
    for (let i = 0; i < count; i++) {
      const t = i % threads;
      const at = clock[t];
      clock[t] += interval * (1 + rng.uniform(-0.06, 0.06));
      const p = people.make(rng, { region: target.hospital.pref, profile: 'adult', line: false, device: devices[t === 2 ? 1 : 0] });
      const block = rng.int(0, 1);
      people.vote(rng, p, at, selection(ballot, target), script, { ip: rng.pick(hosts[block]), net: 'WIFI' });
    }
  },
};
