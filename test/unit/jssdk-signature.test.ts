import { jssdkSignature } from '../../src/domain/jssdk-signature';

describe('jssdkSignature', () => {
  // The worked example in WeChat's JS-SDK documentation (appendix 1), with its published answer.
  const documented = {
    ticket: 'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg',
    nonceStr: 'Wm3WZYTPz0wzccnW',
    timestamp: 1414587457,
    url: 'http://mp.weixin.qq.com?params=value',
  };

  it("matches WeChat's documented example", () => {
    expect(jssdkSignature(documented)).toBe('0f9de62fce790f9a083d5c99e95740ceb90c27ed');
  });

  it('signs the URL without its #fragment', () => {
    expect(jssdkSignature({ ...documented, url: `${documented.url}#wechat_redirect` })).toBe('0f9de62fce790f9a083d5c99e95740ceb90c27ed');
  });
});
