import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Flag } from './score';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * The detector as a black box: the service's own `detect` command over a ledger file, exactly as
 * an auditor would run it. Resolves with its flags; rejects on a non-zero exit or unreadable output.
 */
export function runDetector(ledgerPath: string): Promise<{ flags: Flag[]; seconds: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/main.ts', 'detect', '--input', ledgerPath], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let errTail = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    // Evidence lines go to stderr; keep only the end for an error message.
    child.stderr.setEncoding('utf8').on('data', (c: string) => (errTail = (errTail + c).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`detect exited ${code} on ${ledgerPath}: ${errTail.trim()}`));
      try {
        const parsed = JSON.parse(out.trim().split('\n').pop() ?? '') as { flags?: Flag[] };
        if (!Array.isArray(parsed.flags)) throw new Error('no flags array');
        resolve({ flags: parsed.flags, seconds });
      } catch (err) {
        reject(new Error(`detect printed no {"flags": [...]} on ${ledgerPath}: ${(err as Error).message}`));
      }
    });
  });
}
