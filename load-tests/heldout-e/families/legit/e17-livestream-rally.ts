import { humanPicks } from '../../choices';
import { castVote, connect } from '../../crowd/person';
import { MINUTE, SECOND, wallClock } from '../../time';
import { candidateByRank, oneSource, type Family, type Scene } from '../kit';

/**
 * County TV's evening livestream: at about 20:30 the host holds up the ballot's QR code and asks
 * viewers to vote for the county. Viewers at home scan it off the screen within a minute or two, a
 * sharp spike that decays over a quarter of an hour, with a tail of people who watch the replay.
 * Some then vote for their parents too, from the same phone.
 */
export function livestreamRally(scene: Scene, target: number): void {
  const { rng, ballot, population } = scene;
  const city = ballot.cityOf[target];
  const id = ballot.candidates[target].id;
  const source = oneSource(ballot, 'livestream', 'legit', target);
  const shown = wallClock(ballot.cal, rng.int(1, 5), rng.uniform(20.4, 20.75));
  const viewers = rng.int(1200, 2500);
  for (let i = 0; i < viewers; i++) {
    const p = population.person(rng, { city, profile: rng.pick(['general', 'elder', 'parent', 'young'] as const) });
    // Scanning a QR code off a TV and signing in takes half a minute to two; replay viewers come later.
    const t = shown + (rng.chance(0.85) ? rng.gamma(2, 0.9 * MINUTE) + rng.exponential(4 * MINUTE) : rng.uniform(15, 120) * MINUTE) + 20 * SECOND;
    const conn = connect(rng, p, t);
    const picks = rng.chance(0.7) ? [id] : humanPicks(rng, ballot, target);
    castVote(ballot, source, p, t, picks, conn);
    if (rng.chance(0.05)) {
      const parent = population.person(rng, { city, profile: 'elder', handset: p.handset, home: p.home ?? null, office: null, cell: p.cell });
      castVote(ballot, source, parent, t + rng.uniform(60, 150) * SECOND, picks, conn);
    }
  }
}

export const e17: Family = {
  id: 'E17',
  kind: 'legit',
  title: 'livestream-rally',
  description: 'County TV livestream shows the QR code ~20:30: 1.2–2.5k viewers vote within minutes, replay tail; 5% also for a parent',
  seeds: [1, 2],
  build: (scene) => livestreamRally(scene, candidateByRank(scene.rng, scene.ballot, 1, 15)),
};
