import { addressIn, block24, HOSTING, inBlock } from '../geo';
import { MODELS, phone, pickModel, spoofedAndroid, type Net } from '../phones';
import { HOUR, MIN } from '../time';
import type { CFamily } from './kind';
import { after, at, byRank, daily, group, poissonTimes } from './kit';

/** Stuffing services as they are sold: proxy programs, cloud phones, paid real people, modem pools. */

const JX_BROADBAND = ['117.40', '117.41', '182.96', '182.98', '59.52', '223.84', '118.212', '218.65'];

export const C4: CFamily = {
  id: 'C4',
  kind: 'attack',
  description: 'proxy program: Jiangxi residential proxies, generated UAs, target plus 1-2 popular decoys, 5 h',
  seeds: [1, 2],
  ballot: { maxChoices: 5 },
  organic: (rng) => rng.int(30_000, 50_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.3, 0.7));
    const src = s.source({ name: 'proxy-program', kind: 'attack', candidateId: s.ballot.candidates[c].id, group: group(s, 'C4', c) });
    const start = at(s, rng.int(2, 5), rng.uniform(13, 16));
    const n = rng.int(1500, 2800);
    const top = [byRank(s, 0), byRank(s, 0.05), byRank(s, 0.1)];
    for (const t of poissonTimes(rng, start, start + rng.uniform(4, 6) * HOUR, n)) {
      // The tool makes each string from parts: any model, any Android version, a random MMWEBID.
      const model = { ...rng.pick(MODELS), android: rng.int(9, 14) };
      const ua = spoofedAndroid(model, model.build, rng.int(0, 4), rng.int(1000, 9999), rng.pick<Net>(['WIFI', '4G', '5G']));
      const picks = new Set([c, ...Array.from({ length: rng.int(1, 2) }, () => rng.pick(top))]);
      const ids = [...picks].sort((a, b) => a - b).map((i) => s.ballot.candidates[i].id);
      s.cast(t, s.newAccount(), ids, addressIn(rng, rng.pick(JX_BROADBAND)), ua, src);
    }
  },
};

export const C5: CFamily = {
  id: 'C5',
  kind: 'attack',
  description: 'cloud-phone farm: 40-80 instances, spoofed models on one Android image, batches every ~12 min from 2 IDC /24s',
  seeds: [1, 2],
  organic: (rng) => rng.int(30_000, 45_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.5, 0.9));
    const src = s.source({ name: 'cloud-phones', kind: 'attack', candidateId: s.ballot.candidates[c].id, group: group(s, 'C5', c) });
    const blocks = [block24(rng, rng.pick(HOSTING)), block24(rng, rng.pick(HOSTING))];
    const image = rng.pick(['QKQ1.190910.002', 'RP1A.200720.011', 'SP1A.210812.016']);
    const android = image.startsWith('Q') ? 10 : image.startsWith('R') ? 11 : 12;
    const instances = Array.from({ length: rng.int(40, 80) }, () => {
      const model = { ...pickModel(rng), android };
      return { ua: spoofedAndroid(model, image, 0, rng.int(1000, 9999), 'WIFI'), ip: inBlock(rng, rng.pick(blocks)) };
    });
    let t = at(s, rng.int(1, 4), rng.uniform(21, 23));
    const end = t + rng.uniform(3, 5) * HOUR;
    // The operator presses "run all": every instance switches to its next account and votes.
    for (; t < end; t += rng.uniform(9, 15) * MIN) {
      for (const inst of instances) s.cast(t + rng.uniform(0, 45_000), s.newAccount(), [s.ballot.candidates[c].id], inst.ip, inst.ua, src);
    }
  },
};

export const C6: CFamily = {
  id: 'C6',
  kind: 'attack',
  description: 'paid task group: 400-700 real people outside Jiangxi vote within ~30 min of a daily post at shifting times, 5 days',
  seeds: [1, 2, 3],
  organic: (rng) => rng.int(35_000, 50_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.2, 0.6));
    const src = daily(s, 'task-group', 'attack', c, group(s, 'C6', c));
    const workers = Array.from({ length: rng.int(400, 700) }, () => s.person(rng, { region: 'elsewhere', home: rng.chance(0.6) }));
    const first = rng.int(1, 2);
    for (let d = first; d < first + 5; d++) {
      const post = at(s, d, rng.pick([rng.uniform(10, 14), rng.uniform(19, 23)]));
      for (const w of workers) if (rng.chance(0.7)) s.vote(rng, w, after(rng, post, 7, 1.0), [s.ballot.candidates[c].id], src(d));
    }
  },
};

export const C7: CFamily = {
  id: 'C7',
  kind: 'attack',
  description: 'modem pool overnight: 16 budget phones on 4G, fresh SIM accounts, one vote per ~30 s, one CGNAT pool',
  seeds: [1, 2],
  organic: (rng) => rng.int(30_000, 45_000),
  build(rng, s) {
    const c = byRank(s, rng.uniform(0.3, 0.8));
    const src = daily(s, 'modem-pool', 'attack', c, group(s, 'C7', c));
    const model = MODELS.find((m) => m.model === 'M2006C3LC') ?? MODELS[0];
    const phones = Array.from({ length: 16 }, () => phone(rng, { model }));
    const carrier = rng.pick(['cmcc', 'unicom'] as const);
    const pool = s.pools.pool(carrier, `modem-${carrier}`, 40);
    const nights = rng.int(1, 2);
    for (let night = 0, d = rng.int(2, 4); night < nights; night++, d++) {
      const end = at(s, d, rng.uniform(5, 6));
      for (let t = at(s, d, rng.uniform(0, 1.5)), i = 0; t < end; t += rng.uniform(24, 36) * 1000, i++) {
        s.cast(t, s.newAccount(), [s.ballot.candidates[c].id], pool.draw(rng), phones[i % phones.length].ua('4G'), src(d));
      }
    }
  },
};
