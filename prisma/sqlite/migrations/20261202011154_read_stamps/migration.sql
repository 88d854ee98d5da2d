-- CreateTable
CREATE TABLE "CatalogueStamp" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "profileSummary" TEXT,
    "profileSummaryKey" TEXT,
    "readVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Employee_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "TSRSkillProfile" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Employee_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Employee" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Employee" ("checkInsEnabled", "checkInsPausedUntil", "createdAt", "email", "employeeNumber", "id", "isAdmin", "managerId", "name", "notifyVia", "profileSummary", "profileSummaryKey", "remindersEnabled", "roleId", "timezone", "title", "updatedAt") SELECT "checkInsEnabled", "checkInsPausedUntil", "createdAt", "email", "employeeNumber", "id", "isAdmin", "managerId", "name", "notifyVia", "profileSummary", "profileSummaryKey", "remindersEnabled", "roleId", "timezone", "title", "updatedAt" FROM "Employee";
DROP TABLE "Employee";
ALTER TABLE "new_Employee" RENAME TO "Employee";
CREATE UNIQUE INDEX "Employee_employeeNumber_key" ON "Employee"("employeeNumber");
CREATE UNIQUE INDEX "Employee_email_key" ON "Employee"("email");
CREATE INDEX "Employee_managerId_idx" ON "Employee"("managerId");
CREATE INDEX "Employee_roleId_idx" ON "Employee"("roleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Read stamps (src/core/reads/read-stamps.ts; written by tools/db/read-stamp-triggers.ts)
INSERT INTO "CatalogueStamp" ("id", "version") VALUES (1, 0);
CREATE TRIGGER "Employee_read_stamp" AFTER UPDATE ON "Employee" WHEN NEW."readVersion" = OLD."readVersion" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "EmployeeSkill_read_stamp_insert" AFTER INSERT ON "EmployeeSkill" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; END;
CREATE TRIGGER "EmployeeSkill_read_stamp_update" AFTER UPDATE ON "EmployeeSkill" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId" AND "id" IS NOT NEW."employeeId"; END;
CREATE TRIGGER "EmployeeSkill_read_stamp_delete" AFTER DELETE ON "EmployeeSkill" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId"; END;
CREATE TRIGGER "AssessmentSession_read_stamp_insert" AFTER INSERT ON "AssessmentSession" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; END;
CREATE TRIGGER "AssessmentSession_read_stamp_update" AFTER UPDATE ON "AssessmentSession" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId" AND "id" IS NOT NEW."employeeId"; END;
CREATE TRIGGER "AssessmentSession_read_stamp_delete" AFTER DELETE ON "AssessmentSession" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId"; END;
CREATE TRIGGER "AssessmentSessionSkill_read_stamp_insert" AFTER INSERT ON "AssessmentSessionSkill" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = NEW."sessionId"); END;
CREATE TRIGGER "AssessmentSessionSkill_read_stamp_update" AFTER UPDATE ON "AssessmentSessionSkill" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = NEW."sessionId"); UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = OLD."sessionId") AND "id" IS NOT (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = NEW."sessionId"); END;
CREATE TRIGGER "AssessmentSessionSkill_read_stamp_delete" AFTER DELETE ON "AssessmentSessionSkill" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = OLD."sessionId"); END;
CREATE TRIGGER "AssessmentQuestion_read_stamp_insert" AFTER INSERT ON "AssessmentQuestion" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = NEW."sessionId"); END;
CREATE TRIGGER "AssessmentQuestion_read_stamp_update" AFTER UPDATE ON "AssessmentQuestion" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = NEW."sessionId"); UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = OLD."sessionId") AND "id" IS NOT (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = NEW."sessionId"); END;
CREATE TRIGGER "AssessmentQuestion_read_stamp_delete" AFTER DELETE ON "AssessmentQuestion" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = OLD."sessionId"); END;
CREATE TRIGGER "AssessmentAnswer_read_stamp_insert" AFTER INSERT ON "AssessmentAnswer" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = NEW."sessionId"); END;
CREATE TRIGGER "AssessmentAnswer_read_stamp_update" AFTER UPDATE ON "AssessmentAnswer" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = NEW."sessionId"); UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = OLD."sessionId") AND "id" IS NOT (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = NEW."sessionId"); END;
CREATE TRIGGER "AssessmentAnswer_read_stamp_delete" AFTER DELETE ON "AssessmentAnswer" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = OLD."sessionId"); END;
CREATE TRIGGER "AssessmentResult_read_stamp_insert" AFTER INSERT ON "AssessmentResult" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; END;
CREATE TRIGGER "AssessmentResult_read_stamp_update" AFTER UPDATE ON "AssessmentResult" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId" AND "id" IS NOT NEW."employeeId"; END;
CREATE TRIGGER "AssessmentResult_read_stamp_delete" AFTER DELETE ON "AssessmentResult" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId"; END;
CREATE TRIGGER "SkillEstimate_read_stamp_insert" AFTER INSERT ON "SkillEstimate" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; END;
CREATE TRIGGER "SkillEstimate_read_stamp_update" AFTER UPDATE ON "SkillEstimate" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId" AND "id" IS NOT NEW."employeeId"; END;
CREATE TRIGGER "SkillEstimate_read_stamp_delete" AFTER DELETE ON "SkillEstimate" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId"; END;
CREATE TRIGGER "ItemResponse_read_stamp_insert" AFTER INSERT ON "ItemResponse" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; END;
CREATE TRIGGER "ItemResponse_read_stamp_update" AFTER UPDATE ON "ItemResponse" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId" AND "id" IS NOT NEW."employeeId"; END;
CREATE TRIGGER "ItemResponse_read_stamp_delete" AFTER DELETE ON "ItemResponse" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId"; END;
CREATE TRIGGER "CheckIn_read_stamp_insert" AFTER INSERT ON "CheckIn" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; END;
CREATE TRIGGER "CheckIn_read_stamp_update" AFTER UPDATE ON "CheckIn" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId" AND "id" IS NOT NEW."employeeId"; END;
CREATE TRIGGER "CheckIn_read_stamp_delete" AFTER DELETE ON "CheckIn" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId"; END;
CREATE TRIGGER "QuestionReport_read_stamp_insert" AFTER INSERT ON "QuestionReport" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; END;
CREATE TRIGGER "QuestionReport_read_stamp_update" AFTER UPDATE ON "QuestionReport" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId" AND "id" IS NOT NEW."employeeId"; END;
CREATE TRIGGER "QuestionReport_read_stamp_delete" AFTER DELETE ON "QuestionReport" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId"; END;
CREATE TRIGGER "LearningPath_read_stamp_insert" AFTER INSERT ON "LearningPath" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; END;
CREATE TRIGGER "LearningPath_read_stamp_update" AFTER UPDATE ON "LearningPath" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId" AND "id" IS NOT NEW."employeeId"; END;
CREATE TRIGGER "LearningPath_read_stamp_delete" AFTER DELETE ON "LearningPath" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId"; END;
CREATE TRIGGER "LearningPathItem_read_stamp_insert" AFTER INSERT ON "LearningPathItem" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "LearningPath" WHERE "id" = NEW."pathId"); END;
CREATE TRIGGER "LearningPathItem_read_stamp_update" AFTER UPDATE ON "LearningPathItem" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "LearningPath" WHERE "id" = NEW."pathId"); UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "LearningPath" WHERE "id" = OLD."pathId") AND "id" IS NOT (SELECT "employeeId" FROM "LearningPath" WHERE "id" = NEW."pathId"); END;
CREATE TRIGGER "LearningPathItem_read_stamp_delete" AFTER DELETE ON "LearningPathItem" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = (SELECT "employeeId" FROM "LearningPath" WHERE "id" = OLD."pathId"); END;
CREATE TRIGGER "LearningProgress_read_stamp_insert" AFTER INSERT ON "LearningProgress" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; END;
CREATE TRIGGER "LearningProgress_read_stamp_update" AFTER UPDATE ON "LearningProgress" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId" AND "id" IS NOT NEW."employeeId"; END;
CREATE TRIGGER "LearningProgress_read_stamp_delete" AFTER DELETE ON "LearningProgress" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId"; END;
CREATE TRIGGER "LearningEvent_read_stamp_insert" AFTER INSERT ON "LearningEvent" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; END;
CREATE TRIGGER "LearningEvent_read_stamp_update" AFTER UPDATE ON "LearningEvent" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = NEW."employeeId"; UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId" AND "id" IS NOT NEW."employeeId"; END;
CREATE TRIGGER "LearningEvent_read_stamp_delete" AFTER DELETE ON "LearningEvent" BEGIN UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = OLD."employeeId"; END;
CREATE TRIGGER "Skill_catalogue_stamp_insert" AFTER INSERT ON "Skill" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Skill_catalogue_stamp_update" AFTER UPDATE ON "Skill" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Skill_catalogue_stamp_delete" AFTER DELETE ON "Skill" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "SkillAlias_catalogue_stamp_insert" AFTER INSERT ON "SkillAlias" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "SkillAlias_catalogue_stamp_update" AFTER UPDATE ON "SkillAlias" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "SkillAlias_catalogue_stamp_delete" AFTER DELETE ON "SkillAlias" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "TSRSkillProfile_catalogue_stamp_insert" AFTER INSERT ON "TSRSkillProfile" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "TSRSkillProfile_catalogue_stamp_update" AFTER UPDATE ON "TSRSkillProfile" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "TSRSkillProfile_catalogue_stamp_delete" AFTER DELETE ON "TSRSkillProfile" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "TSRSkill_catalogue_stamp_insert" AFTER INSERT ON "TSRSkill" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "TSRSkill_catalogue_stamp_update" AFTER UPDATE ON "TSRSkill" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "TSRSkill_catalogue_stamp_delete" AFTER DELETE ON "TSRSkill" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "LearningContent_catalogue_stamp_insert" AFTER INSERT ON "LearningContent" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "LearningContent_catalogue_stamp_update" AFTER UPDATE ON "LearningContent" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "LearningContent_catalogue_stamp_delete" AFTER DELETE ON "LearningContent" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "BankQuestion_catalogue_stamp_insert" AFTER INSERT ON "BankQuestion" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "BankQuestion_catalogue_stamp_update" AFTER UPDATE OF "key", "skillId", "difficulty", "stem", "optionA", "optionB", "optionC", "optionD", "correctOption", "explanation", "source", "status" ON "BankQuestion" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "BankQuestion_catalogue_stamp_delete" AFTER DELETE ON "BankQuestion" BEGIN UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1; END;
