import { bar, contentTypeLabel, duration } from '../../chat/format.js';
import type { ReminderView, TeamDigestView } from '../../core/views/digest-views.js';
import { card, container, escapeMarkdown, execute, heading, openUrl, small, text, type AdaptiveCard } from './cards.js';
import { Verb } from './verbs.js';

/** The manager's team digest as an Adaptive Card. */
export function digestCard(digest: TeamDigestView, onDemand = false): AdaptiveCard {
  const { summary } = digest;
  const gaps = summary.commonGaps.length === 0 ? 'none' : summary.commonGaps.map((gap) => `${gap.name} (${gap.count})`).join(', ');
  return card([
    heading(onDemand ? 'Your team right now' : 'Your weekly team digest'),
    text(`**${summary.assessed} of ${summary.reports}** assessed · average path completion **${summary.averageCompletion}%** · **${summary.stalled}** stalled`),
    small(`Most common gaps: ${gaps}`),
    ...digest.reports.map((report) =>
      container(
        [
          text(`**${escapeMarkdown(report.name)}** · ${report.step.label} ${bar(report.step.percent)} ${report.step.percent}%${report.stalled ? ' · ⚠️ stalled' : ''}`),
          small(
            [
              report.latest ? `last score ${report.latest.overallScore}%` : report.assessmentInProgress ? 'assessment in progress' : 'not assessed yet',
              ...(report.topGaps.length > 0 ? [`gaps: ${report.topGaps.map((gap) => `${gap.name} ${gap.score}%`).join(', ')}`] : []),
              ...(report.path ? [`path ${report.path.done}/${report.path.total}`] : []),
            ].join(' · '),
          ),
          ...(report.changes.length > 0 ? [small(`Since the last digest: ${report.changes.join('; ')}`)] : []),
        ],
        { separator: true },
      ),
    ),
    small('Only your direct reports are listed. Scores are private: please do not share this card in channels.'),
  ]);
}

export function reminderCard(reminder: ReminderView, link: string): AdaptiveCard {
  const { next } = reminder;
  return card(
    [
      text(`Hi ${escapeMarkdown(reminder.firstName)} 👋 It has been ${reminder.idleDays} days since you last worked on your learning path (${reminder.path.done} of ${reminder.path.total} done ${bar(reminder.path.percent)}).`),
      text(`**Next up:** ${escapeMarkdown(next.title)} · ${contentTypeLabel[next.type]} · ${duration(next.minutes)}`),
      small('Not now? Write "reminders off" to stop these reminders.'),
    ],
    [openUrl('Open', link), execute('Show my path', Verb.showPath)],
  );
}
