-- CreateEnum
CREATE TYPE "ItemStatus" AS ENUM ('ACTIVE', 'REVIEW', 'RETIRED');

-- AlterEnum
ALTER TYPE "DeliveryKind" ADD VALUE 'CHECKIN';

-- DropIndex
DROP INDEX "BankQuestion_skillId_idx";

-- AlterTable
ALTER TABLE "AssessmentAnswer" ADD COLUMN     "dontKnow" BOOLEAN NOT NULL DEFAULT false,
ALTER COLUMN "selectedOption" DROP NOT NULL;

-- AlterTable
ALTER TABLE "AssessmentQuestion" ADD COLUMN     "bankOptions" TEXT;

-- AlterTable
ALTER TABLE "AssessmentResult" ADD COLUMN     "certainty" DOUBLE PRECISION,
ADD COLUMN     "dontKnow" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mean" DOUBLE PRECISION,
ADD COLUMN     "sd" DOUBLE PRECISION,
ADD COLUMN     "targetLevel" INTEGER,
ADD COLUMN     "verdict" TEXT;

-- AlterTable
ALTER TABLE "AssessmentSession" ADD COLUMN     "adaptive" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "AssessmentSessionSkill" ADD COLUMN     "priorMean" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "priorSd" DOUBLE PRECISION NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "BankQuestion" ADD COLUMN     "answerCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "difficultyLogit" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "dontKnowCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reviewReason" TEXT,
ADD COLUMN     "rightCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "source" "QuestionSource" NOT NULL DEFAULT 'BANK',
ADD COLUMN     "status" "ItemStatus" NOT NULL DEFAULT 'ACTIVE',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Employee" ADD COLUMN     "checkInsEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "checkInsPausedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SkillEstimate" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "skillId" INTEGER NOT NULL,
    "mean" DOUBLE PRECISION NOT NULL,
    "sd" DOUBLE PRECISION NOT NULL,
    "answers" INTEGER NOT NULL DEFAULT 0,
    "measuredAt" TIMESTAMP(3) NOT NULL,
    "checkInCard" TEXT,
    "checkInDue" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkillEstimate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemResponse" (
    "id" SERIAL NOT NULL,
    "bankQuestionId" INTEGER NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "skillId" INTEGER NOT NULL,
    "context" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "bankOption" TEXT,
    "abilityBefore" DOUBLE PRECISION NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "skillId" INTEGER NOT NULL,
    "bankQuestionId" INTEGER NOT NULL,
    "periodKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "optionOrder" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "selectedOption" TEXT,
    "dontKnow" BOOLEAN NOT NULL DEFAULT false,
    "isCorrect" BOOLEAN,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionReport" (
    "id" SERIAL NOT NULL,
    "bankQuestionId" INTEGER NOT NULL,
    "employeeId" INTEGER,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionReport_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "BankQuestion_skillId_status_idx" ON "BankQuestion"("skillId", "status");

-- AddForeignKey
ALTER TABLE "SkillEstimate" ADD CONSTRAINT "SkillEstimate_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillEstimate" ADD CONSTRAINT "SkillEstimate_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemResponse" ADD CONSTRAINT "ItemResponse_bankQuestionId_fkey" FOREIGN KEY ("bankQuestionId") REFERENCES "BankQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemResponse" ADD CONSTRAINT "ItemResponse_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemResponse" ADD CONSTRAINT "ItemResponse_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_bankQuestionId_fkey" FOREIGN KEY ("bankQuestionId") REFERENCES "BankQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionReport" ADD CONSTRAINT "QuestionReport_bankQuestionId_fkey" FOREIGN KEY ("bankQuestionId") REFERENCES "BankQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionReport" ADD CONSTRAINT "QuestionReport_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Questions that existed before calibration start from their label.
UPDATE "BankQuestion" SET "difficultyLogit" = CASE "difficulty" WHEN 'BEGINNER' THEN -1 WHEN 'ADVANCED' THEN 1 ELSE 0 END;
