import { Action } from '../actions.js';
import { button, buttons, card, context, link, text, type Card } from '../card/card.js';
import { escape } from '../card/markup.js';
import { contentTypeLabel, duration } from '../format.js';
import type { NudgeView } from '../../core/team/views.js';
import type { ContentLink } from './learning-path.js';

/**
 * A friendly nudge a manager asked for: who asks, and the one next step with its button. It carries
 * no scores, and says nothing the manager could read as a rebuke.
 */
export function nudgeCard(nudge: NudgeView, options: { linkFor: ContentLink }): Card {
  const hello = `Hi ${escape(nudge.firstName)} 👋 ${escape(nudge.managerName)} asked me to give you a friendly nudge about your learning.`;
  const { next } = nudge;
  const step =
    next.kind === 'START_ASSESSMENT'
      ? { summary: 'a short assessment is the first step', words: 'A short assessment is the first step: it shows where your skills stand against your role, and what is worth learning next.', action: buttons(button('Start my assessment', Action.continueAssessment, undefined, 'primary')) }
      : next.kind === 'CONTINUE_ASSESSMENT'
        ? { summary: 'your assessment is waiting where you left off', words: 'Your assessment is waiting where you left off.', action: buttons(button('Continue my assessment', Action.continueAssessment, undefined, 'primary')) }
        : next.kind === 'BUILD_PATH'
          ? { summary: 'your learning path is one press away', words: 'Your results are in, and a learning path fitted to them is one press away.', action: buttons(button('Build my learning path', Action.buildPath, String(next.sessionId), 'primary')) }
          : {
              summary: `next up is ${next.item.title}`,
              words: `**Next up:** ${escape(next.item.title)} · ${contentTypeLabel[next.item.type]} · ${duration(next.item.minutes)}\nYour learning path: ${next.path.done} of ${next.path.total} done`,
              action: buttons(link('Open', options.linkFor(next.item.contentId, next.item.url), Action.openItem, String(next.item.contentId), 'primary'), button('Show my path', Action.showPath)),
            };
  return card(`Hi ${nudge.firstName}, ${nudge.managerName} sent you a friendly nudge: ${step.summary}.`, [
    text(hello),
    text(step.words),
    step.action,
    context('No reply needed: pick it up whenever suits you this week.'),
  ]);
}
