import { MINUTE } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';
import { candidateByProfile } from '../model/ballot';
import { makeDevice, MODELS, RELEASE_COUNT, type Device } from '../model/devices';
import type { Country } from '../model/places';
import { at, labelled, organicSize, scaled, type Family } from './family';

const CANDIDATES = ['nanan-qiao', 'hanjiang-qiao', 'yongchun-qiao'] as const;

/**
 * X6, attack (subtle): "overseas compatriot votes" (侨胞票) sold to a hometown volunteer whose real
 * supporters include emigrants in Malaysia, Singapore and Indonesia. The vendor holds 500–800
 * accounts registered in bulk on +60/+62 numbers and votes them from cloud servers in Singapore
 * and Kuala Lumpur (60%) and from a Malaysian/Indonesian residential proxy (40%). Each account
 * keeps one phone identity from a varied Android list (one WeChat build, the registration tool's),
 * languages mixed like a diaspora's. It works the studio's hours in Beijing time (09:30–12:00,
 * 13:30–18:00, a lighter 19:30–22:00), Poisson within them, 200–380 votes a day for five days;
 * each account votes on one to four of those days.
 */
export const overseasVps: Family = {
  id: 'X6',
  kind: 'attack',
  description: 'bulk +60/+62 accounts vote a qiaoxiang volunteer from SG/KL clouds and SEA proxies, office hours',
  seeds: [1, 2],
  ballot: { need: [...CANDIDATES] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, ledger, ballot } = ctx;
    const cand = candidateByProfile(ballot, rng.pick(CANDIDATES));
    const release = RELEASE_COUNT - 1 - rng.int(2, 4);
    const android = MODELS.filter((x) => x.os === 'android' && x.brand !== 'huawei' && x.brand !== 'honor');
    const clouds = [...net.hostingPrefixes(rng, 'sgCloud', rng.int(3, 6)), ...net.hostingPrefixes(rng, 'myCloud', rng.int(1, 3))];
    const pool: { account: string; device: Device; country: Country }[] = Array.from({ length: scaled(ctx.scale, rng.int(500, 800), 10) }, () => {
      const country: Country = rng.chance(0.65) ? 'MY' : 'ID';
      const language = rng.chance(0.6) ? 'zh_CN' : rng.chance(0.5) ? 'en' : 'zh_TW';
      return { account: ledger.newAccount(), device: makeDevice(rng, 'overseas', { model: rng.pick(android), release, language }), country };
    });
    const days = rng.int(1, 2);
    const workHours: [number, number, number][] = [
      [9.5, 12, 1],
      [13.5, 18, 1],
      [19.5, 22, 0.45],
    ];
    const used = new Map<string, number>();
    const pick = (r: Rng) => {
      // Each account is worked on a few days at most; a small pool at test scale may run dry.
      for (let tries = 0; ; tries++) {
        const acct = pool[r.int(0, pool.length - 1)];
        const n = used.get(acct.account) ?? 0;
        if (n < 4 || tries > 40) {
          used.set(acct.account, n + 1);
          return acct;
        }
      }
    };
    for (let d = days; d < days + 5; d++) {
      const source = labelled(ctx, `x6-overseas-day${d}`, 'attack', cand, 'x6-overseas');
      const today = new Set<string>();
      const perDay = scaled(ctx.scale, rng.int(200, 380), 5);
      const span = workHours.reduce((s, [a, b, w]) => s + (b - a) * w, 0);
      for (const [a, b, w] of workHours) {
        const n = Math.round((perDay * (b - a) * w) / span);
        for (let i = 0; i < n; i++) {
          const t = at(ctx, d, 0) + (a + rng.next() * (b - a)) * 60 * MINUTE;
          let acct = pick(rng);
          for (let k = 0; k < 5 && today.has(acct.account); k++) acct = pick(rng);
          today.add(acct.account);
          const ip = rng.chance(0.6) ? `${rng.pick(clouds)}.${rng.int(2, 254)}` : net.abroadIp(rng, acct.country, 'home');
          ledger.add({ at: Math.round(t), accountId: acct.account, candidateIds: [cand.id], ip, userAgent: acct.device.ua(rng.chance(0.7) ? 'WIFI' : '4G'), source });
        }
      }
    }
  },
};
