import type { Rng } from '../heldout/prng';
import { HOUR, MINUTE, localHour, localWeekday } from './time';

/**
 * When people in a Jiangxi county pick up their phone and open a WeChat article, relative, by the
 * hour that starts at each index. Our own reading of county life: up around 06:30, a commute, work
 * from 08:30, a lunch peak then the afternoon nap (13:30–14:30 is quiet in Jiangxi), dinner, and the
 * evening peak 20:00–22:30 when people read their groups in bed. Saturdays and Sundays start later
 * and stay up later.
 */
const WORKDAY = [0.55, 0.28, 0.15, 0.1, 0.09, 0.15, 0.45, 1.1, 1.6, 1.75, 1.8, 1.9, 2.2, 1.55, 1.45, 1.7, 1.75, 1.65, 1.7, 2.1, 2.75, 3.0, 2.3, 1.25];
const RESTDAY = [0.85, 0.45, 0.22, 0.13, 0.1, 0.12, 0.28, 0.65, 1.15, 1.6, 1.9, 2.0, 2.1, 1.8, 1.7, 1.85, 1.9, 1.8, 1.75, 2.15, 2.65, 2.85, 2.4, 1.6];
export const PEAK_ACTIVITY = 3.0;

/** Relative activity at an instant, linear between the starts of consecutive hours. */
export function activity(ms: number, shiftHours = 0): number {
  const t = ms - shiftHours * HOUR;
  const wd = localWeekday(t);
  const table = wd === 0 || wd === 6 ? RESTDAY : WORKDAY;
  const h = localHour(t);
  const i = Math.floor(h);
  const f = h - i;
  return table[i] * (1 - f) + table[(i + 1) % 24] * f;
}

/**
 * Moves an instant forward until the person is plausibly awake and looking at the phone: a message
 * that arrives at 02:00 is read in the morning, one that arrives at 14:00 mostly after the nap.
 * `shiftHours` shifts the person's day (night owls +1, early risers −1).
 */
export function whenAwake(rng: Rng, t: number, patience = 40 * MINUTE, shiftHours = 0): number {
  for (let i = 0; i < 400 && rng.next() * PEAK_ACTIVITY > activity(t, shiftHours); i++) t += rng.exponential(patience);
  return t;
}

/** Reaction delay to a message: most within minutes, a long tail of people who read it hours later. */
export function reactionDelay(rng: Rng, medianMinutes: number, sigma = 1.0): number {
  return rng.logNormal(medianMinutes, sigma) * MINUTE;
}
