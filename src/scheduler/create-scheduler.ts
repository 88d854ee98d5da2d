import { createTask, type ScheduledTask } from 'node-cron';
import type { Logger as PinoLogger } from 'pino';
import type { Config } from '../config/config.js';
import type { Core } from '../core/create-core.js';
import type { Notifier } from '../core/ports/notifier.js';
import type { Metrics } from '../app/metrics.js';

export interface Scheduler {
  /** the cron tasks; tests run them with `await task.execute()` */
  tasks: { digests: ScheduledTask; reminders: ScheduledTask; checkIns: ScheduledTask; retention: ScheduledTask };
  stop(): Promise<void>;
}

/** How often the check-in job looks for people whose working day has begun (their first check-in of the day). */
export const CHECK_IN_CRON = '*/15 * * * *';

/**
 * The retention purge is tried every hour; it runs once a day (the day's JobRun claim), so a process that was
 * down at the first try, or a run that failed, is made up for later the same day.
 */
export const RETENTION_CRON = '23 * * * *';

/**
 * The scheduled jobs, checked every minute: which digests are due (DIGEST_CRON in each manager's
 * time zone) and which learners need a reminder; and every 15 minutes, whose check-in is due. Each run only claims and sends what is due and not
 * yet claimed, so running it in every server process, or again after a crash, sends each message once.
 */
export function createScheduler(config: Config, core: Core, notifiers: Notifier[], logger: PinoLogger, metrics?: Metrics): Scheduler {
  const log = logger.child({ component: 'scheduler' });
  const { schedule } = config;
  const job = (name: string, run: () => Promise<{ claimed: number; sent: number; retrying: number; failed: number }>, cron = '* * * * *') =>
    createTask(
      cron,
      async () => {
        try {
          const report = await run();
          metrics?.countDeliveries(name, report);
          if (report.claimed > 0) log.info({ job: name, ...report }, 'scheduled messages sent');
          return report;
        } catch (error) {
          log.error({ err: error, job: name }, 'scheduled job failed');
          throw error;
        }
      },
      { name, noOverlap: true },
    );
  const tasks = {
    digests: job('digests', () =>
      core.deliverDigests({ notifiers, cron: schedule.digestCron, defaultTimezone: schedule.digestTimezone, stallDays: schedule.reminderAfterDays }),
    ),
    reminders: job('reminders', () =>
      core.deliverReminders({ notifiers, afterDays: schedule.reminderAfterDays, defaultTimezone: schedule.digestTimezone }),
    ),
    checkIns: job('check-ins', () => core.deliverCheckIns({ notifiers, defaultTimezone: schedule.digestTimezone }), CHECK_IN_CRON),
    retention: createTask(
      RETENTION_CRON,
      async () => {
        try {
          return await core.purgeExpired({ retentionDays: config.retentionDays });
        } catch (error) {
          log.error({ err: error, job: 'retention' }, 'scheduled job failed');
          throw error;
        }
      },
      { name: 'retention', noOverlap: true },
    ),
  };
  if (schedule.enabled) {
    void tasks.digests.start();
    void tasks.reminders.start();
    void tasks.checkIns.start();
    void tasks.retention.start();
    log.info({ digestCron: schedule.digestCron, defaultTimezone: schedule.digestTimezone, reminderAfterDays: schedule.reminderAfterDays }, 'scheduler started');
  } else {
    log.info('SCHEDULER_ENABLED is false: no digests, reminders or check-ins from this process');
  }
  return {
    tasks,
    async stop() {
      await tasks.digests.destroy();
      await tasks.reminders.destroy();
      await tasks.checkIns.destroy();
      await tasks.retention.destroy();
    },
  };
}
