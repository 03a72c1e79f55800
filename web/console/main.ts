import './console.css';
import { ApiError, createApi, endpoints } from './api';
import type { ViewContext } from './context';
import { button, fill, h, notice } from './dom';
import { clearSession, loadSession, saveSession, type Session } from './session';
import { explain, ROLE } from './texts';
import { renderAuditLog } from './views/audit-log';
import { renderBallot } from './views/ballot';
import { renderBallots } from './views/ballots';
import { renderFlag } from './views/flag';
import { renderSignIn } from './views/sign-in';

/**
 * The staff console: sign in with an API key, then views chosen by the hash
 * (#/ballots, #/ballots/<id>/<section>, #/flags/<id>, #/audit). The hash carries ids only.
 */

const root = document.getElementById('app') as HTMLElement;
let session: Session | null = loadSession();
let signOutMessage: string | null = null;
let leaveView: Array<() => void> = [];
let viewToken = 0;

const api = endpoints(
  createApi(
    () => session,
    () => signOut('您的密钥已失效（已被吊销或已过期），已自动退出。请向管理员索取新的密钥后重新登录。'),
  ),
);

function signOut(message: string | null): void {
  session = null;
  clearSession();
  signOutMessage = message;
  render();
}

async function signIn(key: string): Promise<string | null> {
  // A probe of its own: a refused key here is a wrong paste, not a session to end.
  const trial: Session = { key, role: 'admin', label: '' };
  const probe = endpoints(createApi(() => trial, () => {}));
  try {
    const me = await probe.me();
    session = { key, role: me.role, label: me.label };
    saveSession(session);
    signOutMessage = null;
    if (!location.hash || location.hash === '#') location.hash = '#/ballots';
    render();
    return null;
  } catch (err) {
    session = null;
    if (err instanceof ApiError && err.status === 401) return '密钥无效或已被吊销，请检查后重试。';
    if (err instanceof ApiError && err.status === 403) return '这不是工作人员密钥（投票用户的凭证不能登录工作台）。';
    return err instanceof ApiError ? err.message : '登录失败，请重试。';
  }
}

function render(): void {
  for (const f of leaveView) f();
  leaveView = [];
  const token = ++viewToken;
  if (!session) {
    fill(root, renderSignIn(signIn, signOutMessage));
    return;
  }
  const s = session;
  const main = h('main', { id: 'main', attrs: { tabindex: '-1' } });
  const nav = h(
    'nav',
    { attrs: { 'aria-label': '主导航' } },
    h('a', { attrs: { href: '#/ballots' }, text: '投票列表' }),
    h('a', { attrs: { href: '#/audit' }, text: '审计日志' }),
  );
  const header = h(
    'header',
    { className: 'topbar' },
    h('span', { className: 'brand', text: '评选工作台' }),
    nav,
    h('span', { className: 'who' }, h('span', { className: `role role-${s.role}`, text: ROLE[s.role] }), ' ', s.label),
    button('退出', () => signOut(null), 'secondary'),
  );
  fill(root, header, main);

  const ctx: ViewContext = {
    api,
    session: s,
    main,
    navigate: (hash) => {
      location.hash = hash;
    },
    refresh: () => render(),
    onLeave: (f) => leaveView.push(f),
    current: () => token === viewToken && session === s,
  };
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const show = async () => {
    switch (parts[0]) {
      case 'ballots':
        if (parts[1]) return renderBallot(ctx, parts[1], parts[2] ?? null);
        return renderBallots(ctx);
      case 'flags':
        if (parts[1]) return renderFlag(ctx, parts[1], Number(parts[2]) || null);
        break;
      case 'audit':
        return renderAuditLog(ctx, parts[1] ?? null);
      default:
        break;
    }
    return renderBallots(ctx);
  };
  show().catch((err: unknown) => {
    if (!ctx.current()) return;
    const message = err instanceof ApiError ? explain(err) : '页面出错了，请刷新重试。';
    fill(main, notice('error', message));
  });
}

window.addEventListener('hashchange', render);
render();
