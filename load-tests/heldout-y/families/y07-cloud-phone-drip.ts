import { DAY } from '../../heldout/calendar';
import { Device, MODELS } from '../model/devices';
import { midTable, organicSize, scaled, windows, type Family } from './family';

/**
 * Rented cloud phones (Android images in a provincial telecom IDC): 250–400 instances, two or
 * three accounts each, every account voting once a day for five days, spread evenly round the
 * clock. The images spoof six model codes over one Android version (12) and one WeChat build; each
 * instance keeps one IDC address.
 */
export const cloudPhoneDrip: Family = {
  id: 'Y7',
  kind: 'attack',
  description: 'cloud-phone drip: 250-400 IDC instances, even round-the-clock pace, 5 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, net, ledger } = ctx;
    const target = midTable(ctx, 6, 18);
    const src = windows(ctx, 'attack', 'cloud-phones', target);
    const n = scaled(ctx.scale, rng.int(250, 400), 4);
    const models = rng.shuffle([...MODELS.xiaomi, ...MODELS.vivo, ...MODELS.oppo]).slice(0, 6);
    const prefixes = net.cloudPrefixes(rng, rng.int(8, 12), ['idc']);
    const accounts: Array<{ id: string; ip: string; ua: string }> = [];
    for (let i = 0; i < n; i++) {
      const ua = new Device(rng.pick(models), 12, '', 56, rng.int(1000, 9999)).ua('WIFI');
      const ip = `${rng.pick(prefixes)}.${rng.int(2, 253)}`;
      for (let j = rng.int(2, 3); j > 0; j--) accounts.push({ id: ledger.newAccount(), ip, ua });
    }
    const first = rng.int(1, Math.max(1, ballot.cal.dayCount - 6));
    for (let d = first; d < first + 5 && d < ballot.cal.dayCount; d++) {
      const order = rng.shuffle([...accounts]);
      const step = DAY / order.length;
      const dayStart = rhythm.dayStart(d);
      order.forEach((a, i) => {
        ledger.add({ at: Math.round(dayStart + (i + rng.uniform(-0.3, 0.3)) * step), accountId: a.id, candidateIds: [target.id], ip: a.ip, userAgent: a.ua, source: src(d) });
      });
    }
  },
};
