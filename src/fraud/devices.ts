import { userAgentFamily } from './network';


/**
 * Devices as the ledger can tell them apart. WeChat writes the network type into the user agent
 * per request (`NetType/WIFI`, `4G`, `5G`), so one phone moving between Wi-Fi and mobile data shows
 * several strings; without it the string is the device: WeChat on Android adds a per-install id
 * (`MMWEBID`), so such a string is one phone, while iPhone WeChat names only the iOS and WeChat
 * versions, shared by everyone on them. The model is the phone model an Android string names
 * (whatever its OS, browser and WeChat versions): bulk-bought phones share it.
 */
export interface DeviceTable {
  /** Device ordinal of each user-agent ordinal. */
  ofUa: Int32Array;
  /** Device strings by ordinal (the user agent without its network type). */
  names: string[];
  /** 1 when the device string names one install. */
  oneInstall: Uint8Array;
  /** Model ordinal of each device (the string without its per-install parts where it names no model). */
  modelOf: Int32Array;
  modelCount: number;
}

const INSTALL_ID = /MMWEBID\/\d+/;
const NET_TYPE = / ?NetType\/\S+/g;

export function namesOneInstall(ua: string): boolean {
  return INSTALL_ID.test(ua);
}

/** The user agent without the network type WeChat writes per request. */
export function deviceString(ua: string): string {
  return ua.replace(NET_TYPE, '');
}

const MODEL = /;\s*([^;()]+?) Build\//;

/** The phone model an Android user agent names (`…; Android 14; V2309A Build/…`), else its family. */
export function phoneModel(ua: string): string {
  const m = MODEL.exec(ua);
  return m ? m[1] : userAgentFamily(ua);
}

export function deviceTable(userAgents: readonly string[]): DeviceTable {
  const ofUa = new Int32Array(userAgents.length);
  const deviceIdx = new Map<string, number>();
  const modelIdx = new Map<string, number>();
  const names: string[] = [];
  const install: number[] = [];
  const model: number[] = [];
  for (let u = 0; u < userAgents.length; u++) {
    const d = deviceString(userAgents[u]);
    let k = deviceIdx.get(d);
    if (k === undefined) {
      k = names.length;
      deviceIdx.set(d, k);
      names.push(d);
      install.push(namesOneInstall(d) ? 1 : 0);
      const m = phoneModel(d);
      let mk = modelIdx.get(m);
      if (mk === undefined) {
        mk = modelIdx.size;
        modelIdx.set(m, mk);
      }
      model.push(mk);
    }
    ofUa[u] = k;
  }
  return { ofUa, names, oneInstall: Uint8Array.from(install), modelOf: Int32Array.from(model), modelCount: modelIdx.size };
}
