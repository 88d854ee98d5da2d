import { teamsDriver } from '../helpers/chat-drivers/teams-driver.js';
import { conversationSuite } from './conversation-suite.js';

conversationSuite('Teams', () => teamsDriver());
