import { describe, expect, it } from 'vitest';
import { Action } from '../../src/chat/actions.js';
import { buttonsOf } from '../../src/chat/card/card.js';
import { plainText } from '../../src/chat/card/plain-text.js';
import { parseCommand } from '../../src/chat/conversation/commands.js';
import {
  answerReviewCards,
  readReportRef,
  reportReasonCard,
  reportRef,
  REVIEW_QUESTIONS_PER_CARD,
  reviewPages,
} from '../../src/chat/screens/answer-review.js';
import { checkInCard } from '../../src/chat/screens/check-in.js';
import type { AnswerReviewView, ReviewedAnswerView } from '../../src/core/assessment/review-views.js';
import type { CheckInView } from '../../src/core/checkins/views.js';
import { LIMITS, toSlackMessage } from '../../src/slack/render/block-kit.js';
import { slackCommand } from '../../src/slack/slack-surface.js';
import { CARD_BYTES_MAX, toAdaptiveCard } from '../../src/teams/render/adaptive-card.js';

const reviewed = (number: number, overrides: Partial<ReviewedAnswerView> = {}): ReviewedAnswerView => ({
  questionId: 100 + number,
  number,
  skill: { id: 1, name: 'SQL' },
  difficulty: 'INTERMEDIATE',
  stem: `Question ${number}: which clause filters groups?`,
  options: [
    { key: 'A', text: 'WHERE' },
    { key: 'B', text: 'HAVING' },
    { key: 'C', text: 'ORDER BY' },
    { key: 'D', text: 'LIMIT' },
  ],
  chosen: 'A',
  dontKnow: false,
  isCorrect: false,
  correctOption: 'B',
  correctText: 'HAVING',
  explanation: 'HAVING filters after grouping; WHERE filters rows before.',
  bankKey: `sql-${number}`,
  reported: false,
  ...overrides,
});

const review = (questions: ReviewedAnswerView[]): AnswerReviewView => ({
  sessionId: 7,
  employeeId: 3,
  completedAt: new Date(0).toISOString(),
  answered: questions.length,
  right: questions.filter((question) => question.isCorrect).length,
  dontKnow: questions.filter((question) => question.dontKnow).length,
  unanswered: 0,
  answersRemoved: false,
  questions,
});

describe('review cards', () => {
  it('split the questions in order, a few a card, and within a text budget', () => {
    const twelve = Array.from({ length: 12 }, (_, index) => reviewed(index + 1));
    expect(reviewPages(twelve).map((page) => page.map((question) => question.number))).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10],
      [11, 12],
    ]);
    const long = Array.from({ length: 5 }, (_, index) => reviewed(index + 1, { explanation: 'x'.repeat(3000) }));
    expect(reviewPages(long, REVIEW_QUESTIONS_PER_CARD, 9000).map((page) => page.length)).toEqual([2, 2, 1]);
    // A question larger than the budget still gets its own card.
    expect(reviewPages([reviewed(1, { explanation: 'x'.repeat(20_000) })], 5, 9000)).toHaveLength(1);
    expect(reviewPages([])).toEqual([]);
  });

  it('mark each answer right or wrong, write the right answer out with the explanation, and offer a report button', () => {
    const cards = answerReviewCards(
      review([
        reviewed(1, { chosen: 'B', isCorrect: true }),
        reviewed(2),
        reviewed(3, { chosen: null, dontKnow: true }),
        reviewed(4, { reported: true }),
        reviewed(5, { bankKey: null }),
      ]),
      { command: slackCommand },
    );
    expect(cards).toHaveLength(1);
    const text = plainText(cards[0]!);
    expect(text).toMatch(/You answered 5 questions: 1 right, 1 "I don't know"\./);
    expect(text).toContain('✓ Question 1 · SQL');
    expect(text).toContain('✓ You answered it right: B. HAVING');
    expect(text).toContain('✗ Question 2 · SQL');
    expect(text).toContain('A. WHERE ✗ (your answer)');
    expect(text).toContain('B. HAVING ✓');
    expect(text).toContain('✗ You answered A. The right answer: B. HAVING');
    expect(text).toContain('✗ You said "I don\'t know". The right answer: B. HAVING');
    expect(text).toContain('Why: HAVING filters after grouping; WHERE filters rows before.');
    expect(text).toContain('You reported this question');
    // One report button a question, except the one already reported and the one outside the bank.
    const reports = buttonsOf(cards[0]!).filter((entry) => entry.action === Action.reportQuestion);
    expect(reports.map((entry) => entry.value)).toEqual(['s101:1', 's102:2', 's103:3']);
  });

  it('stay within Slack\'s and Teams\' limits with the longest questions a bank allows, nothing cut', () => {
    const longest = Array.from({ length: 20 }, (_, index) =>
      reviewed(index + 1, {
        stem: `${index + 1} ${'Which <b>one</b> & why? '.repeat(40)}`.slice(0, 1000),
        options: (['A', 'B', 'C', 'D'] as const).map((key) => ({ key, text: `${key} ${'option text '.repeat(30)}`.slice(0, 300) })),
        correctText: `B ${'option text '.repeat(30)}`.slice(0, 300),
        explanation: 'Because it is so. '.repeat(110).slice(0, 2000),
      }),
    );
    const cards = answerReviewCards(review(longest), { command: slackCommand });
    expect(cards.length).toBeGreaterThan(1);
    expect(cards.flatMap((entry) => buttonsOf(entry)).filter((entry) => entry.action === Action.reportQuestion)).toHaveLength(20);
    for (const [index, entry] of cards.entries()) {
      expect(entry.summary.startsWith(`Your answers (${index + 1} of ${cards.length})`)).toBe(true);
      const slack = toSlackMessage(entry);
      expect(slack.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
      expect(JSON.stringify(slack.blocks)).not.toMatch(/does not fit/);
      for (const block of slack.blocks) {
        const value = (block.text as { text?: string } | undefined)?.text ?? '';
        expect(value.length).toBeLessThanOrEqual(LIMITS.text);
        expect(value.endsWith('…')).toBe(false);
      }
      const teams = toAdaptiveCard(entry);
      expect(Buffer.byteLength(JSON.stringify(teams))).toBeLessThanOrEqual(CARD_BYTES_MAX);
      expect(JSON.stringify(teams)).not.toMatch(/does not fit/);
    }
  });

  it('a review without answers says so', () => {
    const cards = answerReviewCards({ ...review([]), unanswered: 3 }, { command: slackCommand });
    expect(cards).toHaveLength(1);
    expect(plainText(cards[0]!)).toMatch(/left every question of that assessment unanswered/);
  });

  it('a review whose answers the retention purge deleted says they are no longer kept, not that they were left unanswered', () => {
    const cards = answerReviewCards({ ...review([]), unanswered: 3, answersRemoved: true }, { command: slackCommand });
    expect(cards).toHaveLength(1);
    expect(plainText(cards[0]!)).toMatch(/answers of that assessment are no longer kept/);
    expect(plainText(cards[0]!)).not.toMatch(/unanswered/);
  });

  it('ask for the reason of a report, with "Not now"', () => {
    const ask = reportReasonCard({ kind: 'sitting', id: 42 }, 3);
    expect(plainText(ask)).toMatch(/Report question 3\? What is wrong with it\?/);
    expect(buttonsOf(ask).map((entry) => [entry.label, entry.value ?? ''])).toEqual([
      ['The marked answer is wrong', 's42:WRONG_KEY'],
      ['The question is unclear', 's42:UNCLEAR'],
      ['It is out of date', 's42:OUTDATED'],
      ['Not now', ''],
    ]);
    expect(plainText(reportReasonCard({ kind: 'checkin', id: 5 }, null))).toMatch(/Report this question\?/);
  });

  it('name the reported question in button values, read back the same', () => {
    expect(reportRef({ kind: 'checkin', id: 9 })).toBe('c9');
    expect(readReportRef('s42:WRONG_KEY')).toEqual({ kind: 'sitting', id: 42, rest: 'WRONG_KEY' });
    expect(readReportRef('c9')).toEqual({ kind: 'checkin', id: 9, rest: '' });
    for (const bad of ['', 'x42', 's', 's-1', '42']) expect(readReportRef(bad)).toBeNull();
  });
});

describe('a check-in card', () => {
  const checkIn: CheckInView = {
    checkInId: 12,
    employeeId: 3,
    periodKey: '2026-11-23',
    position: 1,
    perDay: 3,
    skill: { id: 1, name: 'SQL' },
    difficulty: 'INTERMEDIATE',
    stem: 'Which clause filters groups?',
    options: reviewed(1).options,
    answer: null,
    next: null,
    ended: null,
  };

  it('offers "Report this question" once it is answered, naming the check-in', () => {
    expect(buttonsOf(checkInCard(checkIn, slackCommand)).some((entry) => entry.action === Action.reportQuestion)).toBe(false);
    const answered = checkInCard(
      {
        ...checkIn,
        answer: { recorded: true, selectedOption: 'A', dontKnow: false, isCorrect: false, correctOption: 'B', explanation: 'HAVING filters groups.', gapClosed: false, standing: null },
        ended: 'dailyLimit',
      },
      slackCommand,
    );
    const report = buttonsOf(answered).find((entry) => entry.action === Action.reportQuestion)!;
    expect(report.label).toBe('Report this question');
    expect(readReportRef(report.value!)).toEqual({ kind: 'checkin', id: 12, rest: '' });
  });
});

describe('the review command', () => {
  it('is understood in a few ways', () => {
    for (const words of ['review', 'answers', 'show me my answers', 'the right answers please', 'explanations', 'Skillcheck REVIEW']) {
      expect(parseCommand(words), words).toMatchObject({ kind: 'command', name: 'review' });
    }
    expect(parseCommand('reveiw')).toMatchObject({ kind: 'unknown', suggestion: 'review' });
  });
});
