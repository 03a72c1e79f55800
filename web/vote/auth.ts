import { apiFetch } from '../shared/api';
import { session } from './session';
import type { ClientConfig } from './types';

/** This page's address without the OAuth leftovers, as WeChat must send the voter back to it. */
export function pageUrlWithoutOAuth(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('code');
  url.searchParams.delete('state');
  url.hash = '';
  return url.toString();
}

/** Leaves for WeChat's sign-in page; WeChat sends the voter back here with `code` and `state`. */
let leaving = false;

/** True once the page has started navigating to WeChat's sign-in: work for this page is moot. */
export function isLeavingForSignIn(): boolean {
  return leaving;
}

export function startOAuth(config: ClientConfig): void {
  leaving = true;
  const state = session.newOAuthState();
  const query = [
    `appid=${encodeURIComponent(config.wechatAppId)}`,
    `redirect_uri=${encodeURIComponent(pageUrlWithoutOAuth(window.location.href))}`,
    'response_type=code',
    `scope=${encodeURIComponent(config.oauthScope || 'snsapi_base')}`,
    `state=${encodeURIComponent(state)}`,
  ].join('&');
  window.location.assign(`${config.oauthAuthorizeUrl}?${query}#wechat_redirect`);
}

export type SignInOutcome = { ok: true } | { ok: false; reason: 'bad-state' } | { ok: false; reason: 'api'; code: string | null };

/**
 * Back from WeChat: takes `code` and `state` out of the address bar first (so a reload or a shared
 * link never carries them), checks the state against the nonce this tab sent, then signs in.
 */
export async function completeOAuth(code: string | null, state: string | null): Promise<SignInOutcome> {
  const url = new URL(window.location.href);
  url.searchParams.delete('code');
  url.searchParams.delete('state');
  // WeChat's "#wechat_redirect" rides along through the redirect; it means nothing to this page.
  const hash = url.hash === '#wechat_redirect' ? '' : url.hash;
  window.history.replaceState(window.history.state, '', url.pathname + url.search + hash);

  const expected = session.takeOAuthState();
  if (!code || !state || !expected || state !== expected) return { ok: false, reason: 'bad-state' };
  const res = await apiFetch<{ token: string; expiresAt: string }>('/v1/auth/wechat', { method: 'POST', body: { code, state } });
  if (!res.ok) return { ok: false, reason: 'api', code: res.kind === 'http' ? res.error.code : null };
  session.saveToken(res.body);
  return { ok: true };
}
