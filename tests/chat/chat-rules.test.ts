import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Action, packValue, unpackValue } from '../../src/chat/actions.js';
import { button, buttons, buttonsOf, card, context, divider, fields, heading, progress, text } from '../../src/chat/card/card.js';
import { questionCard } from '../../src/chat/screens/question.js';
import { escape, escapeKeepingCode, parse, plain } from '../../src/chat/card/markup.js';
import { plainText } from '../../src/chat/card/plain-text.js';
import { parseCommand } from '../../src/chat/conversation/commands.js';
import { errorReplies } from '../../src/chat/conversation/replies.js';
import { errorCatalogue } from '../../src/core/errors.js';
import { plural } from '../../src/chat/format.js';
import { projectRoot } from '../../src/shared/project-paths.js';
import { mrkdwn, toSlackMessage } from '../../src/slack/render/block-kit.js';
import { CARD_BYTES_MAX, markdown, toAdaptiveCard } from '../../src/teams/render/adaptive-card.js';

describe('light markup', () => {
  it('parses bold, italic, commands and links into spans', () => {
    expect(parse('**Gaps** _soon_ type `status` or [read](https://example.org/a)')).toEqual([
      { text: 'Gaps', bold: true },
      { text: ' ' },
      { text: 'soon', italic: true },
      { text: ' type ' },
      { text: 'status', code: true },
      { text: ' or ' },
      { text: 'read', url: 'https://example.org/a' },
    ]);
  });

  it('keeps escaped and unbalanced marks literal, and snake_case alone', () => {
    expect(plain(escape('a*b_c [x](javascript:alert(1)) `q`'))).toBe('a*b_c [x](javascript:alert(1)) `q`');
    expect(parse('**open but never closed')).toEqual([{ text: '**open but never closed' }]);
    expect(plain('snake_case_name')).toBe('snake_case_name');
    expect(parse('[not a link](javascript:alert(1))').some((span) => span.url)).toBe(false);
  });

  it('takes code spans as written, backslashes included', () => {
    expect(parse(escapeKeepingCode("Prints `printf 'a\\nb'`, and `C:\\` and `x`?"))).toEqual([
      { text: 'Prints ' },
      { text: "printf 'a\\nb'", code: true },
      { text: ', and ' },
      { text: 'C:\\', code: true },
      { text: ' and ' },
      { text: 'x', code: true },
      { text: '?' },
    ]);
  });

  it('keeps code spans of question stems as code, and everything else literal', () => {
    expect(parse(escapeKeepingCode('What does `typeof null` give? *really* [x](https://e.org)'))).toEqual([
      { text: 'What does ' },
      { text: 'typeof null', code: true },
      { text: ' give? *really* [x](https://e.org)' },
    ]);
  });

  it('becomes Slack mrkdwn and Teams Markdown, each escaping what its platform would read', () => {
    expect(mrkdwn('**A & B** <script> [go](https://e.org/?a=1&b=2)')).toBe('*A &amp; B* &lt;script&gt; <https://e.org/?a=1&b=2|go>');
    expect(mrkdwn('** spaced **')).toBe(' *spaced* ');
    expect(markdown(`**${escape('C*')}** \`status\``)).toBe('**C\\*** **status**');
  });
});

describe('commands', () => {
  it.each([
    ['', 'start', ''],
    ['/skillcheck  START ', 'start', ''],
    ['Skillcheck STATUS', 'status', ''],
    ['what are my results?', 'status', ''],
    ['show me my learning path', 'path', ''],
    ['reminders off', 'reminders', 'off'],
    ['please stop reminders', 'reminders', 'off'],
    ['Reminders ON', 'reminders', 'on'],
    ['start over', 'retake', ''],
    ['cancel', 'cancel', ''],
    ['?', 'help', ''],
    ['<at>Skillcheck</at> team', 'team', ''],
    ['checkins off', 'checkins', 'off'],
    ['Check-ins OFF', 'checkins', 'off'],
    ['stop check-ins', 'checkins', 'off'],
    ['checkins on', 'checkins', 'on'],
    ['resume check ins', 'checkins', 'on'],
    ['pause checkins', 'checkins', 'pause'],
    ['please snooze', 'checkins', 'pause'],
    ['checkin', 'checkins', ''],
  ])('%j is %s', (typed, name, argument) => {
    expect(parseCommand(typed)).toEqual({ kind: 'command', name, argument });
  });

  it.each([
    ['stauts', 'status'],
    ['pth', 'path'],
    ['cancle', 'cancel'],
    ['remniders', 'reminders'],
    ['chekins', 'checkins'],
  ])('%j is a near miss of %s', (typed, suggestion) => {
    expect(parseCommand(typed)).toEqual({ kind: 'unknown', text: typed, suggestion });
  });

  it('suggests nothing for words far from every command', () => {
    expect(parseCommand('banana bread')).toEqual({ kind: 'unknown', text: 'banana bread', suggestion: null });
  });
});

describe('button stamps', () => {
  it('carry owner, live kind and value, and refuse anything else', () => {
    const value = packValue({ owner: 42, kind: 'assessment' }, '7:B');
    expect(unpackValue(value)).toEqual({ owner: 42, kind: 'assessment', value: '7:B' });
    expect(unpackValue(packValue({ owner: 3, kind: null }))).toEqual({ owner: 3, kind: null, value: '' });
    for (const bad of [undefined, '', '{"s":1,"q":1}', 'x~a~1', '1~z~1']) expect(unpackValue(bad)).toBeNull();
  });
});

describe('error replies', () => {
  it('has a plain answer for every error code of the core', () => {
    expect(Object.keys(errorReplies).sort()).toEqual(Object.keys(errorCatalogue).sort());
    for (const reply of Object.values(errorReplies)) expect(reply.say((c) => `\`${c}\``)).toMatch(/^[A-Z].*[.!]$/);
  });
});

describe('words', () => {
  it('says a count and its noun once', () => {
    expect([plural(0, 'gap'), plural(1, 'gap'), plural(4, 'gap')]).toEqual(['0 gaps', '1 gap', '4 gaps']);
  });
});

describe('card converters', () => {
  const sample = card('Summary & more', [
    heading('Title'),
    text('**Bold** text'),
    fields([['SQL', '40% · **gap**']]),
    progress('Progress', 55.4, 'Next: learning'),
    divider(),
    buttons(button('Go', Action.continueAssessment, '1~-~', 'primary'), { label: 'Open', url: 'https://e.org/x', action: Action.openItem, value: '1~p~3' }),
    context('small print'),
  ]);

  it('Block Kit: every block, escaped fallback text, unique action ids', () => {
    const message = toSlackMessage(sample);
    expect(message.text).toBe('Summary &amp; more');
    expect(message.blocks.map((block) => block.type)).toEqual(['header', 'section', 'section', 'section', 'divider', 'actions', 'context']);
    const ids = (message.blocks[5]!.elements as Array<{ action_id: string }>).map((element) => element.action_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(JSON.stringify(message.blocks)).toContain('*Progress*  ██████░░░░  *55%*');
  });

  it('Adaptive Card: every block, dividers as separators, link buttons as OpenUrl', () => {
    const adaptive = toAdaptiveCard(sample);
    expect(adaptive.version).toBe('1.5');
    expect(adaptive.body.map((element) => element.type)).toEqual(['TextBlock', 'TextBlock', 'FactSet', 'Container', 'ActionSet', 'TextBlock']);
    expect(adaptive.body[4]).toMatchObject({ separator: true, actions: [{ type: 'Action.Execute', verb: Action.continueAssessment, data: { v: '1~-~' }, style: 'positive' }, { type: 'Action.OpenUrl', url: 'https://e.org/x' }] });
  });

  it('Adaptive Card: escapes names in headings and field titles, and stays under Teams\' message size', () => {
    const hostile = toAdaptiveCard(card('x', [heading('Hi [me](https://evil.example)'), fields([['*SQL*', '1%']])]));
    expect(hostile.body[0]).toMatchObject({ text: 'Hi \\[me\\](https://evil.example)' });
    expect(hostile.body[1]).toMatchObject({ facts: [{ title: '\\*SQL\\*' }] });
    const long = card('long', [...Array.from({ length: 400 }, (_, index) => text(`Item ${index} ${'x'.repeat(100)}`)), context('who sees this')]);
    const capped = toAdaptiveCard(long);
    expect(Buffer.byteLength(JSON.stringify(capped))).toBeLessThanOrEqual(CARD_BYTES_MAX);
    expect(capped.body.at(-2)).toMatchObject({ text: 'The rest does not fit in one Teams message.' });
    expect(capped.body.at(-1)).toMatchObject({ text: 'who sees this' });
  });

  it('plain text: what platforms without cards show', () => {
    expect(plainText(sample)).toBe('TITLE\nBold text\nSQL: 40% · gap\nProgress ██████░░░░ 55% (Next: learning)\n\n[Go] [Open]\nsmall print');
  });
});

describe('question cards', () => {
  const question = (texts: string[]) => ({
    sessionId: 1, questionId: 7, number: 1, total: 10, skill: { id: 1, name: 'Bash' }, difficulty: 'BEGINNER' as const, stem: 'Which?',
    options: texts.map((text, index) => ({ key: (['A', 'B', 'C', 'D'] as const)[index]!, text })), selectedOption: null, dontKnow: false,
    progress: { asked: 1, atMost: 10, exact: false, skillsSettled: 0, skills: 5 },
  });

  it('put short options on their buttons, and otherwise every option on the card with letter buttons', () => {
    expect(buttonsOf(questionCard(question(['0', 'null', 'NaN', 'undefined']))).map((entry) => entry.label)).toEqual(['A. 0', 'B. null', 'C. NaN', 'D. undefined', "I don't know"]);
    const long = questionCard(question(['a and b on two lines', 'nothing', 'an error', 'b']));
    expect(buttonsOf(long).map((entry) => entry.label)).toEqual(['A', 'B', 'C', 'D', "I don't know"]);
    expect(plainText(long)).toContain('A. a and b on two lines\nB. nothing\nC. an error\nD. b');
  });

  it('offer "I don\'t know" beside the options, recorded as such', () => {
    const idk = buttonsOf(questionCard(question(['0', '1', '2', '3']))).at(-1)!;
    expect(idk).toMatchObject({ label: "I don't know", action: 'answer', value: '7:DONT_KNOW' });
  });

  it('say how far along in words that stay true when the length is not fixed', () => {
    const adaptive = plainText(questionCard({ ...question(['0', '1', '2', '3']), number: 4, progress: { asked: 4, atMost: 12, exact: false, skillsSettled: 2, skills: 5 }, total: 12 }));
    expect(adaptive).toMatch(/^QUESTION 4 OF AT MOST 12$/m);
    expect(adaptive).toContain('2 of 5 skills settled · at most 9 to go');
    const fixed = plainText(questionCard({ ...question(['0', '1', '2', '3']), progress: { asked: 10, atMost: 10, exact: true, skillsSettled: 0, skills: 5 } }));
    expect(fixed).toMatch(/^QUESTION 1 OF 10$/m);
    expect(fixed).toContain('10 to go');
  });

  it('keep each line of card text a line in Teams', () => {
    expect(markdown('one\ntwo')).toBe('one\n\ntwo');
  });
});

describe('the app manifests', () => {
  const commands = ['start', 'status', 'path', 'review', 'retake', 'cancel', 'team', 'reminders', 'checkins', 'help'] as const;

  it('name every command of the conversation, in Slack and in Teams', () => {
    for (const command of commands) expect(parseCommand(command)).toMatchObject({ kind: 'command', name: command });
    const slack = readFileSync(join(projectRoot, 'manifests', 'slack', 'manifest.yaml'), 'utf8');
    const hint = /usage_hint: "\[(.*)\]"/.exec(slack)![1]!;
    for (const command of commands) expect(hint).toContain(command);
    const teams = JSON.parse(readFileSync(join(projectRoot, 'manifests', 'teams', 'manifest.json'), 'utf8')) as { bots: Array<{ commandLists: Array<{ commands: Array<{ title: string }> }> }> };
    const titles = teams.bots[0]!.commandLists.flatMap((list) => list.commands.map((entry) => entry.title)).join(' ');
    for (const command of commands.filter((command) => command !== 'start')) expect(titles).toContain(command);
    expect(titles).toContain('skillcheck'); // Teams' way to start
  });
});
