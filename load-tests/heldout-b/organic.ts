/**
 * The honest background of every ballot. People find the vote three ways: an official-account
 * push (the opening one reaches most), a forward of a candidate's own article into WeChat groups
 * (each candidate has a few of these a week, of very unequal reach, so every candidate has small
 * honest bursts of its own), or by chance (Moments, a friend, a news page). Then they are one-off
 * voters, come back now and then, or come back daily near the same time. A few use a relative's
 * phone to cast the relative's vote right after their own.
 */
import type { Rng } from '../heldout/prng';
import type { Contender } from './ballot-setup';
import { at, dayNumber, instantInDay, minuteOfDay, reactionTime } from './clock';
import { castAs, choices, drawCandidate, drawHometown, makeResident, type Resident, type Scene } from './residents';

interface Forward {
  candidate: Contender;
  at: number;
  reach: number;
}

function forwards(rng: Rng, scene: Scene): Forward[] {
  const { ballot } = scene;
  const mean = ballot.candidates.reduce((n, c) => n + c.pull, 0) / ballot.candidates.length;
  const out: Forward[] = [];
  for (const candidate of ballot.candidates) {
    const n = rng.poisson(2 + (5 * candidate.pull) / mean);
    for (let i = 0; i < n; i++) {
      const day = ballot.firstDay + Math.min(6, Math.floor(rng.exponential(2.2)));
      const t = Math.max(ballot.opensAt, instantInDay(rng, day, 7, 23));
      out.push({ candidate, at: t, reach: Math.min(40, Math.pow(1 - rng.next(), -1 / 1.3)) });
    }
  }
  return out;
}

type Habit = 'once' | 'sometimes' | 'daily';
const RETURN: Record<Habit, number> = { once: 0.025, sometimes: 0.22, daily: 0.78 };

/** Adds about `target` organic votes. */
export function addOrganic(rng: Rng, scene: Scene, target: number): void {
  const { ballot, ledger } = scene;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const fwd = forwards(rng, scene);
  const fwdWeights = fwd.map((f) => f.reach * f.candidate.pull);
  const pushWeights = ballot.pushes.map((p) => p.reach);
  const dayWeights = [1.6, 1.2, 1, 0.9, 0.8, 0.8, 0.9, 0.3];
  let cast = 0;
  while (cast < target) {
    const how = rng.next();
    let first: number;
    let favourite: Contender;
    let hometown = drawHometown(rng);
    if (how < 0.45) {
      first = reactionTime(rng, ballot.pushes[rng.weightedIndex(pushWeights)].at, 30, 1.3);
      favourite = localFavourite(rng, scene, hometown);
    } else if (how < 0.75 && fwd.length > 0) {
      const f = fwd[rng.weightedIndex(fwdWeights)];
      first = reactionTime(rng, f.at, 15, 1.2);
      favourite = f.candidate;
      if (rng.chance(0.75)) hometown = f.candidate.home;
    } else {
      first = Math.max(ballot.opensAt, instantInDay(rng, ballot.firstDay + rng.weightedIndex(dayWeights)));
      favourite = localFavourite(rng, scene, hometown);
    }
    const habit: Habit = rng.chance(0.1) ? 'daily' : rng.chance(0.33) ? 'sometimes' : 'once';
    const person = makeResident(rng, scene, { hometown });
    const relative = rng.chance(0.04) ? makeResident(rng, scene, { hometown, lives: person.lives, phone: person.phone }) : undefined;
    for (const t of visits(rng, scene, first, habit)) {
      const picks = choices(rng, ballot, favourite);
      const conn = castAs(rng, scene, person, t, picks, source);
      cast++;
      // Same phone, same network, a minute or few later (switching WeChat accounts takes a while).
      if (relative && conn && rng.chance(0.85)) {
        castAs(rng, scene, relative, t + rng.uniform(60, 240) * 1000, picks, source, conn);
        cast++;
      }
    }
  }
}

function localFavourite(rng: Rng, scene: Scene, hometown: Resident['hometown']): Contender {
  const local = scene.ballot.candidates.filter((c) => c.home.id === hometown.id);
  return local.length > 0 && rng.chance(0.65) ? drawCandidate(rng, local) : drawCandidate(rng, scene.ballot.candidates);
}

/** The instants one person votes at: the first visit, then returns on later days by habit. */
function visits(rng: Rng, scene: Scene, first: number, habit: Habit): number[] {
  const out = [first];
  const habitMinute = minuteOfDay(first);
  for (let day = dayNumber(first) + 1; day <= scene.ballot.lastDay; day++) {
    if (!rng.chance(RETURN[habit])) continue;
    const t = habit === 'daily' ? at(day, Math.min(1439, Math.max(0, habitMinute + rng.normal(0, 40)))) : instantInDay(rng, day);
    if (t < scene.ballot.closesAt) out.push(t);
  }
  return out;
}
