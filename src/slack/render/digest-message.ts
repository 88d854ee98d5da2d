import { bar, contentTypeLabel, duration } from '../../chat/format.js';
import type { DigestReportView, ReminderView, TeamDigestView } from '../../core/views/digest-views.js';
import { ActionId } from './action-ids.js';
import { actions, button, capBlocks, context, divider, escape, header, LIMITS, section, type SlackMessage } from './blocks.js';

function reportLine(report: DigestReportView): string {
  const parts = [`*${escape(report.name)}*  ·  ${report.step.label} \`${bar(report.step.percent)}\` ${report.step.percent}%`];
  const facts = [
    report.latest ? `last score ${report.latest.overallScore}%` : report.assessmentInProgress ? 'assessment in progress' : 'not assessed yet',
    ...(report.topGaps.length > 0 ? [`gaps: ${report.topGaps.map((gap) => `${escape(gap.name)} ${gap.score}%`).join(', ')}`] : []),
    ...(report.path ? [`path ${report.path.done}/${report.path.total}`] : []),
  ];
  parts.push(facts.join(' · ') + (report.stalled ? '  ·  ⚠️ *stalled*' : ''));
  if (report.changes.length > 0) parts.push(`_Since the last digest: ${escape(report.changes.join('; '))}_`);
  return parts.join('\n');
}

/** The manager's team digest: a summary on top, then one line per direct report. */
export function digestMessage(digest: TeamDigestView, onDemand = false): SlackMessage {
  const { summary } = digest;
  const gaps = summary.commonGaps.length === 0 ? 'none' : summary.commonGaps.map((gap) => `${escape(gap.name)} (${gap.count})`).join(', ');
  const blocks = [
    header(onDemand ? 'Your team right now' : 'Your weekly team digest'),
    section(
      `*${summary.assessed} of ${summary.reports}* assessed  ·  average path completion *${summary.averageCompletion}%*  ·  *${summary.stalled}* stalled\nMost common gaps: ${gaps}`,
    ),
    divider(),
    ...digest.reports.map((report) => section(reportLine(report))),
    context('Only your direct reports are listed. Scores are private: please do not share this message in channels.'),
  ];
  return {
    text: `Team digest: ${summary.assessed} of ${summary.reports} assessed, ${summary.averageCompletion}% average path completion, ${summary.stalled} stalled.`,
    blocks: capBlocks(blocks, LIMITS.messageBlocks, (hidden) => `${hidden} more report(s) not shown: GET /api/manager/${digest.manager.id}/team-report.csv has everyone.`),
  };
}

/** A friendly nudge with the next item and an Open button (which records the open). */
export function reminderMessage(reminder: ReminderView): SlackMessage {
  const { next } = reminder;
  return {
    text: `Hi ${reminder.firstName}, your learning path is waiting: next up is ${next.title}.`,
    blocks: [
      section(
        `Hi ${escape(reminder.firstName)} 👋 It has been ${reminder.idleDays} days since you last worked on your learning path ` +
          `(${reminder.path.done} of ${reminder.path.total} done \`${bar(reminder.path.percent)}\`).\n` +
          `*Next up:* <${next.url}|${escape(next.title)}>  ·  ${contentTypeLabel[next.type]} · ${duration(next.minutes)}`,
      ),
      actions(`reminder_${next.contentId}`, [
        button('Open', ActionId.contentOpen, { value: String(next.contentId), url: next.url, style: 'primary' }),
        button('Show my path', ActionId.showPath),
      ]),
      context('Not now? Type `/skillcheck reminders off` to stop these reminders.'),
    ],
  };
}
