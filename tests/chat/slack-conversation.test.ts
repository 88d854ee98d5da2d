import { slackDriver } from '../helpers/chat-drivers/slack-driver.js';
import { conversationSuite } from './conversation-suite.js';
import { checkInSuite } from './check-in-suite.js';
import { answerReviewSuite } from './answer-review-suite.js';
import { privacySuite } from './privacy-suite.js';
import { auditSuite } from './audit-suite.js';

conversationSuite('Slack', () => slackDriver());
checkInSuite('Slack', () => slackDriver());
answerReviewSuite('Slack', () => slackDriver());
privacySuite('Slack', () => slackDriver());
auditSuite('Slack', () => slackDriver());
