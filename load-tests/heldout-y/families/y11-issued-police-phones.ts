import { MINUTE } from '../../heldout/calendar';
import { MODELS } from '../model/devices';
import { organicSize, scaled, windows, type Family } from './family';

/**
 * Shijiazhuang's traffic police detachment issued every officer the same dual-system Huawei
 * ("警务通": the public side runs WeChat, updated by the bureau's device manager). After the
 * 07:30 briefing, officers on duty vote for their detachment's candidate within minutes, mostly on
 * the bureau's China Mobile plan, some on the detachment's Wi-Fi.
 */
export const issuedPolicePhones: Family = {
  id: 'Y11',
  kind: 'legit',
  description: 'traffic police on identical issued Huawei phones vote after the 07:30 briefing',
  seeds: [1, 2],
  ballot: { need: { target: { county: '桥西区', unit: () => '石家庄市公安局交通警察支队', pull: 0.8 } } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, net, devices } = ctx;
    const target = ballot.byKey.target;
    const src = windows(ctx, 'legit', 'detachment', target);
    const issued = devices.of(rng, MODELS.huawei[rng.int(0, 1)], 0);
    const wifi = net.nat(rng, 2);
    const n = scaled(ctx.scale, rng.int(260, 420), 6);
    for (let i = 0; i < n; i++) {
      const p = people.make(rng, { city: '石家庄', life: 'police', device: devices.twin(rng, issued), carrier: 'mobile', nat: wifi, wifi: 0 });
      for (let d = 0; d < ballot.cal.dayCount; d++) {
        if (!rng.chance(0.8)) continue;
        const at = rhythm.clock(d, 7.75) + rng.gamma(1.3, 6 * MINUTE);
        const where = rng.chance(0.3) ? { ip: rng.pick(wifi), net: 'WIFI' as const } : { ip: net.mobile(rng, '石家庄', 'mobile'), net: '4G' as const };
        people.cast(rng, p, at, [target.id], src(d), where);
      }
    }
  },
};
