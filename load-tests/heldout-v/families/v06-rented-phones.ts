import { CITIES, PROVINCES, type Place } from '../model/places';
import type { Person } from '../model/people';
import { daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V6, rented phones (subtle). A "hang-up and earn" app (挂机赚钱) pays people a few jiao a day to
 * let it drive WeChat on their idle phone. The vendor's server schedules the client's vote on
 * 500-850 such phones every night while their owners sleep, the phones charging on home Wi-Fi:
 * real handsets, real home broadband all over China, real accounts that vote again night after
 * night. What gives it away is the schedule: waves every 20 minutes from 00:30 to 06:00, each
 * phone answering its push within seconds, for a Zhejiang courier whose voters are mostly asleep.
 */
export const rentedPhones: Family = {
  id: 'V6',
  kind: 'attack',
  description: 'rented idle phones: real devices on home Wi-Fi across China, 20-min night waves',
  seeds: [1, 2],
  ballot: { needs: [{ rank: [8, 18] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, scale } = ctx;
    const client = ballot.cast[0];
    const n = scaled(scale, rng.int(500, 850), 20);
    const phones: Person[] = Array.from({ length: n }, () => {
      const place: Place = rng.chance(0.15)
        ? { kind: 'zhejiang', city: CITIES[rng.weightedIndex(CITIES.map((c) => c.weight))].id }
        : { kind: 'province', province: PROVINCES[rng.weightedIndex(PROVINCES.map((p) => p.reach + p.migrants))].id };
      const mix = rng.pick(['rural', 'worker', 'worker', 'urban', 'elder'] as const);
      return people.create(rng, { segment: 'rural', mix, place, home: true });
    });
    const src = daySources(ctx, 'v6-rented', 'attack', client);
    const firstNight = rng.int(1, 2);
    for (let d = firstNight; d < rhythm.days; d++) {
      const waves = Array.from({ length: 17 }, (_, i) => rhythm.at(d, 0, 30 + 20 * i));
      for (const p of phones) {
        if (!rng.chance(0.85)) continue;
        const w = rng.pick(waves) + (rng.exponential(8) + rng.uniform(0, 30)) * 1000;
        if (w >= ballot.cal.closesAt || w < ballot.cal.opensAt) continue;
        people.vote(rng, src(d), p, w, [client.id], 'home');
      }
    }
  },
};
