const DAY_MS = 24 * 60 * 60 * 1000;

/** The job name of the retention purge in JobRun. */
export const RETENTION_JOB = 'retention';

/** The period a purge run belongs to: the UTC day, so one run a day however many processes try. */
export const retentionPeriodKey = (now: Date): string => now.toISOString().slice(0, 10);

/** Raw answers and events from before this time are deleted; null when they are kept forever (RETENTION_DAYS=0). */
export function retentionCutoff(now: Date, retentionDays: number): Date | null {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) return null;
  return new Date(now.getTime() - retentionDays * DAY_MS);
}
