import { Action } from '../actions.js';
import { button, buttons, card, context, divider, heading, link, progress, text, type Card } from '../card/card.js';
import { escape } from '../card/markup.js';
import { contentTypeLabel, duration } from '../format.js';
import type { ReminderView } from '../../core/delivery/views.js';
import type { DigestReportView, TeamDigestView } from '../../core/team/views.js';
import type { ContentLink } from './learning-path.js';
import type { CommandHint } from './words.js';

function reportText(report: DigestReportView): string {
  const facts = [
    report.latest ? `last score ${report.latest.overallScore}%` : report.assessmentInProgress ? 'assessment in progress' : 'not assessed yet',
    ...(report.topGaps.length > 0 ? [`gaps: ${report.topGaps.map((gap) => `${escape(gap.name)} ${gap.score}%`).join(', ')}`] : []),
    ...(report.path ? [`path ${report.path.done} of ${report.path.total} done`] : []),
  ];
  const lines = [`**${escape(report.name)}** · ${report.step.label} · ${report.step.percent}%${report.stalled ? ' · ⚠️ **stalled**' : ''}`, facts.join(' · ')];
  if (report.changes.length > 0) lines.push(`_Since the last digest: ${escape(report.changes.join('; '))}_`);
  return lines.join('\n');
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
    ...digest.reports.map((report) => text(reportText(report))),
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
    buttons(link('Open', options.linkFor(next.contentId, next.url), Action.openItem, String(next.contentId)), button('Show my path', Action.showPath)),
    context(`Not now? ${options.command('reminders off')} stops these reminders.`),
  ]);
}
