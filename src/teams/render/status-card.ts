import type { DashboardView } from '../../core/views/dashboard-view.js';
import { card, execute, facts, heading, small, text, type AdaptiveCard } from './cards.js';
import { bar } from '../../chat/format.js';
import { progressElements } from './progress-elements.js';
import { Verb } from './verbs.js';

/** "status": the progress bar, the profile summary, the latest scores, and what to do next. */
export function statusCard(dashboard: DashboardView): AdaptiveCard {
  const { profile, progress, results, assessment, learningPath } = dashboard;
  const open = assessment !== null && assessment.status !== 'COMPLETED';
  const actions = open
    ? [execute('Continue my assessment', Verb.startAssessment, {}, 'positive')]
    : !results
      ? [execute('Start my assessment', Verb.startAssessment, {}, 'positive')]
      : learningPath
        ? [execute('Show my learning path', Verb.showPath)]
        : [execute('Build my learning path', Verb.generatePath, { s: results.sessionId }, 'positive')];
  return card(
    [
      heading(`Skillcheck: ${profile.employee.role?.name ?? 'your profile'}`),
      ...progressElements(progress),
      text(profile.summary),
      ...(open ? [small(`Assessment in progress: ${assessment.answeredCount} of ${assessment.totalQuestions} answered.`)] : []),
      ...(results ? [facts(results.skills.map((skill) => [skill.name, `${bar(skill.score)} ${skill.score}%${skill.isGap ? ' · gap' : ''}`]))] : []),
    ],
    actions,
  );
}
