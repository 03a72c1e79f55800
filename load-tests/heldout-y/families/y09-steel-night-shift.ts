import { MINUTE } from '../../heldout/calendar';
import { organicSize, scaled, windows, type Family } from './family';

/**
 * Caofeidian's steelworks runs four crews on three shifts (day, evening, night, two days each,
 * then two off). The mill area's station chief is their candidate: the night crew votes at the
 * 00:30 start-of-shift break and the 04:00 meal, the evening crew at 20:00 and at the midnight
 * handover, so the officer gets several times the daytime share at night, organically.
 */
export const steelNightShift: Family = {
  id: 'Y9',
  kind: 'legit',
  description: 'steelworks crews on 3 shifts vote at night breaks for the mill-area station',
  seeds: [1, 2],
  ballot: { need: { target: { county: '曹妃甸区', unit: () => '唐山市公安局曹妃甸分局滨海派出所', pull: 0.9 } } },
  organicVotes: (rng) => organicSize(rng, 30_000, 38_000),
  build(ctx) {
    const { rng, rhythm, ballot, people, net } = ctx;
    const target = ballot.byKey.target;
    const src = windows(ctx, 'legit', 'mill-crews', target);
    const millWifi = net.nat(rng, 4);
    const n = scaled(ctx.scale, rng.int(1500, 2400), 12);
    // Which shift crew c works on ballot day d: 0 day, 1 evening, 2 night, 3 off.
    const shift = (c: number, d: number) => Math.floor((((d + c * 2) % 8) + 8) % 8 / 2);
    for (let i = 0; i < n; i++) {
      const crew = rng.int(0, 3);
      const p = people.make(rng, { city: '唐山', life: 'shift', nat: millWifi, wifi: 0.3 });
      const keen = rng.uniform(0.45, 0.9);
      for (let d = 0; d < ballot.cal.dayCount; d++) {
        if (!rng.chance(keen)) continue;
        const s = shift(crew, d);
        let h: number;
        if (s === 2) h = rng.chance(0.55) ? 0.5 + rng.gamma(1.5, 0.25) : 4 + rng.gamma(1.5, 0.2);
        else if (s === 1) h = rng.chance(0.5) ? 20 + rng.gamma(1.5, 0.25) : 23.6 + rng.uniform(0, 0.35);
        else if (s === 0) h = rng.chance(0.6) ? 11.5 + rng.gamma(1.5, 0.3) : 17 + rng.uniform(0, 4);
        else h = rng.uniform(9, 22);
        const at = rhythm.clock(d, h) + rng.uniform(0, 5) * MINUTE;
        people.cast(rng, p, at, people.selection(rng, target.id, 0.2), src(d));
      }
    }
  },
};
