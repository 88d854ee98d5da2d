-- AlterTable
ALTER TABLE "AssessmentQuestion" ADD COLUMN "bankOptions" TEXT;

-- CreateTable
CREATE TABLE "SkillEstimate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "employeeId" INTEGER NOT NULL,
    "skillId" INTEGER NOT NULL,
    "mean" REAL NOT NULL,
    "sd" REAL NOT NULL,
    "answers" INTEGER NOT NULL DEFAULT 0,
    "measuredAt" DATETIME NOT NULL,
    "checkInCard" TEXT,
    "checkInDue" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SkillEstimate_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SkillEstimate_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ItemResponse" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bankQuestionId" INTEGER NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "skillId" INTEGER NOT NULL,
    "context" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "bankOption" TEXT,
    "abilityBefore" REAL NOT NULL,
    "answeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ItemResponse_bankQuestionId_fkey" FOREIGN KEY ("bankQuestionId") REFERENCES "BankQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemResponse_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemResponse_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "employeeId" INTEGER NOT NULL,
    "skillId" INTEGER NOT NULL,
    "bankQuestionId" INTEGER NOT NULL,
    "periodKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "optionOrder" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" DATETIME,
    "selectedOption" TEXT,
    "dontKnow" BOOLEAN NOT NULL DEFAULT false,
    "isCorrect" BOOLEAN,
    CONSTRAINT "CheckIn_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CheckIn_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CheckIn_bankQuestionId_fkey" FOREIGN KEY ("bankQuestionId") REFERENCES "BankQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bankQuestionId" INTEGER NOT NULL,
    "employeeId" INTEGER,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuestionReport_bankQuestionId_fkey" FOREIGN KEY ("bankQuestionId") REFERENCES "BankQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionReport_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AssessmentAnswer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "questionId" INTEGER NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "selectedOption" TEXT,
    "dontKnow" BOOLEAN NOT NULL DEFAULT false,
    "isCorrect" BOOLEAN NOT NULL,
    "answeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssessmentAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "AssessmentQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssessmentAnswer_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AssessmentSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_AssessmentAnswer" ("answeredAt", "id", "isCorrect", "questionId", "selectedOption", "sessionId") SELECT "answeredAt", "id", "isCorrect", "questionId", "selectedOption", "sessionId" FROM "AssessmentAnswer";
DROP TABLE "AssessmentAnswer";
ALTER TABLE "new_AssessmentAnswer" RENAME TO "AssessmentAnswer";
CREATE UNIQUE INDEX "AssessmentAnswer_questionId_key" ON "AssessmentAnswer"("questionId");
CREATE INDEX "AssessmentAnswer_sessionId_idx" ON "AssessmentAnswer"("sessionId");
CREATE TABLE "new_AssessmentResult" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sessionId" INTEGER NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "skillId" INTEGER NOT NULL,
    "asked" INTEGER NOT NULL,
    "correct" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "dontKnow" INTEGER NOT NULL DEFAULT 0,
    "targetLevel" INTEGER,
    "mean" REAL,
    "sd" REAL,
    "verdict" TEXT,
    "certainty" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssessmentResult_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AssessmentSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssessmentResult_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssessmentResult_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_AssessmentResult" ("asked", "correct", "createdAt", "employeeId", "id", "score", "sessionId", "skillId") SELECT "asked", "correct", "createdAt", "employeeId", "id", "score", "sessionId", "skillId" FROM "AssessmentResult";
DROP TABLE "AssessmentResult";
ALTER TABLE "new_AssessmentResult" RENAME TO "AssessmentResult";
CREATE INDEX "AssessmentResult_employeeId_idx" ON "AssessmentResult"("employeeId");
CREATE INDEX "AssessmentResult_skillId_idx" ON "AssessmentResult"("skillId");
CREATE UNIQUE INDEX "AssessmentResult_sessionId_skillId_key" ON "AssessmentResult"("sessionId", "skillId");
CREATE TABLE "new_AssessmentSession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "employeeId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'STARTED',
    "openSlot" INTEGER,
    "attempt" INTEGER NOT NULL,
    "questionsPerSkill" INTEGER NOT NULL,
    "adaptive" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "questionsGeneratedAt" DATETIME,
    "completedAt" DATETIME,
    "cancelledAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AssessmentSession_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_AssessmentSession" ("attempt", "cancelledAt", "completedAt", "employeeId", "id", "openSlot", "questionsGeneratedAt", "questionsPerSkill", "startedAt", "status", "updatedAt") SELECT "attempt", "cancelledAt", "completedAt", "employeeId", "id", "openSlot", "questionsGeneratedAt", "questionsPerSkill", "startedAt", "status", "updatedAt" FROM "AssessmentSession";
DROP TABLE "AssessmentSession";
ALTER TABLE "new_AssessmentSession" RENAME TO "AssessmentSession";
CREATE UNIQUE INDEX "AssessmentSession_openSlot_key" ON "AssessmentSession"("openSlot");
CREATE INDEX "AssessmentSession_employeeId_status_idx" ON "AssessmentSession"("employeeId", "status");
CREATE UNIQUE INDEX "AssessmentSession_employeeId_attempt_key" ON "AssessmentSession"("employeeId", "attempt");
CREATE TABLE "new_AssessmentSessionSkill" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sessionId" INTEGER NOT NULL,
    "skillId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "category" TEXT,
    "targetLevel" INTEGER,
    "priorMean" REAL NOT NULL DEFAULT 0,
    "priorSd" REAL NOT NULL DEFAULT 1,
    CONSTRAINT "AssessmentSessionSkill_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AssessmentSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssessmentSessionSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_AssessmentSessionSkill" ("category", "id", "position", "sessionId", "skillId", "targetLevel") SELECT "category", "id", "position", "sessionId", "skillId", "targetLevel" FROM "AssessmentSessionSkill";
DROP TABLE "AssessmentSessionSkill";
ALTER TABLE "new_AssessmentSessionSkill" RENAME TO "AssessmentSessionSkill";
CREATE INDEX "AssessmentSessionSkill_skillId_idx" ON "AssessmentSessionSkill"("skillId");
CREATE UNIQUE INDEX "AssessmentSessionSkill_sessionId_skillId_key" ON "AssessmentSessionSkill"("sessionId", "skillId");
CREATE UNIQUE INDEX "AssessmentSessionSkill_sessionId_position_key" ON "AssessmentSessionSkill"("sessionId", "position");
CREATE TABLE "new_BankQuestion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "skillId" INTEGER NOT NULL,
    "difficulty" TEXT NOT NULL,
    "stem" TEXT NOT NULL,
    "optionA" TEXT NOT NULL,
    "optionB" TEXT NOT NULL,
    "optionC" TEXT NOT NULL,
    "optionD" TEXT NOT NULL,
    "correctOption" TEXT NOT NULL,
    "explanation" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'BANK',
    "difficultyLogit" REAL NOT NULL DEFAULT 0,
    "answerCount" INTEGER NOT NULL DEFAULT 0,
    "rightCount" INTEGER NOT NULL DEFAULT 0,
    "dontKnowCount" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "reviewReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BankQuestion_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_BankQuestion" ("correctOption", "difficulty", "explanation", "id", "key", "optionA", "optionB", "optionC", "optionD", "skillId", "stem") SELECT "correctOption", "difficulty", "explanation", "id", "key", "optionA", "optionB", "optionC", "optionD", "skillId", "stem" FROM "BankQuestion";
DROP TABLE "BankQuestion";
ALTER TABLE "new_BankQuestion" RENAME TO "BankQuestion";
CREATE UNIQUE INDEX "BankQuestion_key_key" ON "BankQuestion"("key");
CREATE INDEX "BankQuestion_skillId_status_idx" ON "BankQuestion"("skillId", "status");
CREATE TABLE "new_Employee" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "employeeNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "timezone" TEXT,
    "roleId" INTEGER,
    "managerId" INTEGER,
    "remindersEnabled" BOOLEAN NOT NULL DEFAULT true,
    "checkInsEnabled" BOOLEAN NOT NULL DEFAULT true,
    "checkInsPausedUntil" DATETIME,
    "notifyVia" TEXT NOT NULL DEFAULT 'AUTO',
    "profileSummary" TEXT,
    "profileSummaryKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Employee_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "TSRSkillProfile" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Employee_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Employee" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Employee" ("createdAt", "email", "employeeNumber", "id", "managerId", "name", "notifyVia", "profileSummary", "profileSummaryKey", "remindersEnabled", "roleId", "timezone", "title", "updatedAt") SELECT "createdAt", "email", "employeeNumber", "id", "managerId", "name", "notifyVia", "profileSummary", "profileSummaryKey", "remindersEnabled", "roleId", "timezone", "title", "updatedAt" FROM "Employee";
DROP TABLE "Employee";
ALTER TABLE "new_Employee" RENAME TO "Employee";
CREATE UNIQUE INDEX "Employee_employeeNumber_key" ON "Employee"("employeeNumber");
CREATE UNIQUE INDEX "Employee_email_key" ON "Employee"("email");
CREATE INDEX "Employee_managerId_idx" ON "Employee"("managerId");
CREATE INDEX "Employee_roleId_idx" ON "Employee"("roleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SkillEstimate_skillId_idx" ON "SkillEstimate"("skillId");

-- CreateIndex
CREATE INDEX "SkillEstimate_checkInDue_idx" ON "SkillEstimate"("checkInDue");

-- CreateIndex
CREATE UNIQUE INDEX "SkillEstimate_employeeId_skillId_key" ON "SkillEstimate"("employeeId", "skillId");

-- CreateIndex
CREATE INDEX "ItemResponse_bankQuestionId_idx" ON "ItemResponse"("bankQuestionId");

-- CreateIndex
CREATE INDEX "ItemResponse_employeeId_idx" ON "ItemResponse"("employeeId");

-- CreateIndex
CREATE INDEX "ItemResponse_skillId_idx" ON "ItemResponse"("skillId");

-- CreateIndex
CREATE INDEX "CheckIn_bankQuestionId_idx" ON "CheckIn"("bankQuestionId");

-- CreateIndex
CREATE INDEX "CheckIn_skillId_idx" ON "CheckIn"("skillId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_employeeId_periodKey_position_key" ON "CheckIn"("employeeId", "periodKey", "position");

-- CreateIndex
CREATE INDEX "QuestionReport_bankQuestionId_idx" ON "QuestionReport"("bankQuestionId");

-- CreateIndex
CREATE INDEX "QuestionReport_employeeId_idx" ON "QuestionReport"("employeeId");

-- Questions that existed before calibration start from their label.
UPDATE "BankQuestion" SET "difficultyLogit" = CASE "difficulty" WHEN 'BEGINNER' THEN -1 WHEN 'ADVANCED' THEN 1 ELSE 0 END;
