import { HOUR, MINUTE } from '../../heldout/calendar';
import { makeEmulatorDevice } from '../model/devices';
import { organicSize, scaled, type Family } from './family';
import { cast, idOf, source, target } from './kit';

/**
 * A small studio runs a few dozen Android emulator instances on two PCs during office hours. Each
 * instance registers or borrows accounts through an SMS-code platform, a quarter of an hour per account (code, captcha, page),
 * and leaves through a proxy app whose exits rotate every hour among a couple dozen Henan home
 * addresses. Some accounts are kept and vote again on the next day.
 */
export const emulatorFleet: Family = {
  id: 'J7',
  kind: 'attack',
  description: 'emulator fleet on two PCs, SMS-platform accounts, hourly-rotating proxies, office hours',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, rhythm, net } = ctx;
    const main = target(ctx, 0.25, 0.6);
    const ids = [idOf(ctx, main)];
    const instances = Array.from({ length: scaled(ctx.scale, rng.int(36, 56), 3) }, (_, i) => makeEmulatorDevice(rng, i));
    const exits = Array.from({ length: rng.int(18, 28) }, () => net.anyHenanHome(rng));
    let kept: string[] = [];
    const days = [1, 2, 3, 4, 5].filter(() => rng.chance(0.85));
    for (const day of days) {
      const src = source(ctx, 'attack', `emulators-day-${day}`, main, 'emulator-fleet');
      const open = rhythm.at(day, rng.uniform(9, 9.8));
      const close = rhythm.at(day, rng.uniform(17, 18));
      if (!Number.isFinite(open) || !Number.isFinite(close)) continue;
      const next: string[] = [];
      instances.forEach((ua, i) => {
        let t = open + rng.uniform(0, 10) * MINUTE;
        while (t < close) {
          if (Math.floor((t - open) / HOUR + 8) % 24 === 12 && rng.chance(0.8)) {
            t += rng.uniform(40, 70) * MINUTE; // lunch: the operator stops feeding SMS codes
            continue;
          }
          const account = kept.length > 0 && rng.chance(0.2) ? kept.pop()! : ctx.ledger.newAccount();
          if (rng.chance(0.3)) next.push(account);
          const exit = exits[(Math.floor((t - open) / HOUR) * 7 + i) % exits.length];
          cast(ctx, src, account, Math.floor(t), ids, exit, ua.wifi);
          t += rng.logNormal(17, 0.4) * MINUTE;
        }
      });
      kept = next;
    }
  },
};
