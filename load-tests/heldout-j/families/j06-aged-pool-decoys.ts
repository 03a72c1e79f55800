import { HOUR } from '../../heldout/calendar';
import { makeDevice, type Device } from '../model/devices';
import { organicSize, scaled, type Family } from './family';
import { cast, idOf, source, target } from './kit';

/**
 * An account-farming studio (养号) rents out its pool of aged accounts: each account has its own
 * spoofed phone profile and has been "living" for months. On the ballot it votes on three or four
 * evenings for the client's township and, as camouflage, one or two decoys — a front-runner and two
 * small townships — and some nights a decoy alone. Addresses come from dial-up VPS lines that
 * redial every few votes.
 */
export const agedPoolDecoys: Family = {
  id: 'J6',
  kind: 'attack',
  description: 'aged-account pool (养号), own phone profiles, dial-up VPS, target + 3 decoys, evenings',
  seeds: [1, 2],
  ballot: { maxChoices: 5 },
  organicVotes: (rng) => organicSize(rng, 50_000),
  build(ctx) {
    const { rng, rhythm, net, ballot } = ctx;
    const main = target(ctx, 0.35, 0.65);
    const decoys = [ctx.crowd.ranked[0] === main ? ctx.crowd.ranked[1] : ctx.crowd.ranked[0]];
    while (decoys.length < 3) {
      const d = target(ctx, 0.6, 1);
      if (d !== main && !decoys.includes(d)) decoys.push(d);
    }
    const pool: Array<{ account: string; device: Device; nights: number[] }> = Array.from({ length: scaled(ctx.scale, rng.int(1000, 1500), 10) }, () => ({
      account: ctx.ledger.newAccount(),
      device: makeDevice(rng),
      nights: rng.shuffle([1, 2, 3, 4, 5]).slice(0, rng.int(3, 4)),
    }));
    const provinces = ['jiangsu', 'shandong'] as const;
    for (let night = 1; night <= 5; night++) {
      const targetSrc = source(ctx, 'attack', `pool-night-${night}`, main, 'pool-target');
      const decoySrc = decoys.map((d, i) => source(ctx, 'attack', `pool-decoy-${i}-night-${night}`, d, `pool-decoy-${i}`));
      const active = rng.shuffle(pool.filter((a) => a.nights.includes(night)));
      const from = rhythm.at(night, rng.uniform(18, 19));
      const span = rng.uniform(3.5, 4.5) * HOUR;
      let ip = '';
      active.forEach((a, i) => {
        if (i % rng.int(4, 12) === 0 || ip === '') ip = rng.chance(0.5) ? net.anyHenanHome(rng) : net.elsewhere(rng, rng.pick(provinces));
        const at = Math.floor(from + (span * (i + rng.next())) / active.length);
        if (rng.chance(0.28)) {
          const k = rng.int(0, 2);
          const picks = rng.chance(0.5) ? [decoys[k]] : [decoys[k], decoys[(k + 1) % 3]];
          cast(ctx, decoySrc[k], a.account, at, picks.map((d) => idOf(ctx, d)).slice(0, ballot.maxChoices), ip, a.device.wifi);
        } else {
          const extra = rng.shuffle([...decoys]).slice(0, rng.int(1, 2));
          cast(ctx, targetSrc, a.account, at, [main, ...extra].map((d) => idOf(ctx, d)).slice(0, ballot.maxChoices), ip, a.device.wifi);
        }
      });
    }
  },
};
