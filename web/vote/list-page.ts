import { apiFetch } from '../shared/api';
import { h, render } from '../shared/dom';
import { formatDateTime } from '../shared/time';
import { describeFailure } from './messages';
import { problemPanel } from './panels';
import { PHASE_WORDS } from './ballot-page';
import type { Ballot } from './types';

/** The published ballots, each a link to its own page. */
export async function showList(root: HTMLElement): Promise<void> {
  const res = await apiFetch<{ ballots: Ballot[] }>('/v1/ballots');
  if (!res.ok) {
    render(root, problemPanel(describeFailure(res), { retry: () => void showList(root), reload: () => void showList(root) }));
    return;
  }
  const ballots = res.body.ballots;
  render(
    root,
    h('header', { class: 'ballot-head' }, h('h1', { class: 'ballot-title' }, '网上投票')),
    ballots.length === 0
      ? h('p', { class: 'empty-note' }, '目前没有进行中的投票。')
      : h(
          'div',
          { class: 'weui-cells ballots' },
          ...ballots.map((b) =>
            h(
              'a',
              { class: 'weui-cell weui-cell_access', href: `?ballot=${encodeURIComponent(b.id)}` },
              h('div', { class: 'weui-cell__bd' }, h('p', { class: 'name' }, b.title), h('p', { class: 'place' }, `${PHASE_WORDS[b.phase]} · 截止 ${formatDateTime(new Date(b.closesAt))}`)),
              h('div', { class: 'weui-cell__ft' }),
            ),
          ),
        ),
  );
}
