/** "Blocked for this many milliseconds" as whole seconds to wait: rounded up, and at least one (a Retry-After of 0 invites a retry at once). */
export const secondsToWait = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/** The seconds to wait in words a person reads: "a few seconds", "about 40 seconds", "about 3 minutes", "about 2 hours". */
export function waitInWords(seconds: number): string {
  if (seconds <= 5) return 'a few seconds';
  if (seconds < 60) return `about ${Math.ceil(seconds / 5) * 5} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes === 1) return 'about a minute';
  if (minutes < 60) return `about ${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? 'about an hour' : `about ${hours} hours`;
}
