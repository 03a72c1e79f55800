import { byPull } from '../model/ballot';
import { WECHAT_ANDROID, makePhone, modelByCode, ua } from '../model/devices';
import { attackSource, organicSize, rankedCandidate, scaled, type Family } from './family';

/**
 * 群控: a wall of 60–90 identical budget phones on USB hubs, each with its own China Mobile SIM,
 * driven from one PC. Every round the software switches each phone to its next aged account and
 * votes, each phone after its own random 0–25 s delay; a round every 2.5–3.5 minutes, four rounds
 * in the afternoon and four in the evening, for three days. On a multi-choice ballot every paper
 * also ticks two of the table's leaders, so the client's votes look like ordinary papers.
 * Only the client is labelled attacked; the leaders are decoys.
 */
export const groupControlDecoys: Family = {
  id: 'M6',
  kind: 'attack',
  description: '群控 phone wall on its own SIMs, rounds of aged accounts, leaders as decoys',
  seeds: [1, 2],
  ballot: { maxChoices: 3 },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.4, 0.8);
    const leaders = byPull(ballot).filter((i) => i !== ci).slice(0, 5);
    const city = ballot.places[ci].city;
    const build = WECHAT_ANDROID.length - rng.int(2, 5);
    const models = [modelByCode('23076RN8DY'), modelByCode('PHJ110')];
    const wall = Array.from({ length: scaled(ctx.scale, rng.int(60, 90), 3) }, (_, i) => ({
      phone: makePhone(rng, 'budget', { model: models[i % 2], os: 13, wechat: build }),
      accounts: Array.from({ length: 8 }, () => ctx.ledger.newAccount()),
    }));
    const first = rng.int(1, 3);
    for (let d = first; d < first + 3 && d < ballot.cal.dayCount - 1; d++) {
      for (const [session, startMinute] of [[0, 14 * 60 + rng.int(0, 40)], [1, 20 * 60 + rng.int(0, 40)]] as const) {
        const src = attackSource(ctx, `wall day ${d} ${session ? 'evening' : 'afternoon'}`, ci, 'group control');
        const ips = wall.map(() => net.mobile(rng, 'cmcc', city));
        let round = rhythm.at(d, startMinute);
        for (let r = 0; r < 4; r++) {
          wall.forEach((w, i) => {
            const decoys = rng.shuffle([...leaders]).slice(0, 2);
            const ids = [ci, ...decoys].map((x) => ballot.candidates[x].id);
            ctx.ledger.add({ at: Math.round(round + rng.uniform(0, 25_000)), accountId: w.accounts[session * 4 + r], candidateIds: ids, ip: ips[i], userAgent: ua(w.phone, '4G'), source: src });
          });
          round += rng.uniform(150, 210) * 1000;
        }
      }
    }
  },
};
