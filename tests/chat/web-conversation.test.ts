import { startWebDriver, WebDriver } from '../helpers/chat-drivers/web-driver.js';
import { startTestServer } from '../helpers/test-server.js';
import { conversationSuite } from './conversation-suite.js';
import { checkInSuite } from './check-in-suite.js';
import { answerReviewSuite } from './answer-review-suite.js';
import { privacySuite } from './privacy-suite.js';
import { auditSuite } from './audit-suite.js';

conversationSuite('the web chat', async () => {
  const server = await startTestServer();
  const driver = await WebDriver.start(server);
  const stopBrowser = driver.stop.bind(driver);
  driver.stop = async () => {
    await stopBrowser();
    await server.stop();
  };
  return driver;
});
checkInSuite('the web chat', startWebDriver);
answerReviewSuite('the web chat', startWebDriver);
privacySuite('the web chat', startWebDriver);
auditSuite('the web chat', startWebDriver);
