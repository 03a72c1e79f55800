import { MINUTE } from '../../heldout/calendar';
import { prefectureOf } from '../model/ballot';
import { makeDevice, type Device } from '../model/devices';
import type { Carrier } from '../model/networks';
import { byRank, organicSize, scaled, sourcesPer, type Family } from './family';

/**
 * U7, "本地号" (local accounts), the subtle one: the vendor knows the platform looks at where a
 * vote comes from, what phone sends it and when. It rents 280–480 aged accounts registered on
 * Heilongjiang numbers, gives each one fixed persona phone, and sends each vote through a
 * "黑龙江移动4G" proxy app whose exits are the carrier's own CGNAT addresses in the teacher's
 * prefecture — the same pools the real parents use. Each account votes once an evening at its
 * own time (drawn flat over 18:30–22:30, ±12 min), on nine days in ten, from the day the order
 * came in. On multi-choice ballots half its votes add one or two other teachers as cover.
 * What gives it away is only statistical: all accounts start the same day, come back almost
 * every day, never over IPv6 or Wi-Fi, and the evening is flat rather than peaked.
 */
export const localAccountPool: Family = {
  id: 'U7',
  kind: 'attack',
  description: 'rented local accounts via HLJ 4G proxy exits, one vote each evening',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, net, ledger, scale } = ctx;
    const teacher = byRank(ctx, 6, 14);
    const region = prefectureOf(teacher);
    const size = scaled(scale, rng.int(280, 480), 5);
    const pool: Array<{ id: string; device: Device; minute: number; carrier: Carrier }> = Array.from({ length: size }, () => ({
      id: ledger.newAccount(),
      device: makeDevice(rng, rng.chance(0.7) ? 'rural' : rng.chance(0.5) ? 'elder' : 'budget'),
      minute: rng.uniform(18 * 60 + 30, 22 * 60 + 30),
      carrier: rng.chance(0.8) ? 'mobile' : 'unicom',
    }));
    const others = ballot.candidates.filter((c) => c.id !== teacher.id);
    const source = sourcesPer(ctx, { name: 'local-pool', kind: 'attack', teacher });
    const from = rng.int(1, 2);
    for (let d = from; d < rhythm.days; d++) {
      for (const a of pool) {
        if (d > from && !rng.chance(0.9)) continue;
        const t = rhythm.at(d, a.minute) + rng.normal(0, 12) * MINUTE;
        if (t >= ballot.cal.closesAt || rhythm.dayOf(t) !== d) continue;
        let picks: string[] = [teacher.id];
        if (ballot.maxChoices > 1 && rng.chance(0.5)) {
          const extra = rng.shuffle([...others]).slice(0, Math.min(ballot.maxChoices - 1, rng.int(1, 2)));
          picks = [teacher.id, ...extra.map((c) => c.id)];
        }
        ledger.add({ at: Math.floor(t), accountId: a.id, candidateIds: picks, ip: net.mobileV4(rng, region, a.carrier), userAgent: a.device.ua(rng.chance(0.5) ? '5G' : '4G'), source: source(d) });
      }
    }
  },
};
