import { opensMessage } from '../model/arrivals';
import { clockTime, SECOND } from '../model/clock';
import { candidateRanked } from '../model/contest';
import { reach } from '../model/people';
import { castRaw } from '../model/scene';
import type { Family } from './family';
import { attackSource } from './kit';

/**
 * Paid crowd work (众包刷票): the campaign posts a task on a gig platform, paying per vote. Real
 * people all over China pick it up over the afternoon on their own phones and networks, and each
 * votes with every WeChat account they hold (a main one and two or three bought or borrowed
 * ones), switching accounts on the same phone a minute or two apart.
 */
export const D9: Family = {
  id: 'D9',
  kind: 'attack',
  title: 'paid task platform: ~750 real workers nationwide, 2-4 accounts each',
  description:
    'A gig-platform task: 600-900 real people nationwide pick it up over a few hours (log-normal delays after posting) and vote with 2-4 accounts each on their own phone and network, switching accounts 40-150 s apart.',
  seeds: [1, 2],
  ballot: { category: 'county', maxChoices: [1, 3] },
  organic: [28_000, 38_000],
  build(scene, rng) {
    const { contest, cal, plan, people } = scene;
    const target = candidateRanked(rng, contest, 3, 10);
    const pick = [contest.candidates[target].id];
    const source = attackSource(scene, 'task platform', target, 'D9 task platform');
    const posted = clockTime(cal, rng.int(1, 5), rng.uniform(11, 15));
    const workers = rng.int(600, 900);
    const regions = [...plan.jiangxi.slice(0, 3), ...plan.elsewhere];
    for (let w = 0; w < workers; w++) {
      const worker = people.person({ region: rng.pick(regions), cohort: rng.chance(0.6) ? 'youth' : 'worker' });
      let t = opensMessage(rng, posted, 70, 0.9);
      const { ip, net } = reach(plan, worker, t, rng);
      const accounts = [worker.account, ...Array.from({ length: rng.int(1, 3) }, () => scene.ledger.newAccount())];
      for (const account of accounts) {
        castRaw(scene, source, account, t, pick, ip, worker.device.ua(net));
        t += rng.uniform(40, 150) * SECOND;
      }
    }
  },
};
