import { Client } from 'pg';
import type { Candidate } from '../../src/domain/ballot';
import { closesAt as closesAtOf } from '../../src/domain/calendar';
import { apiKeysRepository, generateApiKey, hashApiKey } from '../../src/storage/api-keys-repository';
import { ballotsRepository } from '../../src/storage/ballots-repository';
import type { Executor } from '../../src/storage/db';

/** Creates what the load needs through the public contract: an admin key, then an open ballot. */

const CITIES = ['南昌市', '九江市', '景德镇市', '萍乡市', '新余市', '鹰潭市', '赣州市', '宜春市', '上饶市', '吉安市', '抚州市', '赣江新区'];

export interface LoadBallot {
  id: string;
  candidateIds: string[];
}

/** Inserts an admin API key straight into the scratch database (the service has migrated it). */
export async function createAdminKey(databaseUrl: string, label: string): Promise<string> {
  const key = generateApiKey();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await apiKeysRepository(client).insert({ label, role: 'admin', keyHash: hashApiKey(key), now: new Date() });
  } finally {
    await client.end();
  }
  return key;
}

async function call<T>(baseUrl: string, adminKey: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(baseUrl + path, {
    method,
    headers: { authorization: `Bearer ${adminKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** A county ballot opening now: `candidates` candidates for `seats` seats, published. */
export async function createOpenBallot(baseUrl: string, adminKey: string, candidates = 20, seats = 15): Promise<LoadBallot> {
  // Opening a few seconds in the past so it is open the moment it is published.
  const opensAt = new Date(new Date().getTime() - 5_000).toISOString();
  const ballot = await call<{ id: string }>(baseUrl, adminKey, 'POST', '/v1/ballots', {
    title: `负载测试 ${opensAt}`,
    category: 'county',
    year: new Date().getUTCFullYear(),
    seats,
    maxChoices: 1,
    opensAt,
    durationDays: 7,
    showLiveCounts: true,
  });
  const list = Array.from({ length: candidates }, (_, i) => ({
    name: `候选县${String(i + 1).padStart(2, '0')}`,
    city: CITIES[i % CITIES.length]!,
    summary: '负载测试候选单位',
  }));
  const added = await call<{ candidates: { id: string }[] }>(baseUrl, adminKey, 'POST', `/v1/ballots/${ballot.id}/candidates`, { candidates: list });
  const published = await call<{ phase: string }>(baseUrl, adminKey, 'POST', `/v1/ballots/${ballot.id}/publish`);
  if (published.phase !== 'open') throw new Error(`published ballot is in phase ${published.phase}, not open`);
  return { id: ballot.id, candidateIds: added.candidates.map((c) => c.id) };
}

/**
 * For the benchmarks that fill a database directly (ledger memory, detection pass): a published
 * 7-day township ballot opening at `opensAt`, with `candidates` candidates, created a day before.
 */
export async function insertPublishedBallot(
  db: Executor,
  opts: { title: string; opensAt: Date; candidates: number },
): Promise<{ id: string; candidates: Candidate[] }> {
  const repo = ballotsRepository(db);
  const created = new Date(opts.opensAt.getTime() - 86_400_000);
  const ballot = await repo.insert({
    title: opts.title, category: 'township', year: 2026, seats: 10, maxChoices: 1,
    opensAt: opts.opensAt, durationDays: 7, closesAt: closesAtOf(opts.opensAt, 7), showLiveCounts: true, now: created,
  });
  const candidates = await repo.insertCandidates(
    ballot.id,
    Array.from({ length: opts.candidates }, (_, i) => ({ name: `候选 ${i + 1}`, city: '南昌市' })),
    created,
    db,
  );
  await repo.setStatus(ballot.id, 'published', created, db);
  return { id: ballot.id, candidates };
}
