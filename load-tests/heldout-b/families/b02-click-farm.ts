/**
 * A click farm of real phones: a few dozen bulk-bought budget phones (one to three models, each
 * batch flashed alike, so the strings differ only in MMWEBID), each logging in to 15-25 bought
 * accounts in turn over a few hours, on the studio's few broadband lines. Workers pace themselves
 * like people, but the gaps are steadier than anyone's. Some farms come back the next day.
 */
import { at, MINUTE } from '../clock';
import { drawModel, install, ua, BUDGET_MODELS, ANDROID_MODELS, type Phone } from '../handsets';
import { drawCandidate } from '../residents';
import { JIANGXI } from '../regions';
import type { Family } from './family';
import { humanGap, pickByRank, Windows } from './helpers';

export const b02ClickFarm: Family = {
  id: 'B2',
  kind: 'attack',
  description: '25-45 bulk phones x 15-25 accounts each, 3-6 broadband IPs, gamma gaps (CV 0.15-0.3)',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(30_000, 55_000),
  build(rng, scene) {
    const { ballot, world } = scene;
    const target = pickByRank(rng, scene, 0.4, 0.85);
    const budgetAndroid = BUDGET_MODELS.filter((m) => ANDROID_MODELS.includes(m));
    const batches = Array.from({ length: rng.int(1, 3) }, () => {
      const mdl = drawModel(rng, budgetAndroid);
      const android = rng.pick(mdl.androids);
      // One flashed image per batch: same Android build, WebView and WeChat on every phone.
      return { mdl, android, build: install(rng, mdl, { android }).head.match(/Build\/([^;]+);/)?.[1], wechat: rng.int(2, 4), xweb: rng.int(1, 2) };
    });
    const phones: Phone[] = Array.from({ length: rng.int(25, 45) }, () => {
      const b = rng.pick(batches);
      return install(rng, b.mdl, { android: b.android, build: b.build, wechat: b.wechat, xweb: b.xweb });
    });
    const studio = rng.pick(JIANGXI);
    const lines = Array.from({ length: rng.int(3, 6) }, () => world.broadbandAddress(rng, studio, rng.pick(['chinanet', 'cmcc'] as const)));
    const phoneLine = phones.map(() => rng.pick(lines));
    const accounts = phones.map(() => Array.from({ length: rng.int(15, 25) }, () => scene.ledger.newAccount()));
    const meanGap = rng.uniform(6, 11) * MINUTE;
    const cv = rng.uniform(0.15, 0.3);
    const windows = new Windows(scene, 'attack', 'click-farm', target);
    const firstDay = ballot.firstDay + rng.int(1, 4);
    const days = rng.chance(0.5) ? [firstDay, firstDay + 1] : [firstDay];
    for (const day of days) {
      const start = at(day, rng.int(13 * 60, 18 * 60));
      const source = windows.source(day - ballot.firstDay);
      phones.forEach((phone, p) => {
        let t = start + rng.uniform(0, 12) * MINUTE;
        for (const account of accounts[p]) {
          const picks = ballot.maxChoices > 1 && rng.chance(0.35) ? [...new Set([target.id, drawCandidate(rng, ballot.candidates).id])] : [target.id];
          const ordered = ballot.candidates.filter((c) => picks.includes(c.id)).map((c) => c.id);
          scene.ledger.add({ at: Math.round(t), accountId: account, candidateIds: ordered, ip: phoneLine[p], userAgent: ua(phone, 'WIFI'), source });
          t += humanGap(rng, meanGap, cv);
        }
      });
    }
  },
};
