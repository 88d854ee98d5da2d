-- CreateTable
CREATE TABLE "Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "recipientId" INTEGER NOT NULL,
    "periodKey" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SENDING',
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "claimedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" DATETIME,
    "nextAttemptAt" DATETIME,
    "sentAt" DATETIME,
    "lastError" TEXT,
    "snapshot" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "Delivery_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Employee" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "slackUserId" TEXT,
    "slackTeamId" TEXT,
    "teamsAadObjectId" TEXT,
    "teamsUserId" TEXT,
    "remindersEnabled" BOOLEAN NOT NULL DEFAULT true,
    "notifyVia" TEXT NOT NULL DEFAULT 'AUTO',
    "profileSummary" TEXT,
    "profileSummaryKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Employee_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "TSRSkillProfile" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Employee_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Employee" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Employee" ("createdAt", "email", "employeeNumber", "id", "managerId", "name", "profileSummary", "profileSummaryKey", "remindersEnabled", "roleId", "slackTeamId", "slackUserId", "teamsAadObjectId", "teamsUserId", "timezone", "title", "updatedAt") SELECT "createdAt", "email", "employeeNumber", "id", "managerId", "name", "profileSummary", "profileSummaryKey", "remindersEnabled", "roleId", "slackTeamId", "slackUserId", "teamsAadObjectId", "teamsUserId", "timezone", "title", "updatedAt" FROM "Employee";
DROP TABLE "Employee";
ALTER TABLE "new_Employee" RENAME TO "Employee";
CREATE UNIQUE INDEX "Employee_employeeNumber_key" ON "Employee"("employeeNumber");
CREATE UNIQUE INDEX "Employee_email_key" ON "Employee"("email");
CREATE UNIQUE INDEX "Employee_slackUserId_key" ON "Employee"("slackUserId");
CREATE UNIQUE INDEX "Employee_teamsAadObjectId_key" ON "Employee"("teamsAadObjectId");
CREATE INDEX "Employee_managerId_idx" ON "Employee"("managerId");
CREATE INDEX "Employee_roleId_idx" ON "Employee"("roleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Delivery_status_idx" ON "Delivery"("status");

-- CreateIndex
CREATE INDEX "Delivery_recipientId_kind_sentAt_idx" ON "Delivery"("recipientId", "kind", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_kind_recipientId_periodKey_platform_key" ON "Delivery"("kind", "recipientId", "periodKey", "platform");
