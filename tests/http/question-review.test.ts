import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { shownLetter } from '../../src/core/measurement/items.js';
import { MIN_ANSWERS_FOR_REVIEW } from '../../src/core/measurement/rules/item-quality.js';
import {
  answerReviewViewSchema,
  bankQuestionListViewSchema,
  bankQuestionViewSchema,
  questionReportOutcomeSchema,
  questionSetViewSchema,
  reviewQueueViewSchema,
} from '../../src/http/rest/view-schemas.js';
import { snapshot } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

type Letter = 'A' | 'B' | 'C' | 'D';
const LETTERS: Letter[] = ['A', 'B', 'C', 'D'];

/** A bank question as the import reads it. */
const question = (id: string, stem: string, options: [string, string, string, string], answer: Letter, difficulty = 'INTERMEDIATE') => ({
  id,
  difficulty,
  stem,
  options: { A: options[0], B: options[1], C: options[2], D: options[3] },
  answer,
  explanation: `Explanation of ${id}.`,
});

/**
 * Reviewing answers and the question bank's review queue over HTTP, on the real server: the learner's
 * review of a scored assessment and "report this question", the statistics withholding a question with a
 * wrong key after enough people answered it, and the admin's queue, approve, edit and retire.
 */
describe('REST API: reviewing answers and questions', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ QUESTIONS_PER_SKILL: '3' });
  });
  afterAll(() => server.stop());

  async function json<S extends z.ZodType>(response: Response, status: number, schema: S): Promise<z.infer<S>> {
    const body = await response.json();
    expect(response.status, JSON.stringify(body).slice(0, 500)).toBe(status);
    return schema.parse(body);
  }
  async function expectError(response: Response, status: number, code: string) {
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(response.status, JSON.stringify(body)).toBe(status);
    expect(body.error.code).toBe(code);
    return body.error;
  }

  /** One skill, a role expecting only it, its bank questions, and people with that role and a self-rated level each. */
  async function importSkill(key: string, questions: ReturnType<typeof question>[], levels: number[]): Promise<number[]> {
    const body = {
      skills: [{ key, name: `Skill ${key}`, aliases: [], description: '' }],
      roles: [{ key: `${key}-role`, name: `Role ${key}`, skills: [{ skill: key, category: 'CORE', targetLevel: 3 }] }],
      employees: levels.map((level, index) => ({
        employeeNumber: `${key}-${index}`,
        name: `Person ${index} of ${key}`,
        email: `person${index}@${key}.example.com`,
        role: `${key}-role`,
        skills: [{ skill: key, level }],
      })),
      questionBank: [{ skill: key, questions }],
    };
    const response = await server.call(`/api/v1/admin/import?name=${key}.json`, { json: body });
    expect(response.status, await response.clone().text()).toBe(200);
    const people = await server.db.employee.findMany({ where: { employeeNumber: { startsWith: `${key}-` } }, orderBy: { id: 'asc' } });
    return people.map((person) => person.id);
  }

  /** A sitting over REST: start, the questions, and a submit with the answers `choose` gives (by bank key and shown order). */
  async function sit(employeeId: number, choose: (asked: { bankKey: string; shown: (bank: Letter) => Letter; correct: Letter }) => Letter | null) {
    const base = `/api/v1/learner/${employeeId}`;
    expect((await server.call(`${base}/assessment/start/`, { method: 'POST' })).status).toBe(201);
    const set = await json(await server.call(`${base}/assessment/questions/`, { method: 'POST' }), 200, questionSetViewSchema);
    const rows = await server.db.assessmentQuestion.findMany({ where: { sessionId: set.assessment.sessionId }, orderBy: { position: 'asc' } });
    const answers: Record<string, string> = {};
    for (const row of rows) {
      const choice = choose({ bankKey: row.bankKey!, shown: (bank) => shownLetter(row.bankOptions, bank), correct: row.correctOption as Letter });
      if (choice) answers[String(row.id)] = choice;
    }
    expect((await server.call(`${base}/assessment/submit/`, { json: { answers } })).status).toBe(200);
    return { sessionId: set.assessment.sessionId, keys: rows.map((row) => row.bankKey!), rows };
  }

  const bankRow = (key: string) => server.db.bankQuestion.findUniqueOrThrow({ where: { key } });

  describe('a person reviews their answers', () => {
    let people: number[];
    beforeAll(async () => {
      people = await importSkill(
        'review-http',
        [
          question('rh-1', 'Which `git` command records staged changes?', ['git add', 'git commit', 'git push', 'git stash'], 'B', 'BEGINNER'),
          question('rh-2', 'Which HTTP status code means Not Found?', ['200', '301', '404', '500'], 'C'),
          question('rh-3', 'Which SQL clause filters groups?', ['WHERE', 'HAVING', 'ORDER BY', 'LIMIT'], 'B', 'ADVANCED'),
        ],
        [3, 3],
      );
    });

    it('nothing to review before an assessment is scored; an open one keeps its keys hidden', async () => {
      const [first] = people;
      await expectError(await server.call(`/api/v1/learner/${first}/results/answers/`), 409, 'NOTHING_TO_REVIEW');
      await server.call(`/api/v1/learner/${first}/assessment/start/`, { method: 'POST' });
      const set = await json(await server.call(`/api/v1/learner/${first}/assessment/questions/`, { method: 'POST' }), 200, questionSetViewSchema);
      const open = set.assessment.sessionId;
      await expectError(await server.call(`/api/v1/learner/${first}/results/answers/?sessionId=${open}`), 409, 'ASSESSMENT_NOT_SCORED');
      await expectError(await server.call(`/api/v1/learner/${first}/results/answers`), 409, 'NOTHING_TO_REVIEW');
      // Nor can a question of the open sitting be reported.
      await expectError(
        await server.call(`/api/v1/learner/${first}/results/answers/${set.questions[0]!.questionId}/report/`, { json: { reason: 'UNCLEAR' } }),
        409,
        'QUESTION_NOT_ANSWERED',
      );
      await server.call(`/api/v1/learner/${first}/assessment/submit/`, { json: { answers: {} } });
    });

    it('shows every answered question in order: the options as shown, the choice, the right option, the explanation and the bank key', async () => {
      const [, second] = people;
      let asked = 0;
      const sitting = await sit(second!, ({ correct }) => {
        asked += 1;
        // Right, wrong, and the last one left unanswered.
        return asked === 1 ? correct : asked === 2 ? LETTERS.find((letter) => letter !== correct)! : null;
      });
      const review = await json(await server.call(`/api/v1/learner/${second}/results/answers/`), 200, answerReviewViewSchema);
      expect(review).toMatchObject({ sessionId: sitting.sessionId, employeeId: second, answered: 2, right: 1, dontKnow: 0, unanswered: 1 });
      expect(review.questions.map((entry) => entry.number)).toEqual([1, 2]);
      for (const [index, entry] of review.questions.entries()) {
        const row = sitting.rows[index]!;
        const bank = await bankRow(row.bankKey!);
        expect(entry).toMatchObject({ questionId: row.id, stem: bank.stem, bankKey: bank.key, explanation: bank.explanation, correctOption: row.correctOption, reported: false });
        expect(entry.options).toEqual(LETTERS.map((key) => ({ key, text: row[`option${key}`] })));
        expect(entry.correctText).toBe(bank[`option${bank.correctOption as Letter}`]);
      }
      expect(review.questions[0]).toMatchObject({ isCorrect: true, chosen: review.questions[0]!.correctOption });
      expect(review.questions[1]!.isCorrect).toBe(false);
      expect(review.questions[1]!.chosen).not.toBe(review.questions[1]!.correctOption);
      // The same sitting named by its id; the first person's (unanswered) sitting lists nothing.
      expect(await json(await server.call(`/api/v1/learner/${second}/results/answers?sessionId=${sitting.sessionId}`), 200, answerReviewViewSchema)).toEqual(review);
      const empty = await json(await server.call(`/api/v1/learner/${people[0]}/results/answers`), 200, answerReviewViewSchema);
      expect(empty).toMatchObject({ answered: 0, unanswered: 3, questions: [] });
    });

    it("only the person's own sittings: someone else's is not found, a malformed id is refused", async () => {
      const [first, second] = people;
      const theirs = (await server.db.assessmentSession.findFirstOrThrow({ where: { employeeId: second } })).id;
      await expectError(await server.call(`/api/v1/learner/${first}/results/answers?sessionId=${theirs}`), 404, 'ASSESSMENT_NOT_FOUND');
      await expectError(await server.call(`/api/v1/learner/${first}/results/answers?sessionId=abc`), 422, 'VALIDATION_FAILED');
      await expectError(await server.call(`/api/v1/learner/999999/results/answers`), 404, 'EMPLOYEE_NOT_FOUND');
      await expectError(await server.call(`/api/v1/learner/${first}/results/answers`, { token: null }), 401, 'UNAUTHORIZED');
    });
  });

  describe('a reported question leaves circulation', () => {
    let people: number[];
    beforeAll(async () => {
      people = await importSkill(
        'report-http',
        [
          question('rp-1', 'Which port does HTTPS use by default?', ['21', '80', '443', '8080'], 'C'),
          question('rp-2', 'Which command lists files in a directory?', ['ls', 'cd', 'rm', 'mv'], 'A', 'BEGINNER'),
          question('rp-3', 'Which data structure is first in, first out?', ['stack', 'queue', 'tree', 'heap'], 'B'),
          question('rp-4', 'Which JSON value is not allowed?', ['null', 'true', 'undefined', '1.5'], 'C', 'ADVANCED'),
        ],
        [1, 2, 3, 4, 5, 3, 2, 4],
      );
    });

    it('is withheld at once, reported once per person, and never asked again to the reporter or anyone', async () => {
      const [reporter, other, ...rest] = people;
      const first = await sit(reporter!, ({ correct }) => correct);
      expect(first.keys).toHaveLength(3);
      const reportedKey = first.keys[1]!;
      const reportedQuestion = first.rows[1]!.id;
      const path = `/api/v1/learner/${reporter}/results/answers/${reportedQuestion}/report/`;

      // Someone else cannot report it; a reason must be one of the three.
      await sit(other!, ({ correct }) => correct);
      await expectError(await server.call(`/api/v1/learner/${other}/results/answers/${reportedQuestion}/report`, { json: { reason: 'WRONG_KEY' } }), 403, 'QUESTION_NOT_YOURS');
      await expectError(await server.call(path, { json: { reason: 'BORING' } }), 422, 'VALIDATION_FAILED');
      await expectError(await server.call(`/api/v1/learner/${reporter}/results/answers/987654/report`, { json: { reason: 'UNCLEAR' } }), 404, 'QUESTION_NOT_FOUND');
      expect(await server.db.questionReport.count({ where: { question: { key: reportedKey } } })).toBe(0);

      expect(await json(await server.call(path, { json: { reason: 'WRONG_KEY' } }), 201, questionReportOutcomeSchema)).toEqual({ recorded: true, withheld: true });
      const before = await snapshot(server.db);
      expect(await json(await server.call(path, { json: { reason: 'UNCLEAR' } }), 200, questionReportOutcomeSchema)).toEqual({ recorded: false, withheld: true });
      expect(await snapshot(server.db)).toEqual(before);

      const withheld = await bankRow(reportedKey);
      expect(withheld).toMatchObject({ status: 'REVIEW', reviewReason: 'Reported by a person: The marked answer is wrong.' });
      const reports = await server.db.questionReport.findMany({ where: { bankQuestionId: withheld.id } });
      expect(reports).toEqual([expect.objectContaining({ employeeId: reporter, reason: 'WRONG_KEY: The marked answer is wrong.' })]);
      const review = await json(await server.call(`/api/v1/learner/${reporter}/results/answers`), 200, answerReviewViewSchema);
      expect(review.questions.map((entry) => entry.reported)).toEqual([false, true, false]);

      // Everyone else who sits now gets the three questions still in circulation; the reporter's next sitting too.
      for (const person of [...rest, reporter!]) {
        const sitting = await sit(person, ({ correct }) => correct);
        expect(sitting.keys, `person ${person}`).not.toContain(reportedKey);
        expect(sitting.keys).toHaveLength(3);
      }
      expect((await bankRow(reportedKey)).answerCount).toBe(2);

      // In the queue with the report; approved, it is asked again, and the report stays.
      const queue = await json(await server.call('/api/v1/admin/questions/review'), 200, reviewQueueViewSchema);
      const queued = queue.questions.find((entry) => entry.key === reportedKey)!;
      expect(queued.reports).toEqual([
        { by: 'person', employee: { id: reporter!, name: 'Person 0 of report-http' }, code: 'WRONG_KEY', reason: 'The marked answer is wrong.', reportedAt: expect.any(String) },
      ]);
      expect(queued.statistics).toMatchObject({ answerCount: 2, rightCount: 2, rightShare: 1 });
      const approved = await json(await server.call(`/api/v1/admin/questions/${reportedKey}/approve`, { method: 'POST' }), 200, bankQuestionViewSchema);
      expect(approved).toMatchObject({ status: 'ACTIVE', reviewReason: null });
      expect(await server.db.questionReport.count({ where: { bankQuestionId: withheld.id } })).toBe(1);
      const queueAfter = await json(await server.call('/api/v1/admin/questions/review'), 200, reviewQueueViewSchema);
      expect(queueAfter.questions.map((entry) => entry.key)).not.toContain(reportedKey);
      // Reporting it again after the approval changes nothing: one report per person and question.
      expect(await json(await server.call(path, { json: { reason: 'OUTDATED' } }), 200, questionReportOutcomeSchema)).toEqual({ recorded: false, withheld: false });
      expect((await bankRow(reportedKey)).status).toBe('ACTIVE');
    });
  });

  describe('a question with a wrong key is flagged by its statistics', () => {
    const PEOPLE = 40;
    /** Strong (self-rated 4-5) and weak (1-2) people, alternating, so every stretch of answers has both. */
    const levels = Array.from({ length: PEOPLE }, (_, index) => [5, 1, 4, 2][index % 4]!);
    const wrongKey = 'pl-wrong';

    it('strong people pick the truly right answer, weak ones guess; after enough answers the question is withheld and queued', async () => {
      const people = await importSkill(
        'planted',
        [
          question('pl-easy', 'Which keyword declares a constant in JavaScript?', ['var', 'let', 'const', 'static'], 'C', 'BEGINNER'),
          // The planted question: 2 + 2 is 4 (B), but the bank says A.
          question(wrongKey, 'What is 2 + 2?', ['3', '4', '5', '22'], 'A', 'BEGINNER'),
          question('pl-hard', 'Which isolation level prevents phantom reads?', ['Read uncommitted', 'Read committed', 'Repeatable read', 'Serializable'], 'D', 'ADVANCED'),
        ],
        levels,
      );
      const guess = (person: number, key: string): Letter => LETTERS[(person * 7 + key.length * 3) % 4]!;
      const asked: string[][] = [];
      for (const [index, person] of people.entries()) {
        const strong = levels[index]! >= 4;
        const sitting = await sit(person, ({ bankKey, shown, correct }) => {
          if (!strong) return guess(person, bankKey);
          return bankKey === wrongKey ? shown('B') : correct;
        });
        asked.push(sitting.keys);
        const item = await bankRow(wrongKey);
        if (item.answerCount < MIN_ANSWERS_FOR_REVIEW) expect(item.status, `after ${item.answerCount} answers`).toBe('ACTIVE');
      }

      const item = await bankRow(wrongKey);
      expect(item).toMatchObject({ status: 'REVIEW', answerCount: MIN_ANSWERS_FOR_REVIEW });
      expect(item.reviewReason).toMatch(/option B was chosen \d+ times and the key A \d+ times: the key may be wrong/);
      const reports = await server.db.questionReport.findMany({ where: { bankQuestionId: item.id } });
      expect(reports).toEqual([expect.objectContaining({ employeeId: null, reason: expect.stringMatching(/^DISTRACTOR_BEATS_KEY: /) })]);
      // Withheld from the 30th answer on: the people after that were never asked it.
      expect(asked.filter((keys) => keys.includes(wrongKey))).toHaveLength(MIN_ANSWERS_FOR_REVIEW);
      expect(asked.slice(-5).every((keys) => !keys.includes(wrongKey) && keys.length === 2)).toBe(true);
      // The working questions are not flagged.
      for (const key of ['pl-easy', 'pl-hard']) expect((await bankRow(key)).status).toBe('ACTIVE');

      const queue = await json(await server.call('/api/v1/admin/questions/review'), 200, reviewQueueViewSchema);
      const queued = queue.questions.find((entry) => entry.key === wrongKey)!;
      expect(queued.reports).toEqual([expect.objectContaining({ by: 'statistics', employee: null, code: 'DISTRACTOR_BEATS_KEY' })]);
      expect(queued.statistics).toMatchObject({ answerCount: 30, rightCount: item.rightCount, dontKnowCount: 0 });
      expect(queued.statistics.rightShare).toBeCloseTo(item.rightCount / 30);
      expect(queued.statistics.difficultyLogit).toBe(item.difficultyLogit);
      const { strong, weak } = queued.halves!;
      expect(strong.answers).toBe(15);
      expect(weak.answers).toBe(15);
      expect(strong.chosen.B).toBeGreaterThan(strong.chosen.A);
      expect(strong.rightShare!).toBeLessThan(weak.rightShare! + 0.01);
      expect(queue.questions.map((entry) => entry.key)).not.toContain('pl-easy');
    });

    it('an edit of the answer puts it back with its statistics started again; the reports stay', async () => {
      const item = await bankRow(wrongKey);
      expect(await server.db.itemResponse.count({ where: { bankQuestionId: item.id } })).toBe(30);
      const edited = await json(await server.call(`/api/v1/admin/questions/${wrongKey}`, { method: 'PATCH', json: { answer: 'B' } }), 200, bankQuestionViewSchema);
      expect(edited).toMatchObject({
        status: 'ACTIVE',
        reviewReason: null,
        answer: 'B',
        statistics: { answerCount: 0, rightCount: 0, dontKnowCount: 0, rightShare: null, difficultyLogit: -1 },
      });
      expect(await server.db.itemResponse.count({ where: { bankQuestionId: item.id } })).toBe(0);
      expect(await server.db.questionReport.count({ where: { bankQuestionId: item.id } })).toBe(1);
    });
  });

  describe('the admin routes', () => {
    it('list the bank by status and skill, with statistics', async () => {
      const all = await json(await server.call('/api/v1/admin/questions'), 200, bankQuestionListViewSchema);
      expect(all.questions.length).toBe(await server.db.bankQuestion.count());
      const planted = await json(await server.call('/api/v1/admin/questions?skill=planted'), 200, bankQuestionListViewSchema);
      expect(planted.questions.map((entry) => entry.key)).toEqual(['pl-easy', 'pl-hard', 'pl-wrong']);
      expect(planted.questions[0]!.statistics.answerCount).toBe(40);
      const active = await json(await server.call('/api/v1/admin/questions?status=ACTIVE&skill=planted'), 200, bankQuestionListViewSchema);
      expect(active.questions.every((entry) => entry.status === 'ACTIVE')).toBe(true);
      await expectError(await server.call('/api/v1/admin/questions?skill=no-such-skill'), 404, 'SKILL_NOT_FOUND');
      await expectError(await server.call('/api/v1/admin/questions?status=GONE'), 422, 'VALIDATION_FAILED');
    });

    it('edit validates as every question is, and an explanation or label alone keeps the statistics', async () => {
      const before = await snapshot(server.db);
      const invalid = await expectError(
        await server.call('/api/v1/admin/questions/pl-easy', { method: 'PATCH', json: { options: { A: 'const', C: 'CONST' } } }),
        422,
        'QUESTION_INVALID',
      );
      expect(invalid.message).toMatch(/options not distinct/);
      await expectError(await server.call('/api/v1/admin/questions/pl-easy', { method: 'PATCH', json: {} }), 422, 'VALIDATION_FAILED');
      await expectError(await server.call('/api/v1/admin/questions/pl-easy', { method: 'PATCH', json: { answer: 'E' } }), 422, 'VALIDATION_FAILED');
      await expectError(await server.call('/api/v1/admin/questions/no-such-question', { method: 'PATCH', json: { stem: 'Why?' } }), 404, 'QUESTION_NOT_FOUND');
      expect(await snapshot(server.db)).toEqual(before);

      const easy = await bankRow('pl-easy');
      const edited = await json(
        await server.call('/api/v1/admin/questions/pl-easy', { method: 'PATCH', json: { explanation: 'const makes a binding that cannot be reassigned.', difficulty: 'INTERMEDIATE' } }),
        200,
        bankQuestionViewSchema,
      );
      expect(edited).toMatchObject({ explanation: 'const makes a binding that cannot be reassigned.', difficulty: 'INTERMEDIATE', status: 'ACTIVE' });
      expect(edited.statistics).toMatchObject({ answerCount: easy.answerCount, rightCount: easy.rightCount, difficultyLogit: easy.difficultyLogit });
      expect(await server.db.itemResponse.count({ where: { bankQuestionId: easy.id } })).toBe(easy.answerCount);
    });

    it('retire takes a question out for good: approve and edit refuse it, and nobody is asked it', async () => {
      const retired = await json(await server.call('/api/v1/admin/questions/pl-hard/retire/', { method: 'POST' }), 200, bankQuestionViewSchema);
      expect(retired.status).toBe('RETIRED');
      expect((await json(await server.call('/api/v1/admin/questions/pl-hard/retire', { method: 'POST' }), 200, bankQuestionViewSchema)).status).toBe('RETIRED');
      await expectError(await server.call('/api/v1/admin/questions/pl-hard/approve', { method: 'POST' }), 409, 'QUESTION_RETIRED');
      await expectError(await server.call('/api/v1/admin/questions/pl-hard', { method: 'PATCH', json: { stem: 'Which level?' } }), 409, 'QUESTION_RETIRED');
      const list = await json(await server.call('/api/v1/admin/questions?status=RETIRED&skill=planted'), 200, bankQuestionListViewSchema);
      expect(list.questions.map((entry) => entry.key)).toEqual(['pl-hard']);
      // A person of the role who has not seen it is asked the two others only.
      const fresh = await server.db.employee.findFirstOrThrow({ where: { employeeNumber: 'planted-0' } });
      await server.call(`/api/v1/learner/${fresh.id}/assessment/start/`, { method: 'POST' });
      const set = await json(await server.call(`/api/v1/learner/${fresh.id}/assessment/questions/`, { method: 'POST' }), 200, questionSetViewSchema);
      const keys = (await server.db.assessmentQuestion.findMany({ where: { sessionId: set.assessment.sessionId } })).map((row) => row.bankKey);
      expect(keys).not.toContain('pl-hard');
      await server.call(`/api/v1/learner/${fresh.id}/assessment/submit/`, { json: { answers: {} } });
    });

    it('need the API token, and are in the OpenAPI document', async () => {
      await expectError(await server.call('/api/v1/admin/questions/review', { token: null }), 401, 'UNAUTHORIZED');
      await expectError(await server.call('/api/v1/admin/questions/pl-easy', { method: 'PATCH', json: { stem: 'x?' }, token: 'wrong' }), 403, 'FORBIDDEN');
      const document = (await (await server.call('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
      expect(document.paths['/api/v1/admin/questions']?.get?.operationId).toBe('listBankQuestions');
      expect(document.paths['/api/v1/admin/questions/review']?.get?.operationId).toBe('getReviewQueue');
      expect(document.paths['/api/v1/admin/questions/{key}/approve']?.post?.operationId).toBe('approveBankQuestion');
      expect(document.paths['/api/v1/admin/questions/{key}']?.patch?.operationId).toBe('editBankQuestion');
      expect(document.paths['/api/v1/admin/questions/{key}/retire']?.post?.operationId).toBe('retireBankQuestion');
      expect(document.paths['/api/v1/learner/{employeeId}/results/answers/']?.get?.operationId).toBe('getAnswerReview');
      expect(document.paths['/api/v1/learner/{employeeId}/results/answers/{questionId}/report/']?.post?.operationId).toBe('reportQuestion');
    });
  });
});
