import type { CoreDeps } from './context.js';
import { answerQuestion } from './use-cases/chat/answer-question.js';
import { findChatUser, linkChatUser } from './use-cases/chat/chat-identity.js';
import { continueAssessment } from './use-cases/chat/continue-assessment.js';
import { findConversation, saveConversation } from './use-cases/chat/conversation-references.js';
import { findLiveCard, saveLiveCard } from './use-cases/chat/live-cards.js';
import { cancelAssessment } from './use-cases/cancel-assessment.js';
import { previewAssessment } from './use-cases/preview-assessment.js';
import { getStanding } from './use-cases/get-standing.js';
import { completeContent } from './use-cases/complete-content.js';
import { generateLearningPath } from './use-cases/generate-learning-path.js';
import { generateQuestions } from './use-cases/generate-questions.js';
import { getCurrentQuestion } from './use-cases/get-current-question.js';
import { getDashboard } from './use-cases/get-dashboard.js';
import { getLearningPath } from './use-cases/get-learning-path.js';
import { getProfile } from './use-cases/get-profile.js';
import { getProgressBar } from './use-cases/get-progress-bar.js';
import { getResults } from './use-cases/get-results.js';
import { getTeam } from './use-cases/get-team.js';
import { deliverDigests } from './use-cases/notifications/deliver-digests.js';
import { deliverReminders } from './use-cases/notifications/deliver-reminders.js';
import { getTeamDigest } from './use-cases/notifications/get-team-digest.js';
import { setReminders } from './use-cases/notifications/set-reminders.js';
import { getTeamReport } from './use-cases/notifications/team-report.js';
import { findEmployee } from './use-cases/directory/find-employee.js';
import { listEmployees } from './use-cases/directory/list-employees.js';
import { matchEmployees } from './use-cases/directory/match-employees.js';
import { exportOrganisation } from './use-cases/admin/export-organisation.js';
import { importOrganisation } from './use-cases/admin/import-organisation.js';
import { openContent } from './use-cases/open-content.js';
import { recordAnswer } from './use-cases/record-answer.js';
import { startAssessment } from './use-cases/start-assessment.js';
import { startContent } from './use-cases/start-content.js';
import { submitAssessment } from './use-cases/submit-assessment.js';

type Bound<F> = F extends (deps: CoreDeps, input: infer I) => infer R ? (input: I) => R : never;
const bind = <F extends (deps: CoreDeps, input: never) => unknown>(deps: CoreDeps, useCase: F) =>
  ((input: never) => useCase(deps, input)) as Bound<F>;

/** The workflow core's public face: every use case, bound to its dependencies. Adapters call only this. */
export function createCore(deps: CoreDeps) {
  return {
    getProfile: bind(deps, getProfile),
    getDashboard: bind(deps, getDashboard),
    getStanding: bind(deps, getStanding),
    previewAssessment: bind(deps, previewAssessment),
    startAssessment: bind(deps, startAssessment),
    cancelAssessment: bind(deps, cancelAssessment),
    generateQuestions: bind(deps, generateQuestions),
    getCurrentQuestion: bind(deps, getCurrentQuestion),
    recordAnswer: bind(deps, recordAnswer),
    submitAssessment: bind(deps, submitAssessment),
    getResults: bind(deps, getResults),
    generateLearningPath: bind(deps, generateLearningPath),
    getLearningPath: bind(deps, getLearningPath),
    openContent: bind(deps, openContent),
    startContent: bind(deps, startContent),
    completeContent: bind(deps, completeContent),
    getProgressBar: bind(deps, getProgressBar),
    getTeam: bind(deps, getTeam),
    getTeamDigest: bind(deps, getTeamDigest),
    getTeamReport: bind(deps, getTeamReport),
    setReminders: bind(deps, setReminders),
    deliverDigests: bind(deps, deliverDigests),
    deliverReminders: bind(deps, deliverReminders),
    findChatUser: bind(deps, findChatUser),
    linkChatUser: bind(deps, linkChatUser),
    continueAssessment: bind(deps, continueAssessment),
    answerQuestion: bind(deps, answerQuestion),
    saveConversation: bind(deps, saveConversation),
    findConversation: bind(deps, findConversation),
    findLiveCard: bind(deps, findLiveCard),
    saveLiveCard: bind(deps, saveLiveCard),
    listEmployees: bind(deps, listEmployees),
    findEmployee: bind(deps, findEmployee),
    matchEmployees: bind(deps, matchEmployees),
    importOrganisation: bind(deps, importOrganisation),
    exportOrganisation: () => exportOrganisation(deps),
  };
}

export type Core = ReturnType<typeof createCore>;
