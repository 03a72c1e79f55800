import { h, table, type Child } from '../dom';
import { num, pct, shanghai } from '../format';
import { SIGNAL, SIGNAL_GROUP } from '../texts';

/**
 * A flag's evidence as rows and tables. The detector decides what evidence holds; this reads it
 * generically: every signal becomes a row with the fields it has, lists of {key, votes} become
 * count tables, and anything else is listed by name with its value as text.
 */

type Json = unknown;

const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields a signal row shows in their own columns; others go to the last column. */
const SIGNAL_COLUMNS = ['group', 'value', 'baseline', 'othersInWindow', 'fired', 'explainedVotes', 'z'];

const share = (v: Json): string => (typeof v === 'number' && v >= 0 && v <= 1 ? pct(v) : text(v));

export function text(v: Json): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  // Small values (a p-value) keep two significant digits instead of rounding to 0.
  if (typeof v === 'number') return v !== 0 && Math.abs(v) < 0.001 ? v.toPrecision(2) : num(v, 3);
  // Instants read in Asia/Shanghai like every other time on the console.
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) ? `${shanghai(v, true)}（北京时间）` : v;
  return JSON.stringify(v);
}

export function signalRows(signals: Json): HTMLElement | null {
  if (!isRecord(signals)) return null;
  // Fired signals first: they are the reasons the flag was raised.
  const entries = (Object.entries(signals).filter(([, s]) => isRecord(s)) as Array<[string, Record<string, Json>]>).sort(
    (a, b) => Number(b[1].fired === true) - Number(a[1].fired === true),
  );
  if (entries.length === 0) return null;
  const rows = entries.map(([name, s]) => {
    const known = SIGNAL[name];
    const extra = Object.entries(s)
      .filter(([k]) => !SIGNAL_COLUMNS.includes(k))
      .map(([k, v]) => `${k}: ${text(v)}`)
      .join('；');
    const fired = s.fired === true;
    const nameCell: Child = known
      ? h('span', null, h('strong', { text: known.label }), h('br'), h('small', { className: 'muted', text: name }))
      : h('strong', { text: name });
    const row: Child[] = [
      nameCell,
      known?.measures ?? '',
      typeof s.group === 'string' ? (SIGNAL_GROUP[s.group] ?? s.group) : '—',
      share(s.value),
      share(s.baseline),
      share(s.othersInWindow),
      h('span', { className: fired ? 'fired' : 'not-fired', text: 'fired' in s ? (fired ? '触发' : '未触发') : '—' }),
      'explainedVotes' in s ? text(s.explainedVotes) : '—',
      extra,
    ];
    return row;
  });
  const t = table(['信号', '衡量什么', '类别', '激增中的比例', '该候选人此前的比例', '同时段其他候选人的比例', '是否触发', '可解释的票数', '其他'], rows, '各项信号（与该候选人此前的投票及同时段其他候选人比较）');
  t.classList.add('evidence');
  t.querySelectorAll('tbody tr').forEach((tr, i) => {
    if (entries[i][1].fired === true) tr.classList.add('row-fired');
  });
  return t;
}

/** `[{ip: "…", votes: 3}, …]` → a two-column table; null when the value is not such a list. */
export function countTable(caption: string, keyLabel: string, list: Json): HTMLElement | null {
  if (!Array.isArray(list) || list.length === 0 || !list.every(isRecord)) return null;
  const rows = list.map((item) => {
    const key = Object.keys(item).find((k) => k !== 'votes') ?? '';
    return [text(item[key]), text(item.votes)];
  });
  return table([keyLabel, '票数'], rows, caption);
}

/** Everything else in the evidence, by name. */
export function otherEvidence(evidence: Record<string, Json>, shown: Set<string>): HTMLElement | null {
  const rest = Object.entries(evidence).filter(([k]) => !shown.has(k));
  if (rest.length === 0) return null;
  const LABELS: Record<string, string> = {
    window: '时段',
    observed: '实际票数',
    expected: '预期票数',
    excess: '超出预期',
    trigger: '触发方式',
    groupsFired: '触发的信号类别',
    rule: '判定规则',
    conclusive: '单一信号即可定性',
    distinct: '不同来源数',
    reference: '比较基准',
    reason: '理由',
    signature: '判定依据',
    members: '群组账号数',
    days: '涉及天数',
    windowPairs: '一起投票的时间窗（前一天 → 后一天）',
    listOrder: '逐日保持先后顺序的成员对（按名单投票≈100%，各自到达≈50%）',
    deviceSwitch: '换了设备投票的成员',
    prefixesPerMember: '平均每个成员的不同网段数（同一办公室/校园远小于1，各地各自上网≥1）',
    topPrefixShare: '最多的一个网段所占票数比例',
    day: '日期',
    candidateVotesThatDay: '该候选人当天票数',
    candidateVotes: '该候选人在这些天的票数',
    machineVotes: '机器节律的票数',
    excessFreshAccounts: '超出常见程度的新账号数',
    usualShare: '该候选人平日的票数份额',
    nights: '夜间记录',
    expectedMembers: '按这几位候选人的票数份额预期的账号数',
    shareOfPoolVotes: '该候选人占账号池票数的比例',
    mostOfPool: '是否为账号池票数最多的候选人（多为委托方；其余多为陪投）',
    menu: '账号池投票的候选人（候选人 → 池内票数）',
    accounts: '使用伪造设备标识的账号数',
    expectedAccounts: '按其他候选人的比例预期的账号数',
    pairs: '伪造的（机型，安卓版本）组合数',
    largestPairShare: '最多的一种组合所占账号比例',
    windowMinutes: '同步投票的时间窗（分钟）',
    hoppingAccounts: '在三部以上不同手机上投票的账号数',
    accountsThatCould: '手机投票三次以上、可以判断的账号数',
    usualDayVotes: '该候选人平常一天的票数（各天中位数）',
    longerThanLocalMeans: '“长间隔”的标准（相邻间隔平均值的倍数）',
    longGaps: '长间隔数',
    expectedLongGaps: '各自独立到达时预期的长间隔数',
    logOdds: '各自独立到达时出现这种情况的几率（自然对数）',
  };
  // Shares a reviewer reads as percentages.
  const SHARES = new Set(['listOrder', 'deviceSwitch', 'usualShare', 'shareOfPoolVotes', 'largestPairShare', 'topPrefixShare']);
  return h(
    'dl',
    { className: 'evidence-other' },
    ...rest.map(([k, v]) =>
      h(
        'div',
        null,
        h('dt', null, LABELS[k] ?? k, LABELS[k] ? h('small', { className: 'muted', text: ` ${k}` }) : null),
        h('dd', null, isRecord(v) ? h('ul', null, ...Object.entries(v).map(([kk, vv]) => h('li', { text: `${kk}: ${text(vv)}` }))) : SHARES.has(k) ? share(v) : text(k === 'groupsFired' && Array.isArray(v) ? v.map((g) => SIGNAL_GROUP[String(g)] ?? g).join('、') : v)),
      ),
    ),
  );
}
