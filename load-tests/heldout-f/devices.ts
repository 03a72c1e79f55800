import type { Rng } from '../heldout/prng';
import { ANDROID_MODELS, BRAND_SHARE, IOS_VERSIONS, WECHAT_ANDROID, WECHAT_IOS, XWEB, type AndroidModel, type Tier } from './phones';

/**
 * One phone with WeChat installed, as the vote page sees it: its in-app browser user agent for
 * each network type. The strings are fixed per install (model, build, WeChat, XWEB, MMWEBID), only
 * `NetType` follows the network, which is why they are built once.
 */

export type NetType = 'WIFI' | '4G' | '5G';

export interface Device {
  os: 'android' | 'ios' | 'harmonynext';
  brand: string;
  model: string;
  fiveG: boolean;
  ua: Readonly<Record<NetType, string>>;
}

/** Who holds the phone: elders keep old cheap phones and update WeChat late. */
export type Owner = 'elder' | 'adult' | 'young';

const TIER_BY_OWNER: Record<Owner, Record<Tier, number>> = {
  elder: { old: 6, mid: 3, new: 1 },
  adult: { old: 1.5, mid: 4, new: 4 },
  young: { old: 0.5, mid: 2.5, new: 6 },
};

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');
const patchOf = (version: string): number => Number(version.split('.')[2]);

function perNet(build: (net: NetType) => string): Record<NetType, string> {
  return { WIFI: build('WIFI'), '4G': build('4G'), '5G': build('5G') };
}

/** WeChat release for a phone: elders lag behind by a few versions. */
function wechatIndex(rng: Rng, owner: Owner, count: number, shares: readonly number[]): number {
  const lag = owner === 'elder' ? rng.int(0, 3) : rng.chance(0.2) ? rng.int(1, 2) : 0;
  return Math.max(0, rng.weightedIndex(shares) - lag) % count;
}

export function androidDevice(rng: Rng, model: AndroidModel, owner: Owner, fixed?: { build?: number; wechat?: number; xweb?: number }): Device {
  const [android, buildId] = model.builds[fixed?.build ?? rng.int(0, model.builds.length - 1)];
  const wx = WECHAT_ANDROID[fixed?.wechat ?? wechatIndex(rng, owner, WECHAT_ANDROID.length, WECHAT_ANDROID.map((r) => r.share))];
  // XWEB updates on its own schedule, loosely following WeChat: newer clients carry newer kernels.
  const wxRank = WECHAT_ANDROID.indexOf(wx) / (WECHAT_ANDROID.length - 1);
  const [xweb, chrome] = XWEB[fixed?.xweb ?? Math.min(XWEB.length - 1, Math.max(0, Math.round(wxRank * 3 + rng.int(-1, 1))))];
  const code = `0x2800${hex2(patchOf(wx.version))}${hex2(wx.tail)}`.toUpperCase().replace('0X', '0x');
  // MMWEBID identifies the install's web cache: a new install draws a new one.
  const mmwebid = rng.int(10, 9999);
  return {
    os: 'android',
    brand: model.brand,
    model: model.model,
    fiveG: model.fiveG,
    ua: perNet(
      (net) =>
        `Mozilla/5.0 (Linux; Android ${android}; ${model.model} Build/${buildId}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome} Mobile Safari/537.36 ` +
        `XWEB/${xweb} MMWEBSDK/${wx.sdk} MMWEBID/${mmwebid} MicroMessenger/${wx.version}(${code}) WeChat/arm64 Weixin NetType/${net} Language/zh_CN ABI/arm64`,
    ),
  };
}

export function iosDevice(rng: Rng, owner: Owner): Device {
  const shift = owner === 'elder' ? 3 : 0;
  const ios = IOS_VERSIONS[Math.max(0, rng.weightedIndex(IOS_VERSIONS.map((v) => v[1])) - rng.int(0, shift))][0];
  const [wx, tail] = WECHAT_IOS[wechatIndex(rng, owner, WECHAT_IOS.length, WECHAT_IOS.map((v) => v[2]))];
  const code = `0x1800${hex2(patchOf(wx))}${hex2(tail)}`;
  // Every iPhone on the same iOS and WeChat version sends the very same string.
  return {
    os: 'ios',
    brand: 'apple',
    model: 'iPhone',
    fiveG: !ios.startsWith('15'),
    ua: perNet(
      (net) =>
        `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wx}(${code}) NetType/${net} Language/zh_CN`,
    ),
  };
}

/** HarmonyOS NEXT (pure Harmony, ArkWeb): a small early-adopter share in late 2024. */
export function harmonyNextDevice(rng: Rng): Device {
  const build = rng.pick(['8.0.1.38(0xf0010126)', '8.0.1.46(0xf001012e)', '8.0.1.52(0xf0010134)']);
  return {
    os: 'harmonynext',
    brand: 'huawei',
    model: 'OpenHarmony',
    fiveG: true,
    ua: perNet(
      (net) =>
        `Mozilla/5.0 (Phone; OpenHarmony 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile MicroMessenger/${build} NetType/${net} Language/zh_CN`,
    ),
  };
}

const BRANDS = Object.keys(BRAND_SHARE);

/** An Android model of a brand, favouring the tiers its owner buys. */
export function pickModel(rng: Rng, owner: Owner, brand?: string): AndroidModel {
  const pool = ANDROID_MODELS.filter((m) => brand === undefined || m.brand === brand);
  return pool[rng.weightedIndex(pool.map((m) => m.weight * TIER_BY_OWNER[owner][m.tier]))];
}

/** A phone drawn from the town's market. */
export function marketDevice(rng: Rng, owner: Owner): Device {
  const brand = BRANDS[rng.weightedIndex(BRANDS.map((b) => BRAND_SHARE[b] * (b === 'apple' && owner === 'elder' ? 0.4 : 1)))];
  if (brand === 'apple') return iosDevice(rng, owner);
  if (brand === 'harmonynext') return harmonyNextDevice(rng);
  return androidDevice(rng, pickModel(rng, owner, brand), owner);
}
