import { Action } from '../actions.js';
import { BUTTON_LABEL_MAX, button, buttons, card, context, divider, heading, link, progress, text, type Block, type Card } from '../card/card.js';
import { escape } from '../card/markup.js';
import { teamHeatMapPicture } from './pictures.js';
import { contentTypeLabel, duration, firstName, plural, truncate } from '../format.js';
import type { ReminderView } from '../../core/delivery/views.js';
import type { DigestReportView, TeamDigestView } from '../../core/team/views.js';
import type { ContentLink } from './learning-path.js';
import type { CommandHint } from './words.js';

/** A team larger than this lists only the people who need attention (at most this many), then counts the rest. */
export const DIGEST_LISTED_MAX = 12;

/** Said of a report who chose that their manager sees verdicts only. */
export const VERDICTS_ONLY = 'Verdicts only: they keep their levels and scores private';

/** The first line's word on why the manager should look, or need not. */
export function headline(report: DigestReportView): string {
  switch (report.attention) {
    case 'STALLED':
      return report.idleDays === null ? '⚠️ **Stalled**' : `⚠️ **Stalled**: nothing done for ${plural(report.idleDays, 'day')}`;
    case 'NOT_STARTED':
      return '**Not started**: no assessment yet';
    case 'GAPS_GROWING':
      return '**Gaps growing** since the last digest';
    case 'ASSESSMENT_UNFINISHED':
      return '**Assessment unfinished**';
    case 'NO_PATH':
      return '**No learning path** for their gaps yet';
    case 'DONE':
      return '✅ Every learning item done';
    case 'ON_TRACK':
      return `On track: ${report.step.label.toLowerCase()}`;
  }
}

/**
 * One report, one thing a line: who and why to look (or not); an assessment left open; the verdicts
 * of their latest assessment; their path's items done and time left; the path's gaps closed (by
 * check-ins or a retake, never by content alone); what changed since the last digest.
 */
export function reportLines(report: DigestReportView): string[] {
  const lines = [`**${escape(report.name)}** · ${headline(report)}`];
  if (report.assessmentInProgress && report.attention !== 'ASSESSMENT_UNFINISHED') lines.push('Assessment started, not finished');
  if (report.verdicts) {
    const { gaps, onTarget, notSure } = report.verdicts;
    const named = report.topGaps.length > 0 ? ` (${report.topGaps.map((gap) => escape(gap.name)).join(', ')}${gaps > report.topGaps.length ? ', …' : ''})` : '';
    lines.push(`Results: ${[`${plural(gaps, 'gap')}${named}`, `${onTarget} on target`, ...(notSure > 0 ? [`${notSure} not sure yet`] : [])].join(', ')}`);
  }
  if (report.levelsHidden) lines.push(`_${VERDICTS_ONLY}_`);
  if (report.path && report.path.total > 0 && report.attention !== 'DONE') {
    lines.push(`Learning path: ${report.path.done} of ${plural(report.path.total, 'item')} done, ${duration(report.path.leftMinutes)} left`);
  }
  if (report.gapsClosed && report.gapsClosed.total > 0) lines.push(`Gaps closed: ${report.gapsClosed.closed} of ${report.gapsClosed.total}`);
  if (report.changes.length > 0) lines.push(`_Since the last digest: ${escape(report.changes.join('; '))}_`);
  return lines;
}

/** What the people a large team's digest does not list are doing, in a few words. */
function unlisted(rest: DigestReportView[]): string {
  const attention = rest.filter((report) => report.needsAttention).length;
  const done = rest.filter((report) => report.attention === 'DONE').length;
  const parts: Array<[number, string]> = [
    [attention, 'who need attention'],
    [done, 'done'],
    [rest.length - attention - done, 'on track'],
  ];
  const present = parts.filter(([count]) => count > 0);
  const said = present.length === 1 ? `${rest.length} more ${present[0]![1]}` : `${rest.length} more: ${present.map(([count, label]) => `${count} ${label}`).join(', ')}`;
  return `…and ${said}. The team report (CSV) has everyone.`;
}

/** The manager's team digest: figures over the whole team, then the people who need attention first, each with a Nudge. */
export function digestCard(digest: TeamDigestView, onDemand = false): Card {
  const { summary } = digest;
  const listed = digest.reports.length > DIGEST_LISTED_MAX ? digest.reports.filter((report) => report.needsAttention).slice(0, DIGEST_LISTED_MAX) : digest.reports;
  const rest = digest.reports.filter((report) => !listed.includes(report));
  const common = summary.commonGaps.length === 0 ? '' : ` (most common: ${summary.commonGaps.map((gap) => `${escape(gap.name)} ${gap.count}`).join(', ')})`;
  const entries: Block[] = listed.flatMap((report) => [
    text(reportLines(report).join('\n')),
    ...(report.needsAttention ? [buttons(button(truncate(`Nudge ${firstName(report.name)}`, BUTTON_LABEL_MAX), Action.nudge, String(report.employeeId)))] : []),
  ]);
  return card(`Team digest: ${summary.needAttention} of ${plural(summary.people, 'person', 'people')} need attention; ${summary.assessed} assessed.`, [
    heading(onDemand ? 'Your team right now' : 'Your weekly team digest'),
    digest.heatMap.rows.length > 0 && teamHeatMapPicture(digest.heatMap),
    text(
      [
        `**${summary.needAttention} of ${plural(summary.people, 'person', 'people')}** need attention`,
        `Assessed: ${summary.assessed} of ${summary.people}`,
        `Certain gaps across the team: ${summary.certainGaps}${common}`,
        summary.aggregatesHidden ? '_Most common gaps not shown: in a team this small they could single out someone who keeps their levels private._' : null,
        summary.pathItems.total === 0 ? 'Learning paths: none yet' : `Learning items done: ${summary.pathItems.done} of ${summary.pathItems.total}, over every path`,
      ]
        .filter((line) => line !== null)
        .join('\n'),
    ),
    divider(),
    ...entries,
    rest.length > 0 && context(unlisted(rest)),
    divider(),
    buttons(button('Team page in the web console', Action.teamConsole), button('Team report (CSV)', Action.teamCsv)),
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
