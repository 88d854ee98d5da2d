import { slackPlatform } from '../slack/slack-platform.js';
import { teamsPlatform } from '../teams/teams-platform.js';
import { webPlatform } from '../web/web-platform.js';
import type { ChatPlatformPlugin } from './chat-platform.js';

/**
 * Every chat platform the server knows, in the order scheduled messages prefer them (notify_via AUTO:
 * the first platform that reaches a person). A new platform is a folder exporting a plug-in, added here.
 */
export const chatPlatforms: ChatPlatformPlugin[] = [slackPlatform, teamsPlatform, webPlatform];
