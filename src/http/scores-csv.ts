import { formatScore } from '../domain/scores';
import type { ScoresBody } from '../services/results-service';

/**
 * The scores as CSV for the office's spreadsheet import: UTF-8 with a byte-order mark (without it
 * Excel on Chinese Windows reads the file as GBK and garbles the names), RFC 4180 quoting and
 * CRLF line ends, scores always with two decimals.
 */
export const SCORES_CSV_HEADER = 'rank,candidate_id,name,city,votes,flagged,vote_score';

/**
 * RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled. A text cell starting
 * with = + - @ tab or CR is a formula to Excel (a candidate named `=cmd|'/C calc'!A0`), so it gets
 * a leading `'` first, as OWASP's CSV-injection guidance says; numbers are written as numbers.
 */
export function csvField(value: string | number | boolean): string {
  const s = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function scoresCsv(body: ScoresBody): string {
  const lines = [SCORES_CSV_HEADER];
  for (const c of body.candidates) {
    lines.push([c.rank, c.candidateId, c.name, c.city, c.votes, c.flagged, formatScore(c.voteScore)].map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
