import { teamsDriver } from '../helpers/chat-drivers/teams-driver.js';
import { conversationSuite } from './conversation-suite.js';
import { checkInSuite } from './check-in-suite.js';
import { answerReviewSuite } from './answer-review-suite.js';
import { privacySuite } from './privacy-suite.js';
import { auditSuite } from './audit-suite.js';

conversationSuite('Teams', () => teamsDriver());
checkInSuite('Teams', () => teamsDriver());
answerReviewSuite('Teams', () => teamsDriver());
privacySuite('Teams', () => teamsDriver());
auditSuite('Teams', () => teamsDriver());
