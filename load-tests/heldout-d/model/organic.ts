import type { Rng } from '../../heldout/prng';
import type { Region } from './address-plan';
import { opensMessage } from './arrivals';
import { clockTime, DAY, isRestDay, clockHour, MINUTE, SECOND, sampleRhythm } from './clock';
import { choosePicks, favourite } from './contest';
import { desktopDevice } from './handsets';
import type { Person } from './people';
import { cast, castReturns, CASUAL, DEVOTED, ONE_OFF, type Habit, type Scene } from './scene';

/**
 * The honest crowd every scenario sits on. People arrive through four doors: the official
 * account's push at opening, its reminder pushes, local pushes for one candidate (a county
 * office's article, a work group, a family group: these come in waves, often through office NATs
 * and shared home lines), and a steady trickle of people who found the page on their own. Each
 * then comes back on later days or not, by habit.
 */

interface LocalWave {
  candidate: number;
  at: number;
  region: Region;
  /** How many of the wave's readers sit at one workplace on a weekday (staff groups). */
  officeShare: number;
}

const DOORS = ['opening push', 'reminder push', 'local wave', 'trickle'] as const;
const DOOR_WEIGHTS = [0.14, 0.08, 0.4, 0.38];
/** How the trickle spreads over the week: a strong first day, a slow fade, a last-day bump. */
const TRICKLE_DAYS = [0.24, 0.17, 0.14, 0.12, 0.11, 0.1, 0.12];

function planWaves(scene: Scene, rng: Rng): { waves: LocalWave[]; weights: number[] } {
  const { contest, cal, plan } = scene;
  const meanAppeal = contest.appeal.reduce((a, b) => a + b, 0) / contest.appeal.length;
  const waves: LocalWave[] = [];
  const weights: number[] = [];
  contest.candidates.forEach((c, i) => {
    const pull = contest.appeal[i] / meanAppeal;
    const count = 1 + rng.poisson(2 * pull);
    for (let k = 0; k < count; k++) {
      const day = Math.min(6, Math.floor(rng.exponential(2.2)));
      const at = sampleRhythm(rng, cal.opensAt + day * DAY, cal.opensAt + (day + 1) * DAY);
      const weekdayDesk = !isRestDay(at) && clockHour(at) > 8.5 && clockHour(at) < 17;
      waves.push({ candidate: i, at, region: plan.region(c.city), officeShare: weekdayDesk ? rng.uniform(0.1, 0.45) : 0.03 });
      weights.push(contest.appeal[i] * rng.gamma(1.5, 1));
    }
  });
  return { waves, weights };
}

function habitOf(rng: Rng, reminderDays: readonly number[]): Habit {
  const r = rng.next();
  const base = r < 0.42 ? ONE_OFF : r < 0.77 ? CASUAL : DEVOTED;
  return { ...base, nudged: (day) => (reminderDays.includes(day) ? 1.2 : 1) };
}

/** Adds about `target` organic votes; returns how many it cast. */
export function addOrganic(scene: Scene, rng: Rng, target: number): number {
  const { contest, cal, plan, people } = scene;
  const source = scene.ledger.source({ name: 'organic crowd', kind: 'organic' });
  const { waves, weights } = planWaves(scene, rng);
  // The official account nudges everyone twice during the week, in the evening.
  const reminders = [2, 5].map((d) => clockTime(cal, d, rng.uniform(19.3, 20.6)));
  const reminderDays = [2, 5];
  let votes = 0;

  const regionFor = (candidate: number): Region => {
    const r = rng.next();
    if (r < 0.6) return plan.region(contest.candidates[candidate].city);
    return r < 0.85 ? rng.pick(plan.jiangxi) : plan.nationwide(rng);
  };

  const vote = (person: Person, t: number, first: number): void => {
    if (t >= cal.closesAt) return;
    const picks = choosePicks(rng, contest, first);
    cast(scene, source, person, t, picks, rng);
    votes++;
    // A double tap or a reload after a slow answer: the service refuses the second one.
    if (rng.chance(0.015)) {
      const last = scene.ledger.added()[scene.ledger.added().length - 1];
      scene.ledger.add({ ...last, at: last.at + rng.int(2, 90) * SECOND });
    }
    votes += castReturns(scene, source, person, t, first, picks, habitOf(rng, reminderDays), rng);
  };

  while (votes < target) {
    const door = DOORS[rng.weightedIndex(DOOR_WEIGHTS)];
    let first: number;
    let t: number;
    let region: Region;
    let wave: LocalWave | undefined;
    if (door === 'local wave') {
      wave = waves[rng.weightedIndex(weights)];
      first = wave.candidate;
      region = rng.chance(0.8) ? wave.region : plan.nationwide(rng);
      t = opensMessage(rng, wave.at, 25, 1.1);
    } else {
      first = favourite(rng, contest);
      region = regionFor(first);
      if (door === 'opening push') t = opensMessage(rng, cal.opensAt, 50, 1.2);
      else if (door === 'reminder push') t = opensMessage(rng, rng.pick(reminders), 35, 1.0);
      else {
        const day = rng.weightedIndex(TRICKLE_DAYS);
        t = sampleRhythm(rng, cal.opensAt + day * DAY, cal.opensAt + (day + 1) * DAY);
      }
    }
    const atWork = wave !== undefined && rng.chance(wave.officeShare);
    const work = atWork ? people.someWorkplace(region) : undefined;
    // A few office workers open the page in the desktop client.
    const device = work && rng.chance(0.06) ? desktopDevice(rng) : undefined;
    const person = people.person({ region, work, device, home: device ? people.homeLine(region) : undefined });
    vote(person, t, first);
    // Family at home often votes together: the same line, their own phones, minutes apart.
    if (person.home && rng.chance(0.2)) {
      for (let k = rng.int(1, 3); k > 0; k--) {
        const mate = people.person({ region, home: person.home, work: null });
        vote(mate, t + rng.exponential(9 * MINUTE), rng.chance(0.85) ? first : favourite(rng, contest));
      }
    }
  }
  return votes;
}
