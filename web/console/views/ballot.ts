import type { ViewContext } from '../context';
import { fill, h } from '../dom';
import { num, shanghai } from '../format';
import { CATEGORY, PHASE } from '../texts';
import type { Ballot } from '../types';
import { renderCandidates } from './candidates';
import { renderFlags } from './flags';
import { renderLive } from './live';
import { renderScores } from './scores';

export type Section = 'candidates' | 'live' | 'scores' | 'flags';

const SECTIONS: Array<[Section, string]> = [
  ['candidates', '候选人'],
  ['live', '实时情况'],
  ['scores', '得分'],
  ['flags', '刷票疑点'],
];

/** One ballot: its facts, then the chosen section. */
export async function renderBallot(ctx: ViewContext, ballotId: string, section: string | null): Promise<void> {
  fill(ctx.main, h('p', { className: 'muted', text: '正在读取…' }));
  const ballot = await ctx.api.ballot(ballotId);
  if (!ctx.current()) return;
  const chosen: Section = SECTIONS.some(([s]) => s === section) ? (section as Section) : ballot.status === 'draft' ? 'candidates' : 'live';

  const tabs = h(
    'nav',
    { className: 'tabs', attrs: { 'aria-label': '投票功能' } },
    ...SECTIONS.map(([s, label]) =>
      h('a', { attrs: { href: `#/ballots/${ballot.id}/${s}`, 'aria-current': s === chosen ? 'page' : null }, text: label }),
    ),
  );
  const body = h('section', { className: 'section', attrs: { 'aria-label': SECTIONS.find(([s]) => s === chosen)![1] } });
  fill(ctx.main, h('p', null, h('a', { attrs: { href: '#/ballots' }, text: '← 投票列表' })), ballotHeader(ballot), tabs, body);

  const sub: ViewContext = { ...ctx, main: body };
  switch (chosen) {
    case 'candidates':
      return renderCandidates(sub, ballot);
    case 'live':
      return renderLive(sub, ballot);
    case 'scores':
      return renderScores(sub, ballot);
    case 'flags':
      return renderFlags(sub, ballot);
  }
}

export function ballotHeader(b: Ballot): HTMLElement {
  const fact = (label: string, value: string | Node) => h('div', null, h('dt', { text: label }), h('dd', null, value));
  return h(
    'div',
    { className: 'ballot-head' },
    h('h1', { text: b.title }),
    h(
      'dl',
      { className: 'facts' },
      fact('阶段', h('span', { className: `phase phase-${b.phase}`, text: PHASE[b.phase] ?? b.phase })),
      fact('类别', `${CATEGORY[b.category] ?? b.category} · ${b.year} 年度`),
      fact('投票时间（北京时间）', `${shanghai(b.opensAt)} 至 ${shanghai(b.closesAt)}（${b.durationDays} 天）`),
      fact('名额 / 每票可选', `${b.seats} / ${b.maxChoices}`),
      fact('候选人', num(b.candidates?.length ?? 0)),
      fact('已投选票', num(b.totalVotes ?? 0)),
    ),
    h('p', null, h('a', { attrs: { href: `#/audit/${b.id}` }, text: '本投票的审计日志' })),
  );
}
