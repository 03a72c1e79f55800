import { DAY, HOUR, MINUTE, shanghaiMinuteOfDay } from '../calendar';
import { cityNet, mobileIp } from '../networks';
import { castVote, makePerson, type Person } from '../people';
import { selection } from '../ballot';
import type { Family } from './family';

/** Break-time rhythm of a night shift (00:00–06:00): meal break around 00:30, a lull, a second break near 03:30. */
function nightWeight(minute: number): number {
  const h = minute / 60;
  return 0.6 + 1.6 * Math.exp(-(((h - 0.6) / 0.5) ** 2)) + 1.2 * Math.exp(-(((h - 3.5) / 0.45) ** 2));
}

/**
 * A city of shift workers gives one candidate four times its daytime share every night:
 * fresh accounts (new workers join each night), many phone models, carrier IPs, Poisson arrivals.
 */
export const l1NightShift: Family = {
  id: 'L1',
  kind: 'legit',
  description: "a city's night shift gives one candidate 4x its daytime share every night (00-06h): fresh accounts, varied phones, carrier IPs, Poisson arrivals",
  seeds: [1, 2, 3, 4, 5],
  tuneSeeds: [1, 2],
  organicVotes: (rng) => rng.int(40_000, 150_000),
  build(rng, ballot) {
    const { ledger, cal } = ballot;
    const organic = ledger.added();
    const byCandidate = new Map<string, { day: number; night: number }>();
    let dayTotal = 0;
    const nightTotals = new Array<number>(cal.dayCount).fill(0);
    const nightFor = new Map<string, number[]>();
    for (const v of organic) {
      const m = shanghaiMinuteOfDay(v.at);
      const d = Math.floor((v.at - cal.firstMidnight) / DAY);
      for (const id of v.candidateIds) {
        let c = byCandidate.get(id);
        if (!c) byCandidate.set(id, (c = { day: 0, night: 0 }));
        if (m >= 7 * 60) c.day++;
        else if (m < 6 * 60) {
          let n = nightFor.get(id);
          if (!n) nightFor.set(id, (n = new Array<number>(cal.dayCount).fill(0)));
          n[d]++;
        }
      }
      if (m >= 7 * 60) dayTotal++;
      else if (m < 6 * 60) nightTotals[d]++;
    }
    // A candidate with a modest daytime share, so four times it is still a minority at night.
    const eligible = ballot.candidates.map((_, i) => i).filter((i) => {
      const share = (byCandidate.get(ballot.candidates[i].id)?.day ?? 0) / dayTotal;
      return share > 0.015 && share < 0.12;
    });
    const target = eligible.length > 0 ? rng.pick(eligible) : 0;
    const candidate = ballot.candidates[target];
    const dayShare = (byCandidate.get(candidate.id)?.day ?? 0) / dayTotal;
    const nightShare = 4 * dayShare;
    const city = { region: candidate.city, home: candidate.city };
    const workers: Person[] = [];
    const source = ledger.source({ name: 'night-shift', kind: 'legit', candidateId: candidate.id });
    for (let d = 0; d < cal.dayCount; d++) {
      const midnight = cal.firstMidnight + d * DAY;
      if (midnight + 6 * HOUR <= cal.opensAt || midnight >= cal.closesAt) continue;
      const organicHere = nightFor.get(candidate.id)?.[d] ?? 0;
      const needed = Math.max(0, (nightShare * nightTotals[d] - organicHere) / (1 - nightShare));
      const count = rng.poisson(needed);
      const tonight = rng.shuffle(workers.filter(() => rng.chance(0.55))).slice(0, count);
      while (tonight.length < count) {
        const p = makePerson(rng, ballot, city, { iosShare: 0.14, budget: true });
        workers.push(p);
        tonight.push(p);
      }
      for (const p of tonight) {
        let at: number;
        do at = midnight + rng.uniform(0, 6 * 60) * MINUTE;
        while (rng.next() * 2.4 > nightWeight(shanghaiMinuteOfDay(at)));
        if (at < cal.opensAt || at >= cal.closesAt) continue;
        // On the shop floor: mobile data mostly, the dormitory's broadband now and then.
        const via = rng.chance(0.85) ? { ip: mobileIp(rng, cityNet(p.region), p.carrier), wifi: false } : { ip: p.homeIp, wifi: true };
        castVote(rng, ballot, p, at, selection(rng, ballot, target), source, via);
      }
    }
  },
};
