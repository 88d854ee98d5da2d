import { describe, expect, it } from 'vitest';
import { applyQuestionEdit, type QuestionContent } from '../../../src/core/admin/rules/question-edit.js';
import { MIN_ANSWERS_FOR_REVIEW, qualityFlag, splitByAbility, summariseHalf, type ItemAnswer } from '../../../src/core/measurement/rules/item-quality.js';
import { isReportReason, readReport, REPORT_REASONS, reportedReason, reportText } from '../../../src/core/measurement/rules/report-reasons.js';

const answer = (abilityBefore: number, option: string | null, key = 'A'): ItemAnswer => ({
  abilityBefore,
  option,
  outcome: option === null ? 'dontKnow' : option === key ? 'right' : 'wrong',
});

describe('splitting answers at the median ability', () => {
  it('gives the weaker and the stronger half the same size, the median person in neither when the count is odd', () => {
    const answers = [0.5, -2, 3, 1, -1].map((ability) => answer(ability, 'A'));
    const { weak, strong } = splitByAbility(answers);
    expect(weak.map((entry) => entry.abilityBefore)).toEqual([-2, -1]);
    expect(strong.map((entry) => entry.abilityBefore)).toEqual([1, 3]);
  });

  it('leaves the input as it was', () => {
    const answers = [2, 1, 0].map((ability) => answer(ability, 'A'));
    splitByAbility(answers);
    expect(answers.map((entry) => entry.abilityBefore)).toEqual([2, 1, 0]);
  });

  it('summarises a half: answers, right, "I don\'t know", the right share and each option chosen', () => {
    const summary = summariseHalf([answer(0, 'A'), answer(0, 'B'), answer(0, 'B'), answer(0, null)]);
    expect(summary).toEqual({ answers: 4, right: 1, dontKnow: 1, rightShare: 0.25, chosen: { A: 1, B: 2, C: 0, D: 0 } });
    expect(summariseHalf([]).rightShare).toBeNull();
  });
});

describe('the quality flag (after factoring out the split)', () => {
  const many = (count: number, make: (index: number) => ItemAnswer) => Array.from({ length: count }, (_, index) => make(index));

  it('says nothing under the trusted count of answers', () => {
    const wrongKey = many(MIN_ANSWERS_FOR_REVIEW - 1, (i) => answer(i, i >= 15 ? 'B' : 'A'));
    expect(qualityFlag(wrongKey, 'A')).toBeNull();
  });

  it('flags a distractor that the stronger half choose more than the key (a wrong key)', () => {
    const answers = many(40, (i) => answer(i - 20, i >= 20 ? 'B' : (['A', 'B', 'C', 'D'] as const)[i % 4]!));
    expect(qualityFlag(answers, 'A')).toMatchObject({ code: 'DISTRACTOR_BEATS_KEY' });
    expect(qualityFlag(answers, 'A')!.reason).toMatch(/option B was chosen 20 times and the key A 0 times/);
  });

  it('flags a question the stronger half get right less often than the weaker half', () => {
    // Strong: half right, half "I don't know"; weak: all right. No distractor beats the key.
    const answers = many(40, (i) => answer(i, i < 20 ? 'A' : i % 2 === 0 ? 'A' : null));
    expect(qualityFlag(answers, 'A')).toMatchObject({ code: 'STRONG_MISS_MORE' });
  });

  it('passes a working question: the strong get it right more often, and choose the key', () => {
    const answers = many(40, (i) => answer(i, i >= 20 ? 'A' : (['A', 'B', 'C', 'D'] as const)[i % 4]!));
    expect(qualityFlag(answers, 'A')).toBeNull();
  });
});

describe('report reasons', () => {
  it('knows the three reasons a person gives, and nothing else', () => {
    expect(Object.keys(REPORT_REASONS)).toEqual(['WRONG_KEY', 'UNCLEAR', 'OUTDATED']);
    expect(isReportReason('WRONG_KEY')).toBe(true);
    for (const other of ['wrong_key', 'toString', '', null, 3]) expect(isReportReason(other)).toBe(false);
  });

  it('stores a report as "CODE: words" and reads it back; text without a code is read as words', () => {
    const stored = reportText('UNCLEAR', REPORT_REASONS.UNCLEAR);
    expect(stored).toBe('UNCLEAR: The question is unclear.');
    expect(readReport(stored)).toEqual({ code: 'UNCLEAR', text: 'The question is unclear.' });
    expect(readReport('DISTRACTOR_BEATS_KEY: Among the stronger half: the key may be wrong.')).toEqual({
      code: 'DISTRACTOR_BEATS_KEY',
      text: 'Among the stronger half: the key may be wrong.',
    });
    expect(readReport('free text: with a colon')).toEqual({ code: null, text: 'free text: with a colon' });
    expect(reportedReason('OUTDATED')).toBe('Reported by a person: It is out of date.');
  });
});

describe('editing a bank question', () => {
  const current: QuestionContent = {
    stem: 'Which status code means Not Found?',
    optionA: '200',
    optionB: '404',
    optionC: '500',
    optionD: '302',
    correctOption: 'A',
    explanation: 'Wrong key.',
    difficulty: 'BEGINNER',
  };

  it('changes what is named and keeps the rest; a new answer is a content change', () => {
    const { next, contentChanged, labelChanged } = applyQuestionEdit(current, { answer: 'B' });
    expect(next).toEqual({ ...current, correctOption: 'B' });
    expect(contentChanged).toBe(true);
    expect(labelChanged).toBe(false);
  });

  it('counts a changed stem or option as a content change, after trimming', () => {
    expect(applyQuestionEdit(current, { stem: '  Which status code means Gone? ' })).toMatchObject({ contentChanged: true, next: { stem: 'Which status code means Gone?' } });
    expect(applyQuestionEdit(current, { options: { C: '410' } })).toMatchObject({ contentChanged: true, next: { optionA: '200', optionC: '410' } });
  });

  it('does not count the same text again, an explanation or a label as a content change', () => {
    expect(applyQuestionEdit(current, { stem: ` ${current.stem} `, options: { A: '200' }, answer: 'A' }).contentChanged).toBe(false);
    const relabelled = applyQuestionEdit(current, { explanation: ' 404 is Not Found. ', difficulty: 'INTERMEDIATE' });
    expect(relabelled).toMatchObject({ contentChanged: false, labelChanged: true, next: { explanation: '404 is Not Found.', difficulty: 'INTERMEDIATE' } });
  });

  it('changes nothing for an empty edit', () => {
    expect(applyQuestionEdit(current, {})).toEqual({ next: current, contentChanged: false, labelChanged: false, changed: [] });
  });

  it('names the parts that differ (what the audit log records), not the fields sent', () => {
    expect(applyQuestionEdit(current, { stem: ` ${current.stem} `, options: { A: '200' }, answer: 'A', explanation: 'Wrong key.', difficulty: 'BEGINNER' }).changed).toEqual([]);
    expect(applyQuestionEdit(current, { options: { D: '301' }, explanation: 'Better.' }).changed).toEqual(['options', 'explanation']);
    expect(applyQuestionEdit(current, { stem: 'Gone?', answer: 'B', difficulty: 'ADVANCED' }).changed).toEqual(['stem', 'answer', 'difficulty']);
  });
});
