import { h } from '../shared/dom';
import { formatDateTime } from '../shared/time';
import type { Problem } from './messages';

/** weui "msg" panels: the outcome of a vote, or a problem with a way forward. */

export function nextVoteText(nextVoteAt: string | null): string {
  return nextVoteAt ? `下次可投票时间：${formatDateTime(new Date(nextVoteAt))}（北京时间）` : '本次投票将在下次可投票前结束，感谢参与。';
}

export function outcomePanel(opts: { title: string; icon: 'success' | 'info'; names: string[]; castAt?: string; nextVoteAt: string | null }): HTMLElement {
  return h(
    'section',
    { class: 'weui-msg outcome', role: 'status' },
    h('div', { class: 'weui-msg__icon-area' }, h('i', { class: opts.icon === 'success' ? 'weui-icon-success weui-icon_msg' : 'weui-icon-info weui-icon_msg', 'aria-hidden': 'true' })),
    h(
      'div',
      { class: 'weui-msg__text-area' },
      h('h2', { class: 'weui-msg__title' }, opts.title),
      h('p', { class: 'weui-msg__desc' }, `投给了：${opts.names.join('、')}`),
      opts.castAt ? h('p', { class: 'weui-msg__desc' }, `投票时间：${formatDateTime(new Date(opts.castAt))}（北京时间）`) : null,
      h('p', { class: 'weui-msg__desc next-vote' }, nextVoteText(opts.nextVoteAt)),
    ),
  );
}

export interface ProblemHandlers {
  retry?: () => void;
  reload?: () => void;
  signIn?: () => void;
  list?: () => void;
}

const ACTION_LABEL = { retry: '重试', reload: '刷新', 'sign-in': '重新登录', list: '查看全部投票' } as const;

/** A problem, said plainly, with its button; a 429 keeps the button disabled through the wait. */
export function problemPanel(problem: Problem, handlers: ProblemHandlers): HTMLElement {
  const detail = h('p', { class: 'weui-msg__desc' }, problem.detail);
  const panel = h(
    'section',
    { class: 'weui-msg problem', role: 'alert' },
    h('div', { class: 'weui-msg__icon-area' }, h('i', { class: 'weui-icon-warn weui-icon_msg', 'aria-hidden': 'true' })),
    h('div', { class: 'weui-msg__text-area' }, h('h2', { class: 'weui-msg__title' }, problem.title), detail),
  );
  const action = problem.action;
  const handler = action === 'retry' ? handlers.retry : action === 'reload' ? handlers.reload : action === 'sign-in' ? handlers.signIn : action === 'list' ? handlers.list : undefined;
  if (!action || !handler) return panel;
  const button = h('button', { type: 'button', class: 'weui-btn weui-btn_primary' }, ACTION_LABEL[action]);
  button.addEventListener('click', () => {
    button.disabled = true;
    handler();
  });
  panel.appendChild(h('div', { class: 'weui-msg__opr-area' }, h('p', { class: 'weui-btn-area' }, button)));
  if (problem.waitS && problem.waitS > 0) {
    let left = problem.waitS;
    button.disabled = true;
    const wait = h('p', { class: 'weui-msg__desc wait' }, `还需等待 ${left} 秒`);
    detail.after(wait);
    const timer = window.setInterval(() => {
      left -= 1;
      wait.textContent = left > 0 ? `还需等待 ${left} 秒` : '现在可以重试了';
      if (left <= 0) {
        window.clearInterval(timer);
        button.disabled = false;
      }
    }, 1000);
  }
  return panel;
}
