-- CreateIndex
CREATE INDEX "AssessmentResult_skillId_idx" ON "AssessmentResult"("skillId");

-- CreateIndex
CREATE INDEX "AssessmentSessionSkill_skillId_idx" ON "AssessmentSessionSkill"("skillId");

-- CreateIndex
CREATE INDEX "LearningPath_sessionId_idx" ON "LearningPath"("sessionId");

-- CreateIndex
CREATE INDEX "LearningPathItem_skillId_idx" ON "LearningPathItem"("skillId");

-- CreateIndex
CREATE INDEX "LearningPathItem_contentId_idx" ON "LearningPathItem"("contentId");

-- CreateIndex
CREATE INDEX "LearningProgress_contentId_idx" ON "LearningProgress"("contentId");
