import { createHash } from 'node:crypto';

/**
 * WeChat JS-SDK's signature (JS-SDK documentation, appendix 1): sha1 over the four fields in
 * this order, URL without its #fragment, nothing escaped.
 */
export function jssdkSignature(input: { ticket: string; nonceStr: string; timestamp: number; url: string }): string {
  const url = input.url.split('#')[0];
  const text = `jsapi_ticket=${input.ticket}&noncestr=${input.nonceStr}&timestamp=${input.timestamp}&url=${url}`;
  return createHash('sha1').update(text, 'utf8').digest('hex');
}
