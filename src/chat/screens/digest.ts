import { Action } from '../actions.js';
import { button, buttons, card, context, divider, heading, link, progress, text, type Card } from '../card/card.js';
import { escape } from '../card/markup.js';
import { contentTypeLabel, duration, plural } from '../format.js';
import type { ReminderView } from '../../core/delivery/views.js';
import type { DigestReportView, TeamDigestView } from '../../core/team/views.js';
import type { ContentLink } from './learning-path.js';
import type { CommandHint } from './words.js';

/**
 * One report, one thing a line: where the person is; the verdicts of their latest assessment; their
 * path's items done and time left; the path's gaps closed (by check-ins or a retake, never by content
 * alone); what changed since the last digest.
 */
export function reportLines(report: DigestReportView): string[] {
  const lines = [`**${escape(report.name)}** · ${report.step.label}${report.stalled ? ' · ⚠️ **stalled**' : ''}`];
  if (report.verdicts) {
    const { gaps, onTarget, notSure } = report.verdicts;
    const named = report.topGaps.length > 0 ? ` (${report.topGaps.map((gap) => escape(gap.name)).join(', ')}${gaps > report.topGaps.length ? ', …' : ''})` : '';
    lines.push(`Results: ${[`${plural(gaps, 'gap')}${named}`, `${onTarget} on target`, ...(notSure > 0 ? [`${notSure} not sure yet`] : [])].join(', ')}`);
  }
  if (report.path && report.path.total > 0) {
    lines.push(
      report.path.done === report.path.total
        ? `Learning path: all ${plural(report.path.total, 'item')} done`
        : `Learning path: ${report.path.done} of ${plural(report.path.total, 'item')} done, ${duration(report.path.leftMinutes)} left`,
    );
  }
  if (report.gapsClosed && report.gapsClosed.total > 0) lines.push(`Gaps closed: ${report.gapsClosed.closed} of ${report.gapsClosed.total}`);
  if (report.changes.length > 0) lines.push(`_Since the last digest: ${escape(report.changes.join('; '))}_`);
  return lines;
}

/** The manager's team digest: a summary on top, then one entry per direct report. */
export function digestCard(digest: TeamDigestView, onDemand = false): Card {
  const { summary } = digest;
  const gaps = summary.commonGaps.length === 0 ? 'none' : summary.commonGaps.map((gap) => `${escape(gap.name)} (${gap.count})`).join(', ');
  return card(`Team digest: ${summary.assessed} of ${summary.reports} assessed, ${summary.averageCompletion}% average path completion, ${summary.stalled} stalled.`, [
    heading(onDemand ? 'Your team right now' : 'Your weekly team digest'),
    text(`**${summary.assessed} of ${summary.reports}** assessed · **${summary.stalled}** stalled\nMost common gaps: ${gaps}`),
    progress('Average path completion', summary.averageCompletion),
    divider(),
    ...digest.reports.map((report) => text(reportLines(report).join('\n'))),
    context('Only your direct reports are listed. These scores are private to them, you and your Skillcheck admins: please do not share this digest in channels.'),
  ]);
}

/** A friendly nudge with the next item, a link that records the open, and the way to stop them. */
export function reminderCard(reminder: ReminderView, options: { linkFor: ContentLink; command: CommandHint }): Card {
  const { next } = reminder;
  return card(`Hi ${reminder.firstName}, your learning path is waiting: next up is ${next.title}.`, [
    text(`Hi ${escape(reminder.firstName)} 👋 It has been ${reminder.idleDays} days since you last worked on your learning path.`),
    progress('Learning path', reminder.path.percent, `${reminder.path.done} of ${reminder.path.total} done`),
    text(`**Next up:** ${escape(next.title)} · ${contentTypeLabel[next.type]} · ${duration(next.minutes)}`),
    buttons(link('Open', options.linkFor(next.contentId, next.url), Action.openItem, String(next.contentId), 'primary'), button('Show my path', Action.showPath)),
    context(`Not now? ${options.command('reminders off')} stops these reminders.`),
  ]);
}
