/**
 * A URL as it may be logged: the values of query parameters that carry credentials (token=, key=,
 * code=, secret=, …) and anything shaped like a JWT are replaced. A client that puts its voter token
 * in the query string is refused, but its access line must not keep the token.
 */
const CREDENTIAL_PARAM =
  /([?&;](?:[^=&;#]*?)(?:token|key|code|secret|password|passwd|pwd|sig|signature|auth|credential|session|ticket|state)(?:[^=&;#]*)=)[^&;#]*/gi;
const JWT_LIKE = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;

export function redactUrl(url: string): string {
  if (url.length > 4096) url = `${url.slice(0, 4096)}…`;
  const q = url.search(/[?#]/);
  const redacted = q < 0 ? url : url.slice(0, q) + url.slice(q).replace(CREDENTIAL_PARAM, '$1[redacted]');
  return redacted.replace(JWT_LIKE, '[redacted]');
}
