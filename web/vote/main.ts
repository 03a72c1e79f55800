import 'weui/dist/style/weui.min.css';
import './vote.css';
import { apiFetch } from '../shared/api';
import { h, render } from '../shared/dom';
import { completeOAuth, isLeavingForSignIn, startOAuth } from './auth';
import { showBallot } from './ballot-page';
import { syncServerTime } from './clock';
import { showList } from './list-page';
import { describeFailure } from './messages';
import { problemPanel } from './panels';
import { inWechat } from './wechat-env';
import type { ClientConfig } from './types';

/** The address the page was opened with, before code and state are removed (iOS WeChat signs it). */
const landingUrl = window.location.href;

/** The voter page: settings, WeChat sign-in when coming back from it, then a ballot or the list. */
async function boot(root: HTMLElement): Promise<void> {
  const params = new URL(window.location.href).searchParams;
  const ballotId = params.get('ballot');
  const code = params.get('code');
  const state = params.get('state');

  const settings = await apiFetch<ClientConfig>('/v1/client-config');
  if (!settings.ok) {
    render(root, problemPanel(describeFailure(settings), { retry: () => window.location.reload(), reload: () => window.location.reload() }));
    return;
  }
  const config = settings.body;
  syncServerTime(config.serverTime, Date.now());
  if (config.requireWechat && !inWechat()) {
    render(
      root,
      h(
        'section',
        { class: 'weui-msg', role: 'alert' },
        h('div', { class: 'weui-msg__icon-area' }, h('i', { class: 'weui-icon-info weui-icon_msg', 'aria-hidden': 'true' })),
        h('h2', { class: 'weui-msg__title' }, '请在微信中打开'),
        h('p', { class: 'weui-msg__desc' }, '投票需要微信登录。请复制本页链接，在微信中打开；或从公众号菜单进入。'),
      ),
    );
    return;
  }

  const signIn = () => startOAuth(config);
  const showListPage = () => {
    window.history.pushState(null, '', window.location.pathname);
    void showList(root);
  };

  if (code !== null || state !== null) {
    const outcome = await completeOAuth(code, state);
    if (!outcome.ok) {
      const problem =
        outcome.reason === 'bad-state'
          ? { title: '登录校验失败', detail: '登录链接已失效或不是从本页发起的。请点“重新登录”。', action: 'sign-in' as const }
          : outcome.code
            ? describeFailure({ ok: false, kind: 'http', status: 0, error: { statusCode: 0, code: outcome.code, message: '' }, retryAfterS: null, headers: new Headers() })
            : describeFailure({ ok: false, kind: 'network' });
      render(root, problemPanel(problem.action === 'retry' || problem.action === 'reload' ? { ...problem, action: 'sign-in' } : problem, { signIn, list: showListPage }));
      return;
    }
  }

  if (ballotId) await showBallot({ root, signIn, showList: showListPage, justSignedIn: code !== null }, ballotId);
  else await showList(root);

  // Not on the way out to sign-in: the navigation would cut the share request off mid-answer.
  if (inWechat() && !isLeavingForSignIn()) {
    // The share card is a nicety: loaded only inside WeChat, and nothing it does can stop voting.
    const title = root.querySelector('h1')?.textContent || document.title;
    import('./share').then((m) => m.configureShare({ title, landingUrl })).catch(() => {});
  }
}

const root = document.getElementById('app');
if (root) void boot(root);
