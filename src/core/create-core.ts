import { createAccount } from './accounts/create-account.js';
import { describeMe } from './accounts/describe-me.js';
import { disableAccount } from './accounts/disable-account.js';
import { refreshSession } from './accounts/refresh-session.js';
import { signIn } from './accounts/sign-in.js';
import { signOut } from './accounts/sign-out.js';
import { verifyAccess } from './accounts/verify-access.js';
import { listAudit } from './audit/list-audit.js';
import { noteAudit } from './audit/note-audit.js';
import { erasePerson } from './privacy/erase-person.js';
import { exportPerson } from './privacy/export-person.js';
import { purgeExpired } from './privacy/purge-expired.js';
import { takeAllowance } from './limits/take-allowance.js';
import { exportOrganisation } from './admin/export-organisation.js';
import { getAnalytics } from './admin/get-analytics.js';
import { importOrganisation } from './admin/import-organisation.js';
import { approveBankQuestion } from './admin/questions/approve-question.js';
import { editBankQuestion } from './admin/questions/edit-question.js';
import { getBankQuestion } from './admin/questions/get-question.js';
import { getReviewQueue } from './admin/questions/get-review-queue.js';
import { listBankQuestions } from './admin/questions/list-questions.js';
import { retireBankQuestion } from './admin/questions/retire-question.js';
import { addRoleSkill } from './admin/roles/add-role-skill.js';
import { changeRoleSkill } from './admin/roles/change-role-skill.js';
import { listRoles } from './admin/roles/list-roles.js';
import { removeRoleSkill } from './admin/roles/remove-role-skill.js';
import { answerQuestion } from './assessment/answer-question.js';
import { cancelAssessment } from './assessment/cancel-assessment.js';
import { continueAssessment } from './assessment/continue-assessment.js';
import { generateQuestions } from './assessment/generate-questions.js';
import { getAnswerReview } from './assessment/get-answer-review.js';
import { getCurrentQuestion } from './assessment/get-current-question.js';
import { getResults } from './assessment/get-results.js';
import { previewAssessment } from './assessment/preview-assessment.js';
import { recordAnswer } from './assessment/record-answer.js';
import { startAssessment } from './assessment/start-assessment.js';
import { submitAssessment } from './assessment/submit-assessment.js';
import { answerCheckIn } from './checkins/answer-check-in.js';
import { deliverCheckIns } from './checkins/deliver-check-ins.js';
import { nextCheckIn } from './checkins/next-check-in.js';
import { setCheckIns } from './checkins/set-check-ins.js';
import type { CoreDeps } from './context.js';
import { listConsoleSessions, revokeAllConsoleSessions, revokeConsoleSession } from './console/console-sessions.js';
import { findConsoleViewer } from './console/find-console-viewer.js';
import { findVisiblePerson } from './console/find-visible-person.js';
import { issueSignInLink } from './console/issue-sign-in-link.js';
import { peekSignInLink } from './console/peek-sign-in-link.js';
import { redeemSignInLink } from './console/redeem-sign-in-link.js';
import { findChatUser, linkChatUser } from './delivery/chat-identity.js';
import { findConversation, saveConversation } from './delivery/conversation-references.js';
import { deliverDigests } from './delivery/deliver-digests.js';
import { deliverReminders } from './delivery/deliver-reminders.js';
import { findLiveCard, saveLiveCard } from './delivery/live-cards.js';
import { setReminders } from './delivery/set-reminders.js';
import { completeContent } from './learning/complete-content.js';
import { generateLearningPath } from './learning/generate-learning-path.js';
import { getLearningPath } from './learning/get-learning-path.js';
import { getProgressBar } from './learning/get-progress-bar.js';
import { openContent } from './learning/open-content.js';
import { startContent } from './learning/start-content.js';
import { reportQuestion } from './measurement/report-question.js';
import { findEmployee } from './profile/find-employee.js';
import { findEmployeeByNumber } from './profile/find-employee-by-number.js';
import { getDashboard } from './profile/get-dashboard.js';
import { getProfile } from './profile/get-profile.js';
import { getStanding } from './profile/get-standing.js';
import { listEmployees } from './profile/list-employees.js';
import { matchEmployees } from './profile/match-employees.js';
import { getSitting } from './history/get-sitting.js';
import { getSkillTrends } from './history/get-skill-trends.js';
import { listSittings } from './history/list-sittings.js';
import { getOrgHeatMap } from './skill-maps/get-org-heat-map.js';
import { getSkillProfile } from './skill-maps/get-skill-profile.js';
import { getTeamHeatMap } from './skill-maps/get-team-heat-map.js';
import { getTeamDigest } from './team/get-team-digest.js';
import { getTeam } from './team/get-team.js';
import { nudgeReport } from './team/nudge-report.js';
import { getTeamReport } from './team/team-report.js';
import { getPrivacySettings } from './privacy/get-privacy-settings.js';
import { pauseMessages } from './privacy/pause-messages.js';
import { resumeMessages } from './privacy/resume-messages.js';
import { setManagerView } from './privacy/set-manager-view.js';
import { getReportSkillProfile } from './privacy/get-report-skill-profile.js';

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
    nudgeReport: bind(deps, nudgeReport),
    // Skill maps: the view models the pictures are drawn from.
    getTeamHeatMap: bind(deps, getTeamHeatMap),
    getOrgHeatMap: () => getOrgHeatMap(deps),
    getSkillProfile: bind(deps, getSkillProfile),
    setReminders: bind(deps, setReminders),
    // Privacy choices a person makes in chat: what their manager sees, and pausing their messages.
    getPrivacySettings: bind(deps, getPrivacySettings),
    setManagerView: bind(deps, setManagerView),
    pauseMessages: bind(deps, pauseMessages),
    resumeMessages: bind(deps, resumeMessages),
    getReportSkillProfile: bind(deps, getReportSkillProfile),
    deliverDigests: bind(deps, deliverDigests),
    deliverReminders: bind(deps, deliverReminders),
    deliverCheckIns: bind(deps, deliverCheckIns),
    answerCheckIn: bind(deps, answerCheckIn),
    nextCheckIn: bind(deps, nextCheckIn),
    setCheckIns: bind(deps, setCheckIns),
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
    findEmployeeByNumber: bind(deps, findEmployeeByNumber),
    matchEmployees: bind(deps, matchEmployees),
    importOrganisation: bind(deps, importOrganisation),
    exportOrganisation: () => exportOrganisation(deps),
    getAnalytics: () => getAnalytics(deps),
    // Reviewing answers, reporting questions, and the admin's review of the question bank.
    getAnswerReview: bind(deps, getAnswerReview),
    reportQuestion: bind(deps, reportQuestion),
    listBankQuestions: bind(deps, listBankQuestions),
    getBankQuestion: bind(deps, getBankQuestion),
    getReviewQueue: () => getReviewQueue(deps),
    approveBankQuestion: bind(deps, approveBankQuestion),
    editBankQuestion: bind(deps, editBankQuestion),
    retireBankQuestion: bind(deps, retireBankQuestion),
    // The admin's roles: expected skills and their target levels.
    listRoles: () => listRoles(deps),
    addRoleSkill: bind(deps, addRoleSkill),
    changeRoleSkill: bind(deps, changeRoleSkill),
    removeRoleSkill: bind(deps, removeRoleSkill),
    // The web console: one-time sign-in links sent in chat, and signed-in browsers.
    issueSignInLink: bind(deps, issueSignInLink),
    peekSignInLink: bind(deps, peekSignInLink),
    redeemSignInLink: bind(deps, redeemSignInLink),
    findConsoleViewer: bind(deps, findConsoleViewer),
    listConsoleSessions: bind(deps, listConsoleSessions),
    revokeConsoleSession: bind(deps, revokeConsoleSession),
    revokeAllConsoleSessions: bind(deps, revokeAllConsoleSessions),
    findVisiblePerson: bind(deps, findVisiblePerson),
    // A person's earlier sittings and how each skill moved between them.
    listSittings: bind(deps, listSittings),
    getSitting: bind(deps, getSitting),
    getSkillTrends: bind(deps, getSkillTrends),
    // Web accounts of the original front end: sign-in, tokens, sessions.
    createAccount: bind(deps, createAccount),
    disableAccount: bind(deps, disableAccount),
    signIn: bind(deps, signIn),
    refreshSession: bind(deps, refreshSession),
    signOut: bind(deps, signOut),
    verifyAccess: bind(deps, verifyAccess),
    describeMe: bind(deps, describeMe),
    // The audit log: who read or changed whose data.
    noteAudit: bind(deps, noteAudit),
    listAudit: bind(deps, listAudit),
    // Personal data rights (export, erase) and the retention purge.
    exportPerson: bind(deps, exportPerson),
    erasePerson: bind(deps, erasePerson),
    purgeExpired: bind(deps, purgeExpired),
    // Allowances of costly actions: adapters take one before on-demand work (RATE_LIMITED when used up).
    takeAllowance: bind(deps, takeAllowance),
  };
}

export type Core = ReturnType<typeof createCore>;
