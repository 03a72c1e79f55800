import { humanPicks } from '../../choices';
import { castVote } from '../../crowd/person';
import { CITIES } from '../../geography';
import { CellLine, Office, pickCarrier } from '../../networks/connections';
import { HOUR, isRestDay, lastDay, localDay, localHour, wallClock } from '../../time';
import { DailySources, candidateByRank, poissonArrivals, type Family, type Scene } from '../kit';

/**
 * A county's tea and produce fair on a weekend: visitors pass the county's booth, scan the QR code
 * and vote, all day at the pace of the foot traffic (late-morning and mid-afternoon peaks). Half use
 * the venue's free WiFi (two or three exits), the rest the one crowded cell site over the hall.
 */
function footTraffic(t: number): number {
  const h = localHour(t);
  return 0.3 + Math.exp(-(((h - 10.75) / 0.9) ** 2)) + 0.8 * Math.exp(-(((h - 15.25) / 1.1) ** 2));
}

function build({ rng, ballot, population }: Scene): void {
  const cal = ballot.cal;
  const target = candidateByRank(rng, ballot, 2, 15);
  const city = ballot.cityOf[target];
  const surge = new DailySources(ballot, 'expo', 'legit', target);
  const venue = Office.inCity(rng, city, rng.int(2, 3));
  // The hall's cell site: one carrier's phones all leave through the same CGNAT, v6 or not.
  const siteCarrier = pickCarrier(rng);
  const weekend = Array.from({ length: lastDay(cal) }, (_, d) => d).filter((d) => d > 0 && isRestDay(wallClock(cal, d, 12)));
  const days = weekend.length > 0 ? weekend : [rng.int(1, 5)];
  for (const d of days) {
    const visitors = rng.int(900, 1700);
    const open = wallClock(cal, d, 9.5);
    const perMinute = visitors / (7.5 * 60) / 0.75;
    for (const at of poissonArrivals(rng, open, open + 7.5 * HOUR, (t) => perMinute * footTraffic(t), perMinute * 1.4)) {
      const from = rng.chance(0.7) ? city : rng.weightedIndex(CITIES.map((c) => c.people));
      const p = population.person(rng, { city: from, profile: rng.pick(['general', 'parent', 'young', 'elder'] as const) });
      const wifi = rng.chance(0.45);
      const cell = p.cell.carrier === siteCarrier ? p.cell : new CellLine(siteCarrier, p.cell.ipv6);
      castVote(ballot, surge.at(at), p, at, humanPicks(rng, ballot, target), wifi ? { ip: venue.address(rng), net: 'WIFI' } : { ip: cell.address(rng, localDay(at)), net: p.handset.cellular(rng) });
    }
  }
}

export const e18: Family = {
  id: 'E18',
  kind: 'legit',
  title: 'expo-venue',
  description: 'Weekend county fair booth: 0.9–1.7k visitors/day scan and vote 09:30–17:00, 45% on 2–3 venue WiFi IPs, one cell site',
  seeds: [1, 2],
  build,
};
