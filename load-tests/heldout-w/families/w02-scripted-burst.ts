import { MINUTE } from '../../heldout/calendar';
import { makeDevice, type Device } from '../model/devices';
import { selection } from '../model/people';
import { organicSize, rankedTarget, scaled, source, type Family } from './family';

/**
 * W2. A machine pours votes for one nurse: twice, each time 700-1,500 fresh accounts in 12-30
 * minutes from one data-centre /24, with a pool of eight user agents copied from real phones.
 * The first run is in the small hours (nobody watching), the second on the last evening, to climb
 * into the top places before the close.
 */
export const scriptedBurst: Family = {
  id: 'W2',
  kind: 'attack',
  description: 'two machine bursts (small hours, last evening) from one IDC /24, 8 UAs',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const target = rankedTarget(ctx, 5, 14);
    const days = rhythm.openDays();
    const last = days[days.length - 1];
    // The last full day: the ballot closes on the morning of day `last`.
    const finalEvening = rhythm.range(last)[1] - rhythm.midnight(last) >= 22 * 60 * MINUTE ? last : last - 1;
    const runs = [
      { day: rng.int(1, 3), minute: rng.int(90, 180), provider: 'huawei' as const },
      { day: finalEvening, minute: rng.int(1250, 1330), provider: 'baidu' as const },
    ];
    const pool: Device[] = Array.from({ length: 8 }, () => makeDevice(rng, 'adult'));
    runs.forEach((r, k) => {
      const src = source(ctx, `w2-burst-${k + 1}`, 'attack', target, 'w2-burst');
      const count = scaled(scale, rng.int(700, 1500), 5);
      const span = rng.int(12, 30) * MINUTE;
      const prefix = net.cloud24(r.provider);
      const hosts = Array.from({ length: 60 }, () => `${prefix}.${rng.int(2, 253)}`);
      let at = rhythm.at(r.day, r.minute);
      for (let i = 0; i < count; i++) {
        at += (span / count) * rng.uniform(0.7, 1.3);
        const p = people.make(rng, { region: target.hospital.pref, profile: 'adult', line: false, device: rng.pick(pool) });
        people.vote(rng, p, at, selection(ballot, target), src, { ip: rng.pick(hosts), net: 'WIFI' });
      }
    });
  },
};
