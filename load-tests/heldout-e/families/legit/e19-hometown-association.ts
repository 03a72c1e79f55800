import { humanPicks } from '../../choices';
import { castVote, type Person } from '../../crowd/person';
import { ELSEWHERE } from '../../networks/address-plan';
import { CellLine, hostIn16 } from '../../networks/connections';
import { reactionDelay, whenAwake } from '../../rhythm';
import { MINUTE, ballotDay, lastDay, localDay, localHour, wallClock } from '../../time';
import { DailySources, candidateByRank, type Family, type Scene } from '../kit';

/**
 * A county's people working in Guangdong, Zhejiang and Fujian: the hometown association (同乡会)
 * posts in its big groups at about 21:00 and members vote from rented rooms and factory dorms, on
 * those provinces' broadband and cellular networks, late into the night. Many come back the next
 * evening or two, around the same time.
 */
function build({ rng, ballot, population }: Scene): void {
  const cal = ballot.cal;
  const target = candidateByRank(rng, ballot, 2, 18);
  const city = ballot.cityOf[target];
  const id = ballot.candidates[target].id;
  const surge = new DailySources(ballot, 'hometown-association', 'legit', target);
  const provinces = ELSEWHERE.filter((p) => ['广东', '浙江', '福建'].includes(p.name));
  const posted = wallClock(cal, rng.int(1, 4), rng.uniform(20.5, 21.5));
  const members: { p: Person; room?: string; first: number }[] = [];
  for (let i = 0, n = rng.int(800, 1600); i < n; i++) {
    const province = provinces[rng.weightedIndex(provinces.map((p) => p.weight))];
    const p = population.person(rng, { city, profile: rng.chance(0.6) ? 'worker' : 'young', home: null, office: null, cell: CellLine.elsewhere(rng, province) });
    const room = rng.chance(0.5) ? hostIn16(rng, rng.pick(province.broadband)) : undefined;
    const t = whenAwake(rng, posted + reactionDelay(rng, 12, 1.2), 40 * MINUTE, p.chrono + 1);
    members.push({ p, room, first: t });
  }
  const vote = (m: (typeof members)[number], t: number): void => {
    const wifi = m.room !== undefined && rng.chance(0.8);
    castVote(ballot, surge.at(t), m.p, t, rng.chance(0.6) ? [id] : humanPicks(rng, ballot, target), wifi ? { ip: m.room!, net: 'WIFI' } : { ip: m.p.cell.address(rng, localDay(t)), net: m.p.handset.cellular(rng) });
  };
  for (const m of members) {
    vote(m, m.first);
    for (const [later, chance] of [[1, 0.4], [2, 0.2]] as const) {
      const day = ballotDay(cal, m.first) + later;
      if (day > lastDay(cal) || !rng.chance(chance)) continue;
      vote(m, whenAwake(rng, wallClock(cal, day, localHour(m.first) + rng.normal(0, 1)), 30 * MINUTE, m.p.chrono + 1));
    }
  }
}

export const e19: Family = {
  id: 'E19',
  kind: 'legit',
  title: 'hometown-association',
  description: 'Migrants in Guangdong/Zhejiang/Fujian: association posts ~21:00, 0.8–1.6k vote from out-of-province IPs, many return',
  seeds: [1, 2],
  build,
};
