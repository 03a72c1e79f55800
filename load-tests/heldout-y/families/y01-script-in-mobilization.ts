import { MINUTE, HOUR } from '../../heldout/calendar';
import { MODELS } from '../model/devices';
import { organicSize, scaled, windows, type Family } from './family';

/**
 * Ningjin county's bureau sends a notice one morning: village cadres, schools and families vote
 * for their station's officer in the hours after (real, an honest surge). Riding the same hours,
 * a vendor's script adds fresh accounts from two cloud /24s with one or two user agents, at a
 * machine's steady pace, never more than a third of the burst.
 */
export const scriptInMobilization: Family = {
  id: 'Y1',
  kind: 'attack',
  description: 'script (<1/3, 2 cloud /24s, 1-2 UAs) inside Ningjin county mobilization',
  seeds: [1, 2, 3],
  ballot: { need: { target: { county: '宁晋县', unit: () => '宁晋县公安局凤凰派出所', pull: 1.2 } } },
  organicVotes: (rng) => organicSize(rng, 30_000, 38_000),
  build(ctx) {
    const { rng, people, rhythm, ballot, net, devices } = ctx;
    const target = ballot.byKey.target;
    const d = rng.int(1, 3);
    const start = rhythm.clock(d, 8.6 + rng.uniform(0, 0.6));
    const real = windows(ctx, 'legit', 'ningjin-notice', target);
    const n = scaled(ctx.scale, rng.int(4500, 6500), 20);
    let firstDay = 0;
    for (let i = 0; i < n; i++) {
      const life = rng.pick(['town', 'town', 'elder', 'office', 'police'] as const);
      const p = people.make(rng, { city: target.city, life });
      const at = start + rng.gamma(1.3, 45 * MINUTE);
      people.cast(rng, p, at, people.selection(rng, target.id, 0.2), real(d));
      firstDay++;
      for (let e = d + 1; e < ballot.cal.dayCount; e++) if (rng.chance(0.22)) people.cast(rng, p, rhythm.at(rng, life, e), [target.id], real(e));
    }
    // The script: fresh accounts, two cloud /24s, one or two user agents, one vote every few seconds.
    const script = windows(ctx, 'attack', 'ningjin-script', target);
    const prefixes = net.cloudPrefixes(rng, 2, ['aliyun', 'tencent']);
    const hosts = prefixes.flatMap((pre) => Array.from({ length: rng.int(2, 6) }, () => `${pre}.${rng.int(2, 253)}`));
    const base = devices.of(rng, rng.pick(MODELS.vivo), 1);
    const uas = [base.ua('WIFI'), ...(rng.chance(0.5) ? [devices.twin(rng, base).ua('4G')] : [])];
    const count = Math.round(firstDay * rng.uniform(0.2, 0.3));
    const span = rng.uniform(2.5, 3.5) * HOUR;
    let at = start + rng.uniform(15, 35) * MINUTE;
    const gap = span / Math.max(1, count);
    for (let i = 0; i < count; i++) {
      at += gap * rng.uniform(0.9, 1.1);
      ctx.ledger.add({ at: Math.round(at), accountId: ctx.ledger.newAccount(), candidateIds: [target.id], ip: rng.pick(hosts), userAgent: rng.pick(uas), source: script(d) });
    }
  },
};
