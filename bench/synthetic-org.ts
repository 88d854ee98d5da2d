import Database from 'better-sqlite3';

/**
 * A large synthetic company written straight into a migrated, seeded SQLite file (fast bulk inserts):
 * `managers` managers with `reportsPerManager` reports each, on the demo roles; 60% of the reports
 * assessed, 40% with a learning path partly done, and learning events spread over the last weeks.
 */
export function addSyntheticOrg(filePath: string, options: { managers: number; reportsPerManager: number; now: Date }): { managerIds: number[]; employees: number } {
  const db = new Database(filePath);
  db.pragma('foreign_keys = ON');
  const roles = db.prepare('SELECT id FROM "TSRSkillProfile" ORDER BY id').all() as { id: number }[];
  const roleSkills = db.prepare('SELECT profileId, skillId, category FROM "TSRSkill" ORDER BY id').all() as { profileId: number; skillId: number; category: string }[];
  const content = db.prepare('SELECT id, skillId FROM "LearningContent" ORDER BY id').all() as { id: number; skillId: number }[];
  const now = options.now.getTime();
  const insertEmployee = db.prepare(
    'INSERT INTO "Employee" (employeeNumber, name, email, title, timezone, roleId, managerId, remindersEnabled, notifyVia, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, 1, \'AUTO\', ?, ?)',
  );
  const insertSession = db.prepare(
    'INSERT INTO "AssessmentSession" (employeeId, status, openSlot, attempt, questionsPerSkill, startedAt, questionsGeneratedAt, completedAt, updatedAt) VALUES (?, \'COMPLETED\', NULL, 1, 3, ?, ?, ?, ?)',
  );
  const insertSessionSkill = db.prepare('INSERT INTO "AssessmentSessionSkill" (sessionId, skillId, position, category, targetLevel) VALUES (?, ?, ?, ?, 3)');
  const insertResult = db.prepare('INSERT INTO "AssessmentResult" (sessionId, employeeId, skillId, asked, correct, score, createdAt) VALUES (?, ?, ?, 3, ?, ?, ?)');
  const insertPath = db.prepare('INSERT INTO "LearningPath" (employeeId, sessionId, currentSlot, threshold, createdAt) VALUES (?, ?, ?, 70, ?)');
  const insertItem = db.prepare('INSERT INTO "LearningPathItem" (pathId, contentId, skillId, position, score, reason) VALUES (?, ?, ?, ?, 0, \'synthetic\')');
  const insertProgress = db.prepare('INSERT INTO "LearningProgress" (employeeId, contentId, status, updatedAt) VALUES (?, ?, ?, ?)');
  const insertEvent = db.prepare('INSERT INTO "LearningEvent" (employeeId, type, data, createdAt) VALUES (?, ?, \'{}\', ?)');
  const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Europe/Berlin', 'Australia/Sydney'];
  const managerIds: number[] = [];
  let employees = 0;
  db.transaction(() => {
    for (let m = 0; m < options.managers; m++) {
      const role = roles[m % roles.length]!.id;
      const managerId = Number(insertEmployee.run(`BM${m}`, `Manager ${m}`, `manager${m}@bench.example`, 'Manager', zones[m % zones.length], role, null, now, now).lastInsertRowid);
      managerIds.push(managerId);
      for (let r = 0; r < options.reportsPerManager; r++) {
        const n = m * options.reportsPerManager + r;
        const reportRole = roles[n % roles.length]!.id;
        const id = Number(insertEmployee.run(`BE${n}`, `Employee ${n}`, `employee${n}@bench.example`, 'Engineer', zones[n % zones.length], reportRole, managerId, now, now).lastInsertRowid);
        employees += 1;
        insertEvent.run(id, 'PROFILE_LOADED', now - ((n % 30) + 1) * 86_400_000);
        if (n % 10 >= 6) continue; // 60% assessed
        const at = now - ((n % 20) + 1) * 86_400_000;
        const sessionId = Number(insertSession.run(id, at, at, at, at).lastInsertRowid);
        const skills = roleSkills.filter((entry) => entry.profileId === reportRole);
        skills.forEach((skill, index) => {
          insertSessionSkill.run(sessionId, skill.skillId, index + 1, skill.category);
          const correct = (n + index) % 4;
          insertResult.run(sessionId, id, skill.skillId, correct, Math.round((correct / 3) * 100), at);
        });
        insertEvent.run(id, 'ASSESSMENT_SUBMITTED', at);
        if (n % 10 >= 4) continue; // 40% with a path
        const gapSkills = skills.filter((_, index) => (n + index) % 4 < 2).slice(0, 3);
        const pathId = Number(insertPath.run(id, sessionId, id, at).lastInsertRowid);
        let position = 1;
        for (const skill of gapSkills) {
          for (const item of content.filter((entry) => entry.skillId === skill.skillId).slice(0, 2)) {
            insertItem.run(pathId, item.id, skill.skillId, position++);
            insertProgress.run(id, item.id, position % 3 === 0 ? 'DONE' : position % 3 === 1 ? 'IN_PROGRESS' : 'NOT_STARTED', at);
          }
        }
        insertEvent.run(id, 'CONTENT_STARTED', at + 3_600_000);
      }
    }
  })();
  db.close();
  return { managerIds, employees };
}
