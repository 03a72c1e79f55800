import wx from 'weixin-js-sdk';
import { apiFetch } from '../shared/api';

/**
 * The share card inside WeChat (JS-SDK 1.6, bundled from npm: no script from res.wx.qq.com or any
 * other CDN). Everything here may fail (no bridge, a bad signature, WeChat down) and only the
 * share card is lost: errors are swallowed, and voting never waits for this.
 */
export async function configureShare(opts: { title: string; landingUrl: string }): Promise<void> {
  // iOS WeChat checks the signature against the address the page was opened with; Android
  // against the current one (code and state removed).
  const ios = /iPhone|iPad|iPod/i.test(navigator.userAgent);
  const signUrl = (ios ? opts.landingUrl : window.location.href).split('#')[0];
  const res = await apiFetch<{ appId: string; timestamp: number; nonceStr: string; signature: string }>(
    `/v1/wechat/jssdk-config?url=${encodeURIComponent(signUrl)}`,
  );
  if (!res.ok) return;
  const link = window.location.href.split('#')[0];
  wx.config({
    debug: false,
    appId: res.body.appId,
    timestamp: res.body.timestamp,
    nonceStr: res.body.nonceStr,
    signature: res.body.signature,
    jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'],
  });
  wx.ready(() => {
    const desc = '每天可投一次，请为你支持的候选人投上一票。';
    wx.updateAppMessageShareData({ title: opts.title, desc, link, imgUrl: '', success() {} });
    wx.updateTimelineShareData({ title: opts.title, link, imgUrl: '', success() {} });
  });
  wx.error(() => {
    // A bad signature or an unsupported client: no custom share card, nothing else changes.
  });
}
