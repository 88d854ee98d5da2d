import { describe, expect, it } from 'vitest';
import type { QuestionView } from '../../src/core/assessment/views.js';
import type { LearningPathView, ProgressBarView } from '../../src/core/learning/views.js';
import { learningPathCard } from '../../src/chat/screens/learning-path.js';
import { questionCard } from '../../src/chat/screens/question.js';
import { toSlackMessage } from '../../src/slack/render/block-kit.js';
import { slackCommand } from '../../src/slack/slack-surface.js';
import { buttonsOf } from '../../test-kit/slack-stub.js';

/** Rendering respects Slack's limits, so Slack never rejects a message: long text is cut visibly. */
describe('Block Kit rendering within Slack limits', () => {
  const longOption = 'An option that goes on and on, far beyond what a Slack button label may hold, to make a point';
  const question: QuestionView = {
    sessionId: 1,
    questionId: 7,
    number: 3,
    total: 24,
    skill: { id: 1, name: 'JavaScript' },
    difficulty: 'INTERMEDIATE',
    stem: 'Which <tag> & which > sign?'.repeat(200),
    options: [
      { key: 'A', text: longOption },
      { key: 'B', text: 'Short' },
      { key: 'C', text: 'Also short' },
      { key: 'D', text: 'Fine' },
    ],
    selectedOption: null,
    dontKnow: false,
    progress: { asked: 3, atMost: 24, exact: true, skillsSettled: 0, skills: 8 },
  };

  it('writes long options out on the card and puts only their letters on the buttons', () => {
    const rendered = toSlackMessage(questionCard(question));
    const labels = buttonsOf(rendered.blocks).map((button) => button.text.text);
    expect(labels).toEqual(['A', 'B', 'C', 'D', "I don't know"]);
    expect(JSON.stringify(rendered.blocks)).toContain(longOption);
    for (const block of rendered.blocks) {
      const text = (block.text as { text?: string } | undefined)?.text;
      if (text) expect(text.length).toBeLessThanOrEqual(3000);
    }
    expect(JSON.stringify(rendered.blocks)).toContain('&lt;tag&gt; &amp;');
    expect(rendered.text).toContain('&lt;tag&gt; &amp;');
    expect(rendered.text.length).toBeLessThanOrEqual(3000);
  });

  it('keeps a long learning path under 50 blocks and says what is not shown', () => {
    const items = Array.from({ length: 40 }, (_, index) => ({
      contentId: index + 1,
      position: index + 1,
      title: `Item ${index + 1}`,
      type: 'COURSE' as const,
      url: `https://learn.example.org/${index + 1}`,
      thumbnailUrl: null,
      minutes: 30,
      difficulty: 'BEGINNER' as const,
      source: 'Example',
      reason: 'Because.',
      status: 'NOT_STARTED' as const,
      startHere: index === 0,
      // A week long enough for all of them: every item is shown with its buttons.
      week: 'THIS_WEEK' as const,
    }));
    const path: LearningPathView = {
      pathId: 1,
      employeeId: 1,
      sessionId: 1,
      generatedAt: new Date(0).toISOString(),
      threshold: 70,
      groups: [{ skill: { id: 1, name: 'SQL' }, category: 'CORE', score: 10, targetLevel: 3, level: { low: 1, high: 2 }, certainty: 0.95, closed: false, items }],
      completion: { total: 40, done: 0, inProgress: 0, percent: 0, completed: false },
      time: { totalMinutes: 1200, leftMinutes: 1200, thisWeekMinutes: 1200, laterMinutes: 0, hoursPerWeek: 20 },
      gaps: { total: 1, closed: 0, percent: 0 },
      notSure: [],
    };
    const rendered = toSlackMessage(learningPathCard(path, { linkFor: (_id, url) => url, command: slackCommand }));
    expect(rendered.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(rendered.blocks.at(-1))).toMatch(/does not fit in one Slack message: the Home tab of Skillcheck shows all of it/);
    expect(rendered.text).toBe('Your learning path: 40 items (20 h) for 1 gap, 0 done.');
  });
});
