/**
 * `npm run teams:package`: writes the zip a Teams admin uploads (manifest.json with this
 * deployment's ids, and the two icons) to dist/skillcheck-teams.zip.
 * Reads MICROSOFT_APP_ID (the bot's app id), PUBLIC_URL (the server's public base URL) and, if the
 * Teams app should have an id of its own, TEAMS_APP_ID (default: MICROSOFT_APP_ID).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { projectRoot } from '../../src/shared/project-paths.js';

if (existsSync('.env')) process.loadEnvFile('.env');
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const appId = process.env.MICROSOFT_APP_ID?.trim() ?? '';
const teamsAppId = process.env.TEAMS_APP_ID?.trim() || appId;
const publicUrl = process.env.PUBLIC_URL?.trim() ?? '';
const problems = [
  ...(guid.test(appId) ? [] : ['MICROSOFT_APP_ID must be the bot\'s Microsoft app id (a GUID)']),
  ...(guid.test(teamsAppId) ? [] : ['TEAMS_APP_ID must be a GUID']),
  ...(/^https:\/\/[^/]+/.test(publicUrl) ? [] : ['PUBLIC_URL must be the server\'s public https:// base URL']),
];
if (problems.length > 0) {
  console.error(`Cannot build the Teams package:\n- ${problems.join('\n- ')}`);
  process.exit(2);
}
const host = new URL(publicUrl).host;
const folder = join(projectRoot, 'manifests', 'teams');
const manifest = readFileSync(join(folder, 'manifest.json'), 'utf8')
  .replaceAll('{{MICROSOFT_APP_ID}}', appId)
  .replaceAll('{{TEAMS_APP_ID}}', teamsAppId)
  .replaceAll('{{PUBLIC_HOST}}', host);
JSON.parse(manifest); // still valid JSON

const zip = new JSZip();
zip.file('manifest.json', manifest);
zip.file('color.png', readFileSync(join(folder, 'color.png')));
zip.file('outline.png', readFileSync(join(folder, 'outline.png')));
const out = join(projectRoot, 'dist');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'skillcheck-teams.zip'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
console.log('wrote dist/skillcheck-teams.zip: upload it in Teams (Apps > Manage your apps > Upload an app)');
