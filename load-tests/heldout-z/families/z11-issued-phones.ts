import { Rng } from '../../heldout/prng';
import { at } from '../model/ballot';
import { androidDevice } from '../model/devices';
import { MOBILE_BLOCKS } from '../model/networks';
import { after } from '../model/people';
import { candidateIn, fullDays, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * Alxa Left Banner's ecological rangers carry the phone the forestry bureau issued for the patrol
 * app: one Huawei model, one managed WeChat build; the user agents differ only in the install id.
 * They vote after the 08:30 check-in on the patrol app, from the station Wi-Fi or the desert cell.
 */
export const issuedPhones: Family = {
  id: 'Z11',
  kind: 'legit',
  description: 'issued phones: 260-420 Alxa rangers on one Huawei model and WeChat build, after the 08:30 check-in',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, net, scale } = ctx;
    const c = candidateIn(ctx, ['alxa'], 0.5);
    const spec = { model: 'MGA-AL00', android: 12, build: 'HUAWEIMGA-AL00', fiveG: true, wechat: [53, 2780] as [number, number] };
    const station = net.pool('z11-station', 2, MOBILE_BLOCKS);
    const rangers = Array.from({ length: scaled(scale, rng.int(260, 420), 6) }, () =>
      people.make(rng, { league: 'alxa', life: 'town', unit: rng.int(0, 5), device: androidDevice(new Rng('z11-issued-build'), spec, rng.int(1000, 9999)), home: null }),
    );
    const days = fullDays(ctx).slice(0, rng.int(5, 6));
    for (const d of days) {
      const src = surgeSource(ctx, `z11-rangers-d${d}`, c, 'z11-rangers');
      const checkIn = at(ballot.cal, d, 8.5);
      for (const p of rangers) {
        if (!rng.chance(0.85)) continue;
        const t = after(rng, checkIn, 7, 1.3);
        people.vote(rng, p, t, c, src, rng.chance(0.6) ? { ip: rng.pick(station), net: 'WIFI' } : { ip: net.mobile(rng, 'alxa', 'mobile'), net: '4G' });
      }
    }
  },
};
