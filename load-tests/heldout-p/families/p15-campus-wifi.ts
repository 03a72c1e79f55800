import { makePhone, pickModel } from '../model/devices';
import { at, organicSize, scaled, type Family } from './family';

/**
 * P15, campus Wi-Fi (honest): a Chengdu university whose rural-revitalisation team works in the
 * town. 1,800–3,200 students vote through the campus network's three exits in the minutes after
 * class (10:05, 11:55, 15:45, 17:35) or in the dorms after 21:30, a third to a half of them on
 * any day, from day 1.
 */
export const campusWifi: Family = {
  id: 'P15',
  kind: 'legit',
  description: 'university students behind 3 campus NAT exits, after-class and dorm clumps, daily',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, people, net } = ctx;
    const target = crowd.atRank(rng, 0.3, 0.85);
    const cid = ballot.candidates[target].id;
    const exits = net.natExits(3);
    const students = Array.from({ length: scaled(ctx.scale, rng.int(1800, 3200), 20) }, () =>
      people.make(rng, { segment: 'student', city: '成都', candidate: target, home: null, phone: makePhone(rng, pickModel(rng, 'student')) }),
    );
    const bells = [10.08, 11.92, 15.75, 17.58, 21.5];
    for (let d = 1; d < ballot.cal.dayCount - 1; d++) {
      const src = ledger.source({ name: `P15 campus day ${d}`, kind: 'legit', candidateId: cid, group: 'P15 campus wifi' });
      const turnout = rng.uniform(0.33, 0.5);
      for (const s of students) {
        if (!rng.chance(turnout)) continue;
        const bell = rng.pick(bells);
        const t = at(ctx, d, bell) + rng.gamma(1.2, (bell > 21 ? 25 : 4) * 60_000);
        if (rng.chance(0.85)) people.voteFrom(s, t, rng.pick(exits), 'WIFI', src);
        else people.vote(rng, s, t, src);
      }
    }
  },
};
