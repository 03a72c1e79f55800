import { HOUR } from '../../heldout/calendar';
import { Device, deviceOf, modelByCode, WECHAT_RELEASES } from '../model/devices';
import { byRank, organicSize, scaled, type Family } from './family';

/**
 * A 群控 phone wall: 60–100 identical Redmi boards on one firmware and one WeChat build, driven by
 * group-control software that adds a random 0–25 s delay per phone to each step (its
 * "anti-detection" option). Each phone has four accounts; at lunch and late evening it runs two
 * rounds a few minutes apart, the same accounts every day for three days, on one fibre line with
 * two public addresses.
 */
export const phoneWallLunch: Family = {
  id: 'K6',
  kind: 'attack',
  description: 'group-control phone wall, identical Redmis, jittered rounds at lunch and 21:30, 3 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, ballot, net, rhythm, ledger, scale } = ctx;
    const c = byRank(ctx, rng.uniform(0.3, 0.6));
    const id = ballot.candidates[c].id;
    const model = modelByCode('22101317C');
    const wx = WECHAT_RELEASES[rng.int(5, 8)];
    const line = net.nat('sichuan:成都市', 2, rng);
    // One firmware image: every phone reports the same build, only WeChat's install id differs.
    const image = deviceOf(rng, model, wx);
    const phones = Array.from({ length: scaled(scale, rng.int(60, 100), 3) }, () => ({
      device: Device.clone(image, rng),
      accounts: [ledger.newAccount(), ledger.newAccount(), ledger.newAccount(), ledger.newAccount()],
    }));
    const first = rng.int(1, 3);
    for (let d = first; d < first + 3; d++) {
      for (const [k, hour] of [12 + rng.uniform(0, 0.4), 21.5 + rng.uniform(-0.3, 0.3)].entries()) {
        const src = ledger.source({ name: `phone-wall-d${d}-${k}`, kind: 'attack', candidateId: id, group: 'phone-wall' });
        const roundGap = rng.uniform(150, 210) * 1000;
        for (let round = 0; round < 2; round++) {
          const t0 = rhythm.dayStart(d) + hour * HOUR + round * roundGap;
          phones.forEach((ph, i) => {
            ledger.add({ at: t0 + rng.uniform(0, 25_000), accountId: ph.accounts[k * 2 + round], candidateIds: [id], ip: line[i % 2], userAgent: ph.device.ua('WIFI'), source: src });
          });
        }
      }
    }
  },
};
