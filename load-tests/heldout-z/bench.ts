/**
 * Set Z, held out: Inner Mongolia's vote for the grassland guardians, with its own organic crowd,
 * eight attack and ten honest families, written without reading the detector. Generates each
 * labelled ledger, runs `cli detect` on it as a black box, and scores recall, false flags and
 * time to flag.
 *
 *   npm run bench:heldout-z -- [--family Z1] [--seed 2] [--out dir] [--jobs 2] [--write-only]
 *
 * Prints the family table, then one line `HELDOUT_RESULT {...}`.
 */
import { holdoutSetMain } from '../heldout/bench-kit';
import { families, runs } from './catalogue';
import { generate } from './generate';

if (require.main === module) holdoutSetMain({ name: 'heldout-z', families, runs, generate: (run) => generate(run) });
