import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src/core/errors.js';
import { unseenItems } from '../../src/core/measurement/items.js';
import { createTestApp, employeeId, snapshot, type TestApp } from '../helpers/test-app.js';

/**
 * Reporting a question asked in a check-in. Check-ins are sent by the scheduler, which is built
 * separately; until it is, the check-ins are written here as the scheduler writes them (the CheckIn
 * table), and the report goes through the core's use case, the one the check-in card's button calls.
 */
describe('reporting a check-in question', () => {
  let app: TestApp;
  let priya: number;
  let liam: number;
  let sqlQuestions: { id: number; skillId: number }[];

  beforeAll(async () => {
    app = await createTestApp();
    priya = await employeeId(app.db, 'E2001');
    liam = await employeeId(app.db, 'E2002');
    const sql = await app.db.skill.findUniqueOrThrow({ where: { key: 'sql' } });
    sqlQuestions = await app.db.bankQuestion.findMany({ where: { skillId: sql.id }, orderBy: { id: 'asc' }, take: 4, select: { id: true, skillId: true } });
  });
  afterAll(() => app.close());

  let position = 0;
  const checkIn = (employee: number, item: { id: number; skillId: number }, answered: boolean) =>
    app.db.checkIn.create({
      data: {
        employeeId: employee,
        skillId: item.skillId,
        bankQuestionId: item.id,
        periodKey: '2026-03-02',
        position: ++position,
        optionOrder: 'ABCD',
        ...(answered ? { answeredAt: new Date(), selectedOption: 'A', isCorrect: false } : {}),
      },
    });
  const refused = async (call: () => Promise<unknown>, code: ErrorCode) => {
    const before = await snapshot(app.db);
    await expect(call()).rejects.toMatchObject({ code });
    expect(await snapshot(app.db)).toEqual(before);
  };

  it('withholds the question at once and records the report once, also when pressed twice at once', async () => {
    const item = sqlQuestions[0]!;
    const answered = await checkIn(priya, item, true);
    const outcomes = await Promise.all([1, 2].map(() => app.core.reportQuestion({ employeeId: priya, question: { kind: 'checkin', id: answered.id }, reason: 'UNCLEAR' })));
    expect(outcomes.filter((outcome) => outcome.recorded)).toHaveLength(1);
    expect(outcomes.every((outcome) => outcome.withheld)).toBe(true);
    expect(await app.db.questionReport.findMany({ where: { bankQuestionId: item.id } })).toEqual([
      expect.objectContaining({ employeeId: priya, reason: 'UNCLEAR: The question is unclear.' }),
    ]);
    expect(await app.db.bankQuestion.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: 'REVIEW', reviewReason: 'Reported by a person: The question is unclear.' });
    // Nobody is offered it any more: not the reporter, not anyone else.
    for (const person of [priya, liam]) expect((await unseenItems(app.db, person, [item.skillId])).get(item.skillId)!.map((entry) => entry.id)).not.toContain(item.id);
  });

  it('only for a check-in of the person, once answered', async () => {
    const unanswered = await checkIn(priya, sqlQuestions[1]!, false);
    const liams = await checkIn(liam, sqlQuestions[2]!, true);
    await refused(() => app.core.reportQuestion({ employeeId: priya, question: { kind: 'checkin', id: unanswered.id }, reason: 'WRONG_KEY' }), 'QUESTION_NOT_ANSWERED');
    await refused(() => app.core.reportQuestion({ employeeId: priya, question: { kind: 'checkin', id: liams.id }, reason: 'WRONG_KEY' }), 'CHECK_IN_NOT_YOURS');
    await refused(() => app.core.reportQuestion({ employeeId: priya, question: { kind: 'checkin', id: 987_654 }, reason: 'WRONG_KEY' }), 'CHECK_IN_NOT_FOUND');
    await refused(() => app.core.reportQuestion({ employeeId: priya, question: { kind: 'checkin', id: liams.id }, reason: 'BORING' as never }), 'INVALID_INPUT');
    await refused(() => app.core.reportQuestion({ employeeId: priya, question: { kind: 'quiz' as never, id: liams.id }, reason: 'UNCLEAR' }), 'INVALID_INPUT');
    await refused(() => app.core.reportQuestion({ employeeId: 987_654, question: { kind: 'checkin', id: liams.id }, reason: 'UNCLEAR' }), 'EMPLOYEE_NOT_FOUND');
  });

  it('a question already withheld or retired stays so, and keeps the new report for the admin', async () => {
    const item = sqlQuestions[3]!;
    await app.db.bankQuestion.update({ where: { id: item.id }, data: { status: 'RETIRED' } });
    const answered = await checkIn(liam, item, true);
    expect(await app.core.reportQuestion({ employeeId: liam, question: { kind: 'checkin', id: answered.id }, reason: 'OUTDATED' })).toEqual({ recorded: true, withheld: true });
    expect(await app.db.bankQuestion.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: 'RETIRED', reviewReason: null });
    expect(await app.db.questionReport.count({ where: { bankQuestionId: item.id, employeeId: liam } })).toBe(1);
  });
});
