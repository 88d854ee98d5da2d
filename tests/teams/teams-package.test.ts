import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/shared/project-paths.js';

const run = promisify(execFile);
const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');

describe('npm run teams:package', () => {
  it('writes the zip an admin uploads: the manifest with this deployment ids, and the two icons', async () => {
    const env = { ...process.env, MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555', PUBLIC_URL: 'https://skillcheck.example.org/', TEAMS_APP_ID: '' };
    const { stdout } = await run(tsx, ['tools/teams/package.ts'], { cwd: projectRoot, env });
    expect(stdout).toMatch(/wrote dist\/skillcheck-teams\.zip/);
    const zip = await JSZip.loadAsync(readFileSync(join(projectRoot, 'dist', 'skillcheck-teams.zip')));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown> & { bots: Array<{ botId: string; scopes: string[] }> };
    expect(manifest.id).toBe('11111111-2222-4333-8444-555555555555');
    expect(manifest.bots[0]).toMatchObject({ botId: '11111111-2222-4333-8444-555555555555', scopes: ['personal'] });
    expect(manifest.validDomains).toEqual(['skillcheck.example.org']);
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{/);

    const color = PNG.sync.read(Buffer.from(await zip.file('color.png')!.async('uint8array')));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = PNG.sync.read(Buffer.from(await zip.file('outline.png')!.async('uint8array')));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outline.data[3]).toBe(0); // transparent corner
    const opaque = [];
    for (let index = 3; index < outline.data.length; index += 4) if (outline.data[index]! > 0) opaque.push(outline.data.subarray(index - 3, index));
    expect(opaque.length).toBeGreaterThan(20);
    expect(opaque.every((pixel) => pixel[0] === 255 && pixel[1] === 255 && pixel[2] === 255)).toBe(true); // white only
  });

  it('refuses to build without the ids it needs', async () => {
    const failed = await run(tsx, ['tools/teams/package.ts'], { cwd: projectRoot, env: { ...process.env, MICROSOFT_APP_ID: '', PUBLIC_URL: '' } }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/MICROSOFT_APP_ID must be/);
  });
});
