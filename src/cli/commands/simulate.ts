import { writeFile } from 'node:fs/promises';
import { writeLedger } from '../../sim/ledger-writer';
import { DEFAULT_VOTES, SCENARIOS, simulate } from '../../sim/scenarios';
import type { Command } from '../command';

const USAGE = `usage: npm run simulate -- --scenario NAME --seed N --out FILE [--labels PATH] [--votes N]
scenarios: ${Object.keys(SCENARIOS).join(', ')}
`;

/** `simulate`: a labelled synthetic ledger (NDJSON as the ledger export, plus FILE.labels.json). */
export const simulateCommand: Command = {
  summary: 'write a labelled synthetic ledger: --scenario NAME --seed N --out FILE [--labels PATH] [--votes N]',
  options: { scenario: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, votes: { type: 'string' }, labels: { type: 'string' } },
  async run(flags) {
    const scenario = flags.scenario;
    const out = flags.out;
    const seed = Number(flags.seed ?? 1);
    const votes = flags.votes === undefined ? DEFAULT_VOTES : Number(flags.votes);
    if (typeof scenario !== 'string' || !(scenario in SCENARIOS) || typeof out !== 'string' || !Number.isInteger(seed) || !Number.isInteger(votes) || votes < 100) {
      process.stderr.write(USAGE);
      return 2;
    }
    const labelsPath = typeof flags.labels === 'string' ? flags.labels : `${out}.labels.json`;
    const sim = simulate(scenario, seed, { votes });
    await writeLedger(out, sim);
    await writeFile(labelsPath, `${JSON.stringify(sim.labels, null, 2)}\n`);
    process.stderr.write(`${scenario} seed ${seed}: ${sim.votes.length} votes, ${sim.candidates.length} candidates, ${sim.labels.attacks.length} attack windows → ${out}, ${labelsPath}\n`);
    return 0;
  },
};
