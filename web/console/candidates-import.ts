/**
 * Candidate rows pasted from a spreadsheet or read from a CSV file: name, city, summary (an
 * optional fourth column is the county). Tabs (Excel's copy) or commas separate the columns;
 * quoted CSV fields may hold commas, quotes ("") and line breaks. A first row of column names is
 * recognised and skipped.
 */

export interface CandidateRow {
  line: number;
  name: string;
  city: string;
  summary: string | null;
  county: string | null;
  errors: string[];
}

const HEADER_WORDS = new Set(['name', 'city', 'summary', 'county', '名称', '姓名', '候选人', '城市', '设区市', '所属市', '简介', '简要事迹', '县', '县（市、区）']);

export const LIMITS = { name: 200, city: 100, summary: 2000, county: 200 };

/** Splits text into rows of fields (RFC 4180 with the separator guessed from the first line). */
export function splitRows(text: string): Array<{ line: number; fields: string[] }> {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = src.split('\n', 1)[0] ?? '';
  const sep = firstLine.includes('\t') ? '\t' : firstLine.includes(',') || !firstLine.includes('，') ? ',' : '，';
  const rows: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let cur = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cur += ch;
      }
    } else if (ch === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (ch === sep) {
      fields.push(cur);
      cur = '';
    } else if (ch === '\n') {
      fields.push(cur);
      rows.push({ line: rowLine, fields });
      fields = [];
      cur = '';
      line++;
      rowLine = line;
    } else cur += ch;
  }
  if (cur !== '' || fields.length > 0) {
    fields.push(cur);
    rows.push({ line: rowLine, fields });
  }
  return rows.filter((r) => r.fields.some((f) => f.trim() !== ''));
}

export function parseCandidates(text: string): CandidateRow[] {
  let rows = splitRows(text);
  if (rows.length > 0 && rows[0].fields.slice(0, 2).every((f) => HEADER_WORDS.has(f.trim().toLowerCase()))) rows = rows.slice(1);
  return rows.map(({ line, fields }) => {
    const [name = '', city = '', summary = '', county = ''] = fields.map((f) => f.trim());
    const errors: string[] = [];
    if (!name) errors.push('缺少名称');
    if (!city) errors.push('缺少所属设区市');
    if (name.length > LIMITS.name) errors.push(`名称超过 ${LIMITS.name} 字`);
    if (city.length > LIMITS.city) errors.push(`城市超过 ${LIMITS.city} 字`);
    if (summary.length > LIMITS.summary) errors.push(`简介超过 ${LIMITS.summary} 字`);
    if (county.length > LIMITS.county) errors.push(`县名超过 ${LIMITS.county} 字`);
    if (fields.length > 4) errors.push(`多出 ${fields.length - 4} 列（简介里的逗号请用引号括起来）`);
    return { line, name, city, summary: summary || null, county: county || null, errors };
  });
}

/** Names that appear more than once in the rows plus those already on the ballot. */
export function duplicateNames(rows: CandidateRow[], existing: string[]): Set<string> {
  const seen = new Set(existing);
  const dup = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.name)) dup.add(r.name);
    seen.add(r.name);
  }
  return dup;
}
