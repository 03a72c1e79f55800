/** WeChat's built-in browser says so in its user agent. */
export function inWechat(): boolean {
  return /MicroMessenger/i.test(navigator.userAgent);
}
