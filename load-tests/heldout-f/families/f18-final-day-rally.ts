import type { Family } from '../catalogue-types';
import { candidateInBand } from '../ballot';
import { castBy, makePerson, type Person } from '../people';
import { HOUR, at, dayOf, hourOf, inWindow, rhythmInstant } from '../time';
import { perDay, waveTimes } from './kit';

/**
 * A close race on the last evening: a county's supporters, most of whom voted earlier in the week,
 * are rallied again from 18:00 until the morning close, with rolling group reminders every hour
 * or two and a final push before closing. The earlier votes are ordinary (organic); only the rally
 * is labelled.
 */
export const F18: Family = {
  id: 'F18',
  kind: 'legit',
  description: 'final-evening rally of returning supporters with rolling reminders to the close',
  seeds: [1, 2],
  organicVotes: (rng) => rng.int(22_000, 32_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.1, 0.5);
    const city = b.cityOf[target];
    const earlier = b.ledger.source({ name: 'rally-supporters-earlier', kind: 'organic' });
    const source = perDay(b, 'final-rally', 'legit', target);
    const last = b.cal.dayCount - 2;
    const supporters: Person[] = Array.from({ length: rng.int(1800, 3200) }, () => makePerson(rng, b, { favourite: target, city }));
    for (const p of supporters) {
      for (let d = 0; d < last; d++) {
        if (rng.chance(0.35)) {
          const t = rhythmInstant(rng, b.cal, d);
          if (Number.isFinite(t)) castBy(rng, b, p, t, earlier);
        }
      }
    }
    // Reminders from 18:00 on the last full day to the close (nobody posts at 3 a.m.).
    const reminders: number[] = [];
    for (let t = at(b.cal, last, 18); t < b.cal.closesAt - HOUR; t += rng.uniform(1, 2.2) * HOUR) if (hourOf(t) >= 6.5) reminders.push(t);
    reminders.push(b.cal.closesAt - rng.uniform(1.5, 2.5) * HOUR);
    for (const p of rng.shuffle([...supporters]).slice(0, Math.round(supporters.length * rng.uniform(0.7, 0.9)))) {
      const [t] = waveTimes(rng, rng.pick(reminders), 1, 20, 0.9);
      if (inWindow(b.cal, t)) castBy(rng, b, p, t, source(dayOf(b.cal, t)));
    }
  },
};
