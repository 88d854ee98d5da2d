import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/shared/project-paths.js';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(directory, entry.name)) : entry.name.endsWith('.ts') ? [join(directory, entry.name)] : [],
  );
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);

/** Ports and adapters: the workflow core imports no platform, HTTP or AI package, and no adapter. */
describe('dependency rules', () => {
  const coreFiles = sourceFiles(join(projectRoot, 'src', 'core'));

  it('finds the core', () => {
    expect(coreFiles.length).toBeGreaterThan(20);
  });

  it.each([
    ['Slack', /^@slack\//],
    ['Teams', /^botbuilder|^@microsoft\//],
    ['HTTP', /^express$|^node:https?$|^https?$|^undici$/],
    ['Gemini', /^@google\/genai$/],
    ['the scheduler', /^node-cron$/],
    ['a logger implementation', /^pino/],
    ['picture renderer', /^@resvg\//],
  ])('the core imports no %s package', (_name, pattern) => {
    const offenders = coreFiles.flatMap((file) => importsOf(file).filter((source) => pattern.test(source)).map((source) => `${relative(projectRoot, file)}: ${source}`));
    expect(offenders).toEqual([]);
  });

  it('the core imports no adapter, app wiring or configuration module', () => {
    const offenders = coreFiles.flatMap((file) =>
      importsOf(file)
        .filter((source) => /\/(ai|app|server|slack|teams|web|http|scheduler|config|cli|seed|db)\//.test(source))
        .map((source) => `${relative(projectRoot, file)}: ${source}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the core names no chat platform: platform names are data that the adapters give', () => {
    // Code and string literals, comments stripped by the TypeScript printer. "slack" anywhere (also
    // inside identifiers such as slackUserId); "teams" as a word, since "ofTeams" means a manager's team.
    const printer = ts.createPrinter({ removeComments: true });
    const offenders = coreFiles.flatMap((file) => {
      const code = printer.printFile(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
      return code
        .split('\n')
        .filter((line) => /slack|\bteams\b|msteams/i.test(line))
        .map((line) => `${relative(projectRoot, file)}: ${line.trim()}`);
    });
    expect(offenders).toEqual([]);
  });

  it('the chat layer imports no chat platform, HTTP or AI package and no platform folder', () => {
    const files = sourceFiles(join(projectRoot, 'src', 'chat'));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) =>
      importsOf(file)
        .filter((source) => /^@slack\/|^botbuilder|^@microsoft\/|^express$|^@google\/genai$|^playwright|^@resvg\//.test(source) || /\/(slack|teams|web|http|app|db|pictures)\//.test(source))
        .map((source) => `${relative(projectRoot, file)}: ${source}`),
    );
    expect(offenders).toEqual([]);
  });

  it.each([
    ['web', ['slack', 'teams']],
    ['slack', ['teams', 'web']],
    ['teams', ['slack', 'web']],
  ])('the %s platform imports no other platform', (platform, others) => {
    const files = sourceFiles(join(projectRoot, 'src', platform));
    expect(files.length).toBeGreaterThan(0);
    const other = new RegExp(`(^|/)(${others.join('|')})/`);
    const offenders = files.flatMap((file) => importsOf(file).filter((source) => source.startsWith('.') && other.test(source)).map((source) => `${relative(projectRoot, file)}: ${source}`));
    expect(offenders).toEqual([]);
  });
});
