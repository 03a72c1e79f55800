import { loadConfig } from '../../config';
import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { systemClock } from '../../clock';
import { dayOf } from '../../domain/calendar';
import type { BallotWithCandidates } from '../../domain/ballot';
import { createBallotService } from '../../services/ballot-service';
import { createStaffKey } from '../../services/api-key-service';
import { COUNTY_SEATS, countyCandidates, TOWNSHIP_SEATS, townshipCandidates } from '../demo-data';
import type { Command } from '../command';
import { openMigratedPool } from './apikey';

export interface DemoResult {
  county: BallotWithCandidates;
  township: BallotWithCandidates;
  adminKey: string;
  auditorKey: string;
}

/**
 * The two ballots a year brings, opening at `now` and published, plus an admin and an auditor key.
 * Goes through the same service as the API, so the audit log records the demo like real work.
 * Every run makes a fresh pair with freshly labelled keys, so running it twice is harmless.
 */
export async function createDemo(pool: Pool, now: Date): Promise<DemoResult> {
  const ballots = createBallotService(pool);
  const ctx = { actor: 'cli', now };
  const year = Number(dayOf(now).slice(0, 4));
  const suffix = randomBytes(3).toString('hex');

  const make = async (category: 'county' | 'township', title: string, seats: number, candidates: ReturnType<typeof countyCandidates>) => {
    const ballot = await ballots.create(
      { title, category, year, seats, maxChoices: 1, opensAt: now, durationDays: 7, showLiveCounts: true },
      ctx,
    );
    await ballots.addCandidates(ballot.id, candidates, ctx);
    return ballots.publish(ballot.id, ctx);
  };

  const county = await make('county', `${year}年全省“五型”政府建设示范县(市、区)网络投票`, COUNTY_SEATS, countyCandidates());
  const township = await make('township', `${year}年全省“五型”政府建设示范乡(镇、街道)网络投票`, TOWNSHIP_SEATS, townshipCandidates());
  const admin = await createStaffKey(pool, { role: 'admin', label: `demo-admin-${suffix}` }, ctx);
  const auditor = await createStaffKey(pool, { role: 'auditor', label: `demo-auditor-${suffix}` }, ctx);
  return { county, township, adminKey: admin.key, auditorKey: auditor.key };
}

export const demoCommand: Command = {
  summary: 'create and publish the two demo ballots (opening now) and print staff keys',
  options: {},
  async run() {
    const pool = await openMigratedPool();
    // The curl hints name the port this configuration listens on.
    const base = `localhost:${loadConfig().port}`;
    try {
      const demo = await createDemo(pool, systemClock.now());
      const line = (b: BallotWithCandidates) => `${b.id}  (${b.candidates.length} candidates, ${b.seats} seats)`;
      process.stdout.write(
        [
          `published the demo ballots, open from now until ${demo.county.closesAt.toISOString()}:`,
          `  county ballot id:   ${line(demo.county)}`,
          `  township ballot id: ${line(demo.township)}`,
          '',
          `voter page: http://${base}/vote/?ballot=${demo.county.id}`,
          '',
          'try (ADMIN_KEY is the last line below):',
          `  curl -s ${base}/v1/ballots/${demo.county.id}`,
          `  curl -s -H "Authorization: Bearer $ADMIN_KEY" ${base}/v1/audit-log`,
          '',
          `auditor key: ${demo.auditorKey}`,
          `admin key: ${demo.adminKey}`,
          '',
        ].join('\n'),
      );
      return 0;
    } finally {
      await pool.end();
    }
  },
};
