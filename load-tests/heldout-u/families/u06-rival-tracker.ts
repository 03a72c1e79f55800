import { MINUTE } from '../../heldout/calendar';
import { makeDevice, type Device } from '../model/devices';
import { ELSEWHERE, HLJ_CITIES } from '../model/places';
import { organicSize, scaled, sourcesPer, type Family } from './family';

/**
 * U6, "盯榜跟票" (watch the board, follow the votes): the client sits just below the last place.
 * From the second day the vendor's program reads the leaderboard every ten minutes and tops the
 * client up to a few percent above the teacher holding that place, at most a few dozen votes a
 * round. Once caught up it only mirrors the rival's gains, so its votes follow a real community's
 * day — busy evenings, quiet nights — rather than a clock. Accounts come from a bought stock
 * (each used once a day, reused across days), each with its own phone profile, each vote through
 * a residential proxy exit (a third in Heilongjiang).
 */
export const rivalTracker: Family = {
  id: 'U6',
  kind: 'attack',
  description: 'leaderboard follower: tops client up to the last seat-holder every 10 min',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, net, ledger, scale } = ctx;
    // What the board shows: every vote cast so far for each (the organic crowd is all there is yet).
    const board = new Map<string, number[]>(ballot.candidates.map((c) => [c.id, []]));
    for (const v of ledger.added()) for (const id of v.candidateIds) board.get(id)?.push(v.at);
    for (const times of board.values()) times.sort((a, b) => a - b);
    const ranked = [...ballot.candidates].sort((a, b) => (board.get(b.id)?.length ?? 0) - (board.get(a.id)?.length ?? 0));
    const count = (id: string) => board.get(id)?.length ?? 0;
    // The client: a teacher below the places whose deficit to the last seat-holder is about a half.
    const rival = ranked[ballot.seats - 1];
    let client = ranked[ballot.seats];
    let best = Infinity;
    for (let r = ballot.seats; r < Math.min(ranked.length, ballot.seats + 8); r++) {
      const miss = Math.abs(count(rival.id) / Math.max(1, count(ranked[r].id)) - 1.5);
      if (miss < best) {
        best = miss;
        client = ranked[r];
      }
    }
    const rivalTimes = board.get(rival.id) ?? [];
    const clientTimes = board.get(client.id) ?? [];
    const upTo = (times: number[], t: number) => {
      let lo = 0;
      let hi = times.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (times[mid] <= t) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };

    const margin = rng.uniform(0.02, 0.05);
    const cap = Math.max(2, Math.round(rng.int(25, 40) * Math.sqrt(scale)));
    const source = sourcesPer(ctx, { name: 'tracker', kind: 'attack', teacher: client });
    const stock: Array<{ id: string; device: Device }> = [];
    let used = 0;
    let usedDay = -1;
    let added = 0;
    const limit = scaled(scale, 2600, 20);
    let t = rhythm.at(2, rng.uniform(9 * 60, 11 * 60));
    while (t < ballot.cal.closesAt - 5 * MINUTE && added < limit) {
      const want = Math.round(upTo(rivalTimes, t) * (1 + margin)) + Math.round(15 * scale);
      const deficit = want - (upTo(clientTimes, t) + added);
      const n = Math.min(cap, Math.max(0, deficit));
      for (let i = 0; i < n; i++) {
        const at = t + rng.uniform(4, 25) * 1000 * (i + 1);
        const d = rhythm.dayOf(at);
        if (d !== usedDay) {
          usedDay = d;
          used = 0;
          rng.shuffle(stock);
        }
        if (used >= stock.length) stock.push({ id: ledger.newAccount(), device: makeDevice(rng, rng.chance(0.6) ? 'rural' : 'budget') });
        const a = stock[used++];
        const region = rng.chance(0.33) ? rng.pick(HLJ_CITIES) : rng.pick(ELSEWHERE);
        ledger.add({ at: Math.floor(at), accountId: a.id, candidateIds: [client.id], ip: net.residentialExit(rng, region), userAgent: a.device.ua(rng.chance(0.7) ? 'WIFI' : '4G'), source: source(d) });
        added++;
      }
      t += 10 * MINUTE + rng.uniform(-40, 40) * 1000;
    }
  },
};
