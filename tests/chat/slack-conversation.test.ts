import { slackDriver } from '../helpers/chat-drivers/slack-driver.js';
import { conversationSuite } from './conversation-suite.js';

conversationSuite('Slack', () => slackDriver());
