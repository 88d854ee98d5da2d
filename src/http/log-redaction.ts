/**
 * Request paths as the request log writes them: a path that carries a credential (a one-time console sign-in
 * link, a signed content link) keeps its shape and loses the token, so whoever reads the logs cannot use a
 * link that has not been used yet. Query strings are dropped for the same reason (nothing of ours needs them
 * in the log, and a client may put a token there).
 */
const TOKEN_PATHS = [/^(\/app\/sign-in\/)[^/?#]+/, /^(\/open\/)[^/?#]+/];

export function redactedUrl(url: string): string {
  const path = url.split('?')[0]!;
  for (const pattern of TOKEN_PATHS) if (pattern.test(path)) return path.replace(pattern, '$1[redacted]');
  return path;
}
