import { describe, expect, it } from 'vitest';
import { buttonsOf } from '../../src/chat/card/card.js';
import { plainText } from '../../src/chat/card/plain-text.js';
import { Action } from '../../src/chat/actions.js';
import { digestCard, reportLines } from '../../src/chat/screens/digest.js';
import { learningPathCard } from '../../src/chat/screens/learning-path.js';
import { pathProgressBlocks, sittingProgressBlock } from '../../src/chat/screens/progress.js';
import type { LearningItemView, LearningPathView } from '../../src/core/learning/views.js';
import type { DigestReportView, TeamDigestView } from '../../src/core/team/views.js';
import { toAdaptiveCard } from '../../src/teams/render/adaptive-card.js';
import { toSlackMessage } from '../../src/slack/render/block-kit.js';

const item = (contentId: number, overrides: Partial<LearningItemView> = {}): LearningItemView => ({
  contentId,
  position: contentId,
  title: `Item ${contentId}`,
  type: 'ARTICLE',
  url: `https://learn.example.org/${contentId}`,
  thumbnailUrl: null,
  minutes: 60,
  difficulty: 'BEGINNER',
  source: 'Example Docs',
  reason: `Reason ${contentId}.`,
  status: 'NOT_STARTED',
  startHere: false,
  week: 'THIS_WEEK',
  ...overrides,
});

function pathOf(items: LearningItemView[], overrides: Partial<LearningPathView> = {}): LearningPathView {
  const done = items.filter((entry) => entry.status === 'DONE').length;
  const minutes = (week?: LearningItemView['week']) => items.filter((entry) => (week ? entry.week === week : entry.week !== 'DONE')).reduce((sum, entry) => sum + entry.minutes, 0);
  return {
    pathId: 1,
    employeeId: 1,
    sessionId: 1,
    generatedAt: new Date(0).toISOString(),
    threshold: 70,
    groups: [{ skill: { id: 1, name: 'SQL' }, category: 'CORE', score: 0, targetLevel: 3, level: { low: 1, high: 2 }, certainty: 0.947, closed: false, items }],
    completion: { total: items.length, done, inProgress: items.filter((entry) => entry.status === 'IN_PROGRESS').length, percent: Math.round((done / items.length) * 100), completed: done === items.length },
    time: { totalMinutes: items.reduce((sum, entry) => sum + entry.minutes, 0), leftMinutes: minutes(), thisWeekMinutes: minutes('THIS_WEEK'), laterMinutes: minutes('LATER'), hoursPerWeek: 3 },
    gaps: { total: 1, closed: 0, percent: 0 },
    notSure: [{ skillId: 7, name: 'Docker' }],
    ...overrides,
  };
}

const options = { linkFor: (contentId: number) => `https://skillcheck.example/open/${contentId}`, command: (words: string) => `/skillcheck ${words}` };

describe('the learning path card', () => {
  const fresh = pathOf([item(1, { startHere: true }), item(2, { difficulty: 'INTERMEDIATE', minutes: 90 }), item(3, { difficulty: 'ADVANCED', minutes: 150, week: 'LATER' })]);
  const card = learningPathCard(fresh, options);
  const text = plainText(card);

  it('gives only this week\'s items buttons: Open, the main one, and Done', () => {
    expect(buttonsOf(card).map((entry) => [entry.label, entry.style ?? null])).toEqual([
      ['Open', 'primary'],
      ['Done', null],
      ['Open', 'primary'],
      ['Done', null],
    ]);
    expect(buttonsOf(card).filter((entry) => entry.label === 'Open').map((entry) => entry.url)).toEqual(['https://skillcheck.example/open/1', 'https://skillcheck.example/open/2']);
  });

  it('marks where to start, says the gap with its level and certainty, each item\'s source and time, and this week against the budget', () => {
    expect(text).toContain('SQL · core skill · level 1-2, target 3 · gap, 94% sure');
    expect(text).toContain('▶ Start here: Item 1');
    expect(text).toContain('Article · 1 h · Beginner · Example Docs · Not started');
    expect(text).toContain('This week · 2 h 30 min of your 3 h a week');
    expect(text).toMatch(/For later · 1 item, 2 h 30 min[^\n]*\n○ Item 3 · SQL · 2 h 30 min · Advanced · Example Docs/);
    expect(text).toContain('Not sure yet about Docker: check-ins first, no course yet.');
    expect(card.summary).toBe('Your learning path: 3 items (5 h) for 1 gap, 0 done.');
  });

  it('puts the path\'s truth on top, one line each: items done and time left, gaps closed', () => {
    expect(text).toMatch(/Learning path ░+ 0% \(0 of 3 items done · 5 h left\)\nGaps closed ░+ 0% \(0 of 1 gap closed · check-ins close a gap when your answers reach the target\)/);
  });

  it('once everything is done: no buttons, every item listed as done, and the gap still open', () => {
    const finished = learningPathCard(pathOf([item(1, { status: 'DONE', week: 'DONE' }), item(2, { status: 'DONE', week: 'DONE' })]), options);
    const words = plainText(finished);
    expect(buttonsOf(finished)).toEqual([]);
    expect(words).toContain('Every item is done.');
    expect(words).toMatch(/Done · 2 items\n● Item 1 · SQL · 1 h · Beginner · Example Docs\n● Item 2/);
    expect(words).toMatch(/Learning path █+ 100% \(all 2 items done\)/);
    expect(words).toContain('0 of 1 gap closed');
  });

  it('says "Next up" once the path is begun, and a closed gap as closed', () => {
    const begun = pathOf([item(1, { status: 'DONE', week: 'DONE' }), item(2, { startHere: true })], { gaps: { total: 1, closed: 1, percent: 100 } });
    begun.groups[0]!.closed = true;
    const words = plainText(learningPathCard(begun, options));
    expect(words).toContain('▶ Next up: Item 2');
    expect(words).toContain('SQL · core skill · gap closed ✓');
    expect(words).toContain('1 of 1 gap closed 🎉');
  });

  it('is drawn with Open as the main button in Slack and Teams', () => {
    const slack = toSlackMessage(card);
    const slackButtons = JSON.stringify(slack.blocks);
    expect(slackButtons).toMatch(/"text":\{"type":"plain_text","text":"Open"[^}]*\}[^}]*"url":"https:\/\/skillcheck\.example\/open\/1","style":"primary"/);
    const teams = JSON.stringify(toAdaptiveCard(card));
    expect(teams).toMatch(/\{"type":"Action\.OpenUrl","title":"Open","url":"https:\/\/skillcheck\.example\/open\/1","style":"positive"\}/);
    expect(teams).toMatch(/\{"type":"Action\.Execute","title":"Done","verb":"[^"]+","data":\{"v":"1"\}\}/);
  });
});

describe('progress lines', () => {
  it('while an adaptive sitting runs: answers, the most still to go, skills settled', () => {
    const block = sittingProgressBlock(7, { asked: 8, atMost: 15, exact: false, skillsSettled: 4, skills: 10 });
    expect(block).toEqual({ type: 'progress', label: 'Assessment', percent: 47, detail: '7 questions answered · at most 8 to go · 4 of 10 skills settled' });
  });

  it('for a set drawn at once: answered of its length', () => {
    expect(sittingProgressBlock(12, { asked: 30, atMost: 30, exact: true, skillsSettled: 2, skills: 10 })).toMatchObject({ percent: 40, detail: '12 of 30 questions answered' });
  });

  it('nothing for a path without items or gaps', () => {
    expect(pathProgressBlocks(pathOf([item(1)], { gaps: { total: 0, closed: 0, percent: 0 } }))).toHaveLength(1);
    expect(pathProgressBlocks({ ...pathOf([item(1)]), completion: { total: 0, done: 0, inProgress: 0, percent: 0, completed: false }, gaps: { total: 0, closed: 0, percent: 0 } })).toEqual([]);
  });
});

describe('a digest entry', () => {
  const report = (overrides: Partial<DigestReportView> = {}): DigestReportView => ({
    employeeId: 1,
    employeeNumber: 'E1',
    name: 'Priya Natarajan',
    email: 'priya@example.org',
    roleName: 'Full-stack Developer',
    levelsHidden: false,
    step: { key: 'LEARNING_IN_PROGRESS', label: 'Learning in progress' },
    attention: 'ON_TRACK',
    needsAttention: false,
    assessmentInProgress: false,
    latest: null,
    verdicts: { gaps: 2, onTarget: 5, notSure: 3 },
    topGaps: [
      { name: 'SQL', score: 0 },
      { name: 'React', score: 33 },
    ],
    path: { done: 1, total: 9, percent: 11, leftMinutes: 610 },
    gapsClosed: { closed: 1, total: 2 },
    lastActivityAt: null,
    idleDays: null,
    stalled: false,
    changes: [],
    ...overrides,
  });

  it('says one thing a line, with no workflow percentage beside the path', () => {
    expect(reportLines(report())).toEqual([
      '**Priya Natarajan** · On track: learning in progress',
      'Results: 2 gaps (SQL, React), 5 on target, 3 not sure yet',
      'Learning path: 1 of 9 items done, 10 h 10 min left',
      'Gaps closed: 1 of 2',
    ]);
  });

  it('says "not started" once for someone never assessed, and how long a stalled report has been idle', () => {
    const notStarted = report({ step: { key: 'PROFILE_LOADED', label: 'Not assessed yet' }, attention: 'NOT_STARTED', needsAttention: true, verdicts: null, topGaps: [], path: null, gapsClosed: null });
    expect(reportLines(notStarted)).toEqual(['**Priya Natarajan** · **Not started**: no assessment yet']);
    expect(reportLines(report({ attention: 'STALLED', needsAttention: true, stalled: true, idleDays: 10, verdicts: null, topGaps: [], gapsClosed: null }))).toEqual([
      '**Priya Natarajan** · ⚠️ **Stalled**: nothing done for 10 days',
      'Learning path: 1 of 9 items done, 10 h 10 min left',
    ]);
  });

  it('a large team lists the people who need attention, each with a Nudge, and counts the rest', () => {
    const people = Array.from({ length: 20 }, (_, index) =>
      report({ employeeId: index + 1, name: `Person ${String(index + 1).padStart(2, '0')} Example`, ...(index < 3 ? { attention: 'NOT_STARTED' as const, needsAttention: true } : index < 5 ? { attention: 'DONE' as const } : {}) }),
    );
    const digest: TeamDigestView = {
      manager: { id: 99, name: 'Maya Chen', timezone: null },
      generatedAt: '2026-11-30T09:00:00.000Z',
      summary: { people: 20, assessed: 17, needAttention: 3, certainGaps: 34, pathItems: { done: 20, total: 180 }, commonGaps: [{ name: 'SQL', count: 17 }], aggregatesHidden: false },
      reports: people,
      heatMap: { manager: { id: 99, name: 'Maya Chen' }, generatedAt: '2026-11-30T09:00:00.000Z', skills: [], rows: [] },
    };
    const card = digestCard(digest);
    const shown = plainText(card);
    expect(shown).toContain('Person 01 Example');
    expect(shown).toContain('Person 03 Example');
    expect(shown).not.toContain('Person 04 Example');
    expect(shown).toContain('…and 17 more: 2 done, 15 on track.');
    expect(shown).not.toMatch(/\/api\//);
    expect(buttonsOf(card).map((entry) => entry.label)).toEqual(['Nudge Person', 'Nudge Person', 'Nudge Person', 'Team page in the web console', 'Team report (CSV)']);
    expect(buttonsOf(card).filter((entry) => entry.action === Action.nudge).map((entry) => entry.value)).toEqual(['1', '2', '3']);
    expect(card.summary).toBe('Team digest: 3 of 20 people need attention; 17 assessed.');
    expect(shown).toMatch(/Certain gaps across the team: 34 \(most common: SQL 17\)/);
    expect(shown).toMatch(/Learning items done: 20 of 180, over every path/);
  });
});
