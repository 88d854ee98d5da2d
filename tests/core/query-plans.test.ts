import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreDeps } from '../../src/app/create-core-deps.js';
import { prepareDatabase } from '../../src/app/database.js';
import { createLogger } from '../../src/app/logger.js';
import { loadConfig } from '../../src/config/config.js';
import { createCore, type Core } from '../../src/core/create-core.js';
import type { Db } from '../../src/core/ports/database.js';
import { parseDatabaseUrl } from '../../src/db/database-url.js';
import { createPrismaClient } from '../../src/db/prisma-client.js';

/** Tables that grow with every person and every assessment: a per-person read must never scan them. */
const GROWING = ['Employee', 'AssessmentSession', 'AssessmentSessionSkill', 'AssessmentQuestion', 'AssessmentAnswer', 'AssessmentResult', 'LearningPath', 'LearningPathItem', 'LearningProgress', 'LearningEvent', 'ChatIdentity', 'ChatCard', 'Delivery', 'SkillEstimate', 'ItemResponse', 'CheckIn'];

/** The table behind a name in a query plan: the name itself, or the table it aliases in the statement. */
function tableOf(sql: string, name: string): string {
  if (GROWING.includes(name)) return name;
  const aliased = new RegExp(`[\`"](\\w+)[\`"]\\s+(?:AS\\s+)?[\`"]?${name}[\`"]?(?!\\w)`, 'i').exec(sql);
  return aliased?.[1] ?? name;
}

/**
 * What runs on every click, command and dashboard read touches only the rows of that person: every
 * statement is planned by SQLite with an index on the growing tables (a relation `_count` once made
 * each dashboard read aggregate every question ever asked). Checked on SQLite query plans, whichever
 * database the rest of the suite runs on: the statement shapes are the same for both.
 */
describe('per-person reads and writes', () => {
  let directory: string;
  let db: Db;
  let core: Core;
  let statements: Set<string>;
  let filePath: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'skillcheck-plans-'));
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: `file:${join(directory, 'plans.db')}` });
    const prepared = await prepareDatabase(config, createLogger(config));
    await prepared.db.$disconnect();
    const target = parseDatabaseUrl(config.databaseUrl);
    filePath = (target as { filePath: string }).filePath;
    statements = new Set();
    db = await createPrismaClient(target, { onQuery: (sql) => statements.add(sql) });
    core = createCore(createCoreDeps(config, db, createLogger(config)));
  });

  afterAll(async () => {
    await db.$disconnect();
    rmSync(directory, { recursive: true, force: true });
  });

  it('use indexes only: assessment, clicks, results, path, dashboard, standing, live cards, chat identity, team digest', async () => {
    const employees = await db.employee.findMany({ where: { managerId: { not: null } }, select: { id: true }, orderBy: { id: 'asc' }, take: 2 });
    const [learner, other] = employees.map((employee) => employee.id) as [number, number];
    await db.chatIdentity.create({ data: { employeeId: learner, platform: 'slack', userId: 'U0PLAN' } });
    // Someone else's assessment in the tables too, so that a scan and an index lookup differ.
    await core.startAssessment({ employeeId: other });
    await core.generateQuestions({ employeeId: other });

    statements.clear();
    await core.findChatUser({ platform: 'slack', userId: 'U0PLAN' });
    await core.getDashboard({ employeeId: learner });
    // What chat reads on every command and press: where the person stands, and their live cards.
    await core.getStanding({ employeeId: learner });
    await core.saveLiveCard({ employeeId: learner, platform: 'slack', kind: 'assessment', messageRef: '{"c":"D1","ts":"1.1"}' });
    await core.saveLiveCard({ employeeId: learner, platform: 'slack', kind: 'assessment', messageRef: '{"c":"D1","ts":"1.2"}' });
    await core.findLiveCard({ employeeId: learner, platform: 'slack', kind: 'assessment' });
    await core.startAssessment({ employeeId: learner });
    let step = await core.continueAssessment({ employeeId: learner });
    while (step.kind === 'question') {
      const answer = await core.answerQuestion({ employeeId: learner, questionId: step.question.questionId, option: 'A' });
      // a retried click too
      await core.answerQuestion({ employeeId: learner, questionId: step.question.questionId, option: 'B' });
      if (answer.results) break;
      step = { kind: 'question', assessment: step.assessment, question: answer.outcome.next! };
    }
    await core.generateLearningPath({ employeeId: learner });
    await core.getStanding({ employeeId: learner });
    await core.getDashboard({ employeeId: learner });
    const manager = (await db.employee.findUniqueOrThrow({ where: { id: learner }, select: { managerId: true } })).managerId!;
    await core.getTeamDigest({ managerId: manager, stallDays: 7 });
    expect(statements.size).toBeGreaterThan(20);
    expect(scansOf(statements)).toEqual([]);
  });

  it('use indexes only: a check-in answered and the next one asked', async () => {
    const learner = (await db.assessmentSession.findFirstOrThrow({ where: { status: 'COMPLETED' }, select: { employeeId: true } })).employeeId;
    const estimate = await db.skillEstimate.findFirstOrThrow({ where: { employeeId: learner } });
    const question = await db.bankQuestion.findFirstOrThrow({ where: { skillId: estimate.skillId, status: 'ACTIVE' }, orderBy: { id: 'desc' } });
    const today = new Date().toISOString().slice(0, 10);
    await db.employee.update({ where: { id: learner }, data: { timezone: 'UTC' } });
    const checkIn = await db.checkIn.create({ data: { employeeId: learner, skillId: estimate.skillId, bankQuestionId: question.id, periodKey: today, position: 1, optionOrder: 'ABCD' } });

    statements.clear();
    await core.answerCheckIn({ employeeId: learner, checkInId: checkIn.id, option: 'DONT_KNOW', defaultTimezone: 'UTC' });
    await core.answerCheckIn({ employeeId: learner, checkInId: checkIn.id, option: 'A', defaultTimezone: 'UTC' }); // a retried press
    await core.nextCheckIn({ employeeId: learner, checkInId: checkIn.id, defaultTimezone: 'UTC' });
    expect(statements.size).toBeGreaterThan(10);
    expect(scansOf(statements)).toEqual([]);
  });

  it("use indexes only: the console's pages of a learner and of a manager's report", async () => {
    const sitting = await db.assessmentSession.findFirstOrThrow({ where: { status: 'COMPLETED' }, select: { id: true, employeeId: true } });
    const learner = await db.employee.findUniqueOrThrow({ where: { id: sitting.employeeId }, select: { id: true, managerId: true } });
    const manager = { employeeId: learner.managerId!, isAdmin: false, reports: 1 };

    statements.clear();
    await core.getSkillProfile({ employeeId: learner.id });
    await core.listSittings({ employeeId: learner.id });
    await core.getSitting({ employeeId: learner.id, sessionId: sitting.id });
    await core.getSkillTrends({ employeeId: learner.id });
    await core.findVisiblePerson({ viewer: manager, employeeId: learner.id });
    await core.getTeamHeatMap({ managerId: manager.employeeId });
    expect(statements.size).toBeGreaterThan(8);
    expect(scansOf(statements)).toEqual([]);
  });

  it('a learner read kept since the last write is one statement, on indexes: the read stamp', async () => {
    const learner = (await db.learningPath.findFirstOrThrow({ where: { currentSlot: { not: null } }, select: { employeeId: true } })).employeeId;
    for (const read of [() => core.getDashboard({ employeeId: learner }), () => core.getProgressBar({ employeeId: learner }), () => core.getLearningPath({ employeeId: learner })]) {
      await read();
      await read(); // a first dashboard read may write the profile summary, which the next read computes again
      const all: string[] = [];
      statements.clear();
      await read();
      all.push(...statements);
      expect(all).toHaveLength(1);
      expect(all[0]).toMatch(/"readVersion"/);
      expect(scansOf(statements)).toEqual([]);
    }
  });

  /** Every statement whose SQLite plan scans a growing table. */
  function scansOf(statements: Set<string>): string[] {
    const sqlite = new Database(filePath, { readonly: true });
    try {
      const scans: string[] = [];
      for (const sql of statements) {
        if (!/^\s*(SELECT|UPDATE|DELETE|INSERT)/i.test(sql)) continue;
        const parameters = (sql.match(/\?/g) ?? []).map(() => null);
        const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as Array<{ detail: string }>;
        for (const { detail } of plan) {
          // Plans name a table as `main.Table`, or by its alias in the statement (`t0`, `i`).
          const scanned = /^SCAN (?:\w+\.)?(\w+)/.exec(detail)?.[1];
          if (scanned && GROWING.includes(tableOf(sql, scanned))) scans.push(`${detail}\n    in ${sql.slice(0, 400)}`);
        }
      }
      return scans;
    } finally {
      sqlite.close();
    }
  }
});
