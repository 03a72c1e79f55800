import { MINUTE } from '../../heldout/calendar';
import { copiedUa, daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V1, scripted burst. A vendor's script pours fresh bought accounts into one mid-table courier
 * from a rented cloud server: a short probe a few hours before, then 1,600-2,800 votes in under
 * about an hour, one every 1.0-1.6 s, replaying three copied UA strings, from a handful of
 * addresses in one Tencent Cloud /24 (sometimes also an Alibaba Cloud one). It runs either in the
 * small hours or on a quiet afternoon of day 3-6.
 */
export const scriptedBurst: Family = {
  id: 'V1',
  kind: 'attack',
  description: 'scripted burst: 1.6k-2.8k fresh accounts in under an hour from a cloud /24, 3 UAs',
  seeds: [1, 2, 3],
  ballot: { needs: [{ rank: [7, 16] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, ledger, net, scale } = ctx;
    const client = ballot.cast[0];
    const day = rng.int(2, 5);
    const start = rng.chance(0.5) ? rhythm.at(day, rng.int(1, 2), rng.int(0, 59)) : rhythm.at(day, rng.int(14, 15), rng.int(0, 59));
    const uas = [copiedUa(rng, ctx, 'courier'), copiedUa(rng, ctx, 'courier'), copiedUa(rng, ctx, 'urban')];
    const tencent = net.hosting24(rng, 'tencent');
    const hosts = Array.from({ length: rng.int(8, 12) }, () => `${tencent}.${rng.int(2, 253)}`);
    if (rng.chance(0.3)) {
      const ali = net.hosting24(rng, 'aliyun');
      for (let i = 0; i < 3; i++) hosts.push(`${ali}.${rng.int(2, 253)}`);
    }
    const src = daySources(ctx, 'v1-burst', 'attack', client);
    const probe = ctx.ledger.source({ name: 'v1-probe', kind: 'attack', candidateId: client.id, group: 'v1-burst' });
    const fire = (t: number, source: number) => ledger.add({ at: Math.floor(t), accountId: ledger.newAccount(), candidateIds: [client.id], ip: rng.pick(hosts), userAgent: rng.pick(uas), source });

    // The probe: a few dozen votes to check the accounts work, hours before.
    let t = start - rng.int(2, 5) * 60 * MINUTE;
    for (let i = 0, n = scaled(scale, rng.int(30, 60)); i < n; i++) {
      t += rng.uniform(1500, 2600);
      fire(t, probe);
    }
    const n = scaled(scale, rng.int(1600, 2800));
    const step = rng.uniform(1000, 1600);
    t = start;
    for (let i = 0; i < n; i++) {
      t += step * (1 + rng.uniform(-0.25, 0.25));
      fire(t, src(day));
    }
  },
};
