import { MINUTE } from '../../heldout/calendar';
import { byPull } from '../model/ballot';
import { makeDevice } from '../model/devices';
import { CITIES, CITY_WEIGHT } from '../model/places';
import { labelled, organicSize, rankedBetween, scaled, type Family } from './family';

/**
 * X7, attack (subtle): a warmed account pool. The vendor knows new accounts that vote once for one
 * candidate look bought, so its 400–700 accounts join the ballot on the first two or three days
 * voting for the leading volunteers (cover, left unlabelled: it is no attack on them), each with
 * its own fixed phone identity and its own sticky residential address somewhere in Fujian, at a
 * personal habitual time drawn from a county town's day. On the switch day the whole pool turns to
 * the client and keeps voting for it on 90–95% of days to the close, at the same personal times:
 * no decay, no mobile data, ever.
 */
export const warmedPool: Family = {
  id: 'X7',
  kind: 'attack',
  description: 'warmed pool of 400-700 accounts votes the leaders for 2-3 days, then all switch to the client',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, ledger, ballot, rhythm, crowd } = ctx;
    const cand = rankedBetween(ctx, 8, 22);
    const leaders = byPull(ballot)
      .filter((c) => c.id !== cand.id)
      .slice(0, 5);
    const switchDay = rng.int(2, 3);
    const loyalty = rng.uniform(0.9, 0.95);
    const cover = ledger.source({ name: 'x7-cover', kind: 'organic' });
    const sources = Array.from({ length: rhythm.days }, (_, d) => (d >= switchDay ? labelled(ctx, `x7-pool-day${d}`, 'attack', cand, 'x7-pool') : -1));
    const size = scaled(ctx.scale, rng.int(400, 700), 10);
    for (let i = 0; i < size; i++) {
      const account = ledger.newAccount();
      const device = makeDevice(rng, rng.chance(0.6) ? 'county' : 'city');
      const city = CITIES[rng.weightedIndex(CITIES.map((c) => CITY_WEIGHT[c]))];
      const ip = net.broadbandIp(rng, city, rng.chance(0.75) ? 'telecom' : 'unicom');
      const habit = (rhythm.timeOnDay(rng, 2, 'town') - rhythm.dayStart(2)) / MINUTE;
      const coverPick = leaders[rng.weightedIndex(leaders.map((c) => c.pull))];
      const firstDay = rng.int(0, switchDay - 1);
      for (let d = firstDay; d < rhythm.days; d++) {
        const warm = d < switchDay;
        if (!rng.chance(warm ? 0.85 : loyalty)) continue;
        const t = rhythm.habitOnDay(rng, d, habit, 45);
        if (t >= ballot.cal.closesAt) continue;
        const picks = warm ? crowd.selection(rng, coverPick).filter((id) => id !== cand.id) : crowd.selection(rng, cand);
        ledger.add({ at: Math.round(t), accountId: account, candidateIds: picks, ip, userAgent: device.ua('WIFI'), source: warm ? cover : sources[d] });
      }
    }
  },
};
