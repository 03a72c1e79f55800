import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { detectInLog } from '../../fraud/detector';
import { parseLedgerLine } from '../../fraud/ledger-line';
import { VoteLogBuilder } from '../../fraud/vote-log';
import type { Command } from '../command';

/**
 * `detect --input ledger.ndjson [--evidence]`: the service's detector over a ledger export, with
 * no database or Redis. Prints `{"flags": [...]}` on stdout; evidence goes to stderr (one JSON line
 * per flag) unless `--evidence` puts it into the output.
 */
export const detectCommand: Command = {
  summary: 'run the stuffing detector over a ledger export: --input ledger.ndjson [--evidence]',
  options: { input: { type: 'string' }, evidence: { type: 'boolean' } },
  async run(flags) {
    const input = flags.input;
    if (typeof input !== 'string' || input.length === 0) {
      process.stderr.write('usage: npm run cli -- detect --input ledger.ndjson [--evidence]\n');
      return 2;
    }
    try {
      await access(input);
    } catch {
      process.stderr.write(`detect: cannot read ${input}\n`);
      return 2;
    }
    // Each line goes straight into the columns: a million-vote export is never a million objects.
    const votes = new VoteLogBuilder();
    const lines = createInterface({ input: createReadStream(input, { encoding: 'utf8' }), crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of lines) {
      lineNo++;
      if (line.trim() === '') continue;
      try {
        votes.addEvent(parseLedgerLine(line));
      } catch (err) {
        process.stderr.write(`detect: ${input} line ${lineNo}: ${(err as Error).message}\n`);
        return 1;
      }
    }
    // Exports come in cast order, but any order is accepted: build() sorts stably, so equal
    // timestamps keep their file order.
    const found = detectInLog(votes.build());
    const withEvidence = flags.evidence === true;
    const out = found.map((f) => ({
      candidateId: f.candidateId,
      rule: f.rule,
      windowStart: f.windowStart.toISOString(),
      windowEnd: f.windowEnd.toISOString(),
      observed: f.observed,
      expected: f.expected,
      severity: f.severity,
      ...(withEvidence ? { burstKey: f.burstKey, evidence: f.evidence } : {}),
    }));
    if (!withEvidence) for (const f of found) process.stderr.write(`${JSON.stringify({ burstKey: f.burstKey, evidence: f.evidence })}\n`);
    process.stdout.write(`${JSON.stringify({ flags: out })}\n`);
    return 0;
  },
};
