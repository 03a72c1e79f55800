import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { FixedClock } from '../src/clock';
import { migrate } from '../src/storage/migrate';
import { apiKeysRepository, generateApiKey, hashApiKey } from '../src/storage/api-keys-repository';
import { closesAt as closesAtOf } from '../src/domain/calendar';
import { insertPublishedBallot } from './lib/ballot-setup';
import { DIGEST_HEADER, DIGEST_RESULTS_SEPARATOR, resultsLineJson } from '../src/domain/digest';
import { verifyLedger } from '../src/cli/commands/verify';

/**
 * `npx tsx load-tests/ledger-memory.ts`: shows that the ledger export, finalize and `verify`
 * run in constant memory. Puts LEDGER_VOTES (default 1,000,000) votes in a scratch database with
 * one INSERT … SELECT generate_series, exports them through the real route of a listening app
 * (to a file), finalizes (which counts and hashes every vote), checks the digest against the
 * exported bytes, runs verify over the file, and samples RSS throughout. Drops the database after.
 */

const VOTES = Number(process.env.LEDGER_VOTES ?? 1_000_000);
const CANDIDATES = 20;
const PG_BASE = process.env.LEDGER_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const progress = (msg: string) => process.stderr.write(`[ledger-memory] ${msg}\n`);

/** Samples this process's RSS every 50 ms while `fn` runs. */
async function sampled<T>(label: string, fn: () => Promise<T>): Promise<{ value: T; row: string[] }> {
  progress(`${label}…`);
  (global as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const t0 = performance.now();
  try {
    const value = await fn();
    const seconds = (performance.now() - t0) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, row: [label, seconds.toFixed(1), mb(before), mb(peak), mb(peak - before), Math.round(VOTES / seconds).toLocaleString('en')] };
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const dbName = `ballot_ledgermem_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: `${PG_BASE}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = `${PG_BASE}/${dbName}`;
  const file = path.join(os.tmpdir(), `${dbName}.ndjson`);
  const opensAt = new Date('2026-05-31T16:00:00.000Z');
  const closesAt = closesAtOf(opensAt, 7);
  const clock = new FixedClock(closesAt);
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  try {
    await migrate(dbUrl);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: dbUrl,
      REDIS_URL,
      REDIS_KEY_PREFIX: `${dbName}:`,
      LOG_LEVEL: 'silent',
      DETECT_INTERVAL_MS: '0',
      PG_POOL_MAX: '4',
    });
    app = await buildApp(config, { clock });
    await app.ready();

    // Ballot, candidates, one auditor and one admin key.
    const ballot = await insertPublishedBallot(app.pg, { title: 'ledger memory benchmark', opensAt, candidates: CANDIDATES });
    const candidates = ballot.candidates;
    const created = new Date(opensAt.getTime() - 86_400_000);
    const keys = apiKeysRepository(app.pg);
    const auditorKey = generateApiKey();
    const adminKey = generateApiKey();
    await keys.insert({ label: 'bench-auditor', role: 'auditor', keyHash: hashApiKey(auditorKey), now: created });
    await keys.insert({ label: 'bench-admin', role: 'admin', keyHash: hashApiKey(adminKey), now: created });

    progress(`inserting ${VOTES} votes…`);
    // The votes: spread over the 7 days, skewed towards the first candidates, realistic line sizes.
    const t0 = performance.now();
    const db = new Client({ connectionString: dbUrl });
    await db.connect();
    // Scratch data only: skipping the WAL makes the million-row insert several times cheaper; the
    // export and finalize read the table exactly as they would a logged one.
    await db.query('ALTER TABLE votes SET UNLOGGED');
    await db.query(
      `INSERT INTO votes (id, ballot_id, account_id, day, candidate_ids, cast_at, ip, user_agent)
       SELECT gen_random_uuid(), $1, 'oXyZ' || md5(g::text), (ts AT TIME ZONE 'Asia/Shanghai')::date,
              ARRAY[($2::uuid[])[1 + floor(power(random(), 2) * $3)::int]], ts,
              '117.' || (g % 200) || '.' || (g % 97) || '.' || (g % 251),
              'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN'
       FROM generate_series(1, $4::int) AS g,
            LATERAL (SELECT $5::timestamptz + (g * 604800.0 / $4) * interval '1 second' AS ts) AS t`,
      [ballot.id, candidates.map((c) => c.id), CANDIDATES, VOTES, opensAt],
    );
    await db.query('ANALYZE votes');
    await db.end();
    const insertS = (performance.now() - t0) / 1000;
    progress(`inserted in ${insertS.toFixed(1)} s`);

    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const request = (method: string, url: string, key: string) =>
      new Promise<http.IncomingMessage>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, path: url, method, headers: { authorization: `Bearer ${key}` } }, resolve);
        req.on('error', reject);
        req.end();
      });

    // Export through the real route into a file, hashing it on the way exactly as README documents.
    const fileHash = createHash('sha256').update(DIGEST_HEADER);
    const exported = await sampled('GET /ledger → file', async () => {
      const res = await request('GET', `/v1/ballots/${ballot.id}/ledger`, auditorKey);
      if (res.statusCode !== 200) throw new Error(`ledger: HTTP ${res.statusCode}`);
      let bytes = 0;
      let lines = 0;
      // RSS at each tenth of the export: flat, not growing with the number of votes sent.
      const rssAtTenths: number[] = [];
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        fileHash.update(chunk);
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
        while (rssAtTenths.length < 10 && lines >= ((rssAtTenths.length + 1) * VOTES) / 10) rssAtTenths.push(process.memoryUsage().rss);
      });
      await new Promise<void>((resolve, reject) => res.pipe(createWriteStream(file)).on('finish', resolve).on('error', reject));
      return { bytes, lines, rssAtTenths };
    });

    const finalized = await sampled('POST /finalize', async () => {
      const res = await request('POST', `/v1/ballots/${ballot.id}/finalize`, adminKey);
      const chunks: Buffer[] = [];
      for await (const c of res) chunks.push(c as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (res.statusCode !== 200) throw new Error(`finalize: HTTP ${res.statusCode} ${JSON.stringify(body)}`);
      return body;
    });

    const verified = await sampled('verify (file)', () =>
      verifyLedger(createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity }), finalized.value),
    );

    fileHash.update(DIGEST_RESULTS_SEPARATOR).update(resultsLineJson(finalized.value) + '\n');
    const fileDigest = `sha256:${fileHash.digest('hex')}`;

    const rows = [['phase', 'seconds', 'RSS before MB', 'RSS peak MB', 'peak − before MB', 'votes/s'], exported.row, finalized.row, verified.row];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    process.stdout.write(`\nledger memory: ${VOTES.toLocaleString('en')} votes, ${CANDIDATES} candidates (${os.cpus().length} CPUs, Node ${process.version})\n`);
    process.stdout.write(`insert (one INSERT … SELECT generate_series): ${insertS.toFixed(1)} s\n`);
    process.stdout.write(`export: ${exported.value.lines.toLocaleString('en')} lines, ${mb(exported.value.bytes)} MB\n`);
    process.stdout.write(`RSS MB at each tenth of the export: ${exported.value.rssAtTenths.map(mb).join(' ')}\n\n`);
    for (const r of rows) process.stdout.write(r.map((c, i) => c.padEnd(widths[i])).join('  ') + '\n');
    const checks = {
      'export has one line per vote': exported.value.lines === VOTES,
      'final totalVotes = votes': finalized.value.totalVotes === VOTES,
      'digest = sha256(header + exported file + results)': finalized.value.digest === fileDigest,
      'verify passes': verified.value.ok,
    };
    process.stdout.write('\n');
    for (const [name, ok] of Object.entries(checks)) process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${name}\n`);
    if (!verified.value.ok) process.stdout.write(verified.value.differences.slice(0, 10).join('\n') + '\n');
    if (Object.values(checks).some((ok) => !ok)) process.exitCode = 1;
  } finally {
    if (app) await app.close();
    rmSync(file, { force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((err) => {
  process.stderr.write(`ledger-memory: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
