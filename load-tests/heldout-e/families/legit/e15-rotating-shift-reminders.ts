import { humanPicks } from '../../choices';
import { castVote, connect } from '../../crowd/person';
import { Office } from '../../networks/connections';
import { reactionDelay, whenAwake } from '../../rhythm';
import { MINUTE, lastDay, localHour, wallClock } from '../../time';
import { DailySources, candidateByRank, type Family, type Scene } from '../kit';

/**
 * A county hospital's staff group: its admin, a nurse on the three-shift rota, posts the daily
 * reminder when her shift starts, so the hour moves by about eight hours every day (07:40, 15:40,
 * 23:40, …). Colleagues on the same shift vote within minutes from the hospital WiFi; the others
 * see it when they are next awake, at home or on the way.
 */
function build({ rng, ballot, population }: Scene): void {
  const cal = ballot.cal;
  const target = candidateByRank(rng, ballot, 2, 15);
  const city = ballot.cityOf[target];
  const id = ballot.candidates[target].id;
  const surge = new DailySources(ballot, 'shift-reminders', 'legit', target);
  const hospital = Office.inCity(rng, city, 2);
  const staff = Array.from({ length: rng.int(400, 900) }, () => ({ p: population.person(rng, { city, profile: 'general', office: hospital }), shift: rng.int(0, 2) }));
  const firstShift = rng.pick([7.6, 15.6, 23.6]);
  for (let d = rng.int(0, 1); d <= lastDay(cal); d++) {
    const k = d % 3;
    const posted = wallClock(cal, d, ((firstShift + 8 * k) % 24) + rng.normal(0, 0.3));
    if (posted < cal.opensAt || posted >= cal.closesAt) continue;
    const onShift = Math.round((firstShift + 8 * k) / 8) % 3;
    const turnout = rng.uniform(0.6, 0.85);
    for (const { p, shift } of staff) {
      if (!rng.chance(turnout)) continue;
      const working = shift === onShift;
      const t = working ? posted + reactionDelay(rng, 6, 0.9) : whenAwake(rng, posted + reactionDelay(rng, 25, 1.1), 45 * MINUTE, p.chrono);
      castVote(ballot, surge.at(t), p, t, rng.chance(0.8) ? [id] : humanPicks(rng, ballot, target), working ? { ip: hospital.address(rng), net: 'WIFI' } : connect(rng, p, t, p.home && !isDaytime(t) ? 'home' : 'cell'));
    }
  }
}

function isDaytime(t: number): boolean {
  const h = localHour(t);
  return h >= 8 && h < 19;
}

export const e15: Family = {
  id: 'E15',
  kind: 'legit',
  title: 'rotating-shift-reminders',
  description: 'Hospital staff (400–900): admin on a 3-shift rota posts reminders 8 h later each day; on-shift colleagues vote at once',
  seeds: [1, 2],
  build,
};
