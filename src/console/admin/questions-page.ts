import type { Response } from 'express';
import type { BankQuestionView, ItemStatusValue, ReviewQueueItem } from '../../core/admin/questions/views.js';
import type { QuestionEdit } from '../../core/admin/rules/question-edit.js';
import type { EmployeeActor } from '../../core/audit/note-audit.js';
import { isSkillcheckError } from '../../core/errors.js';
import { DIFFICULTIES, OPTION_KEYS, type Difficulty, type OptionKey } from '../../core/shared/types.js';
import type { ConsolePageModule } from '../create-console-router.js';
import { localsOf, PageError } from '../create-console-router.js';
import { actionButton, consolePage, csrfField, type PageContext } from '../pages/layout.js';
import { field, h, num, select, table } from './admin-html.js';
import { ADMIN_PATHS } from './admin-paths.js';

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const STATUS_WORDS: Record<ItemStatusValue, string> = { ACTIVE: 'asked', REVIEW: 'withheld for review', RETIRED: 'retired' };

function statistics(question: BankQuestionView): string {
  const stats = question.statistics;
  return `<dl class="facts">
<div><dt>Answers</dt><dd>${stats.answerCount}</dd></div>
<div><dt>Right</dt><dd>${stats.rightCount} (${percent(stats.rightShare)})</dd></div>
<div><dt>Don't know</dt><dd>${stats.dontKnowCount}</dd></div>
<div><dt>Calibrated difficulty</dt><dd>${stats.difficultyLogit.toFixed(2)} <span class="hint">(${h(question.difficulty.toLowerCase())} label)</span></dd></div>
</dl>`;
}

function options(question: BankQuestionView): string {
  return `<ol class="options">${OPTION_KEYS.map(
    (key) => `<li>${key}. ${h(question.options[key])}${key === question.answer ? ' <span class="tag on-target">key</span>' : ''}</li>`,
  ).join('')}</ol>`;
}

function queueItem(ctx: PageContext, question: ReviewQueueItem): string {
  const reports = question.reports.length
    ? `<h4>Reports</h4><ul>${question.reports
        .map((report) => `<li>${report.by === 'person' ? h(report.employee?.name ?? 'Someone') : 'The statistics'}: ${h(report.reason)} <span class="hint">(${h(report.reportedAt.slice(0, 10))})</span></li>`)
        .join('')}</ul>`
    : '';
  const halves = question.halves
    ? table({
        caption: 'How the weaker and the stronger half of the people who answered did',
        head: ['Half', 'Answers', 'Right', "Don't know", ...OPTION_KEYS.map((key) => `Chose ${key}`)],
        numeric: [1, 2, 3, 4, 5, 6, 7],
        rows: (['weak', 'strong'] as const).map((half) => {
          const row = question.halves![half];
          return `<tr><th scope="row">${half === 'weak' ? 'Weaker half' : 'Stronger half'}</th>${num(row.answers)}<td class="num">${row.right} (${percent(row.rightShare)})</td>${num(row.dontKnow)}${OPTION_KEYS.map((key) => num(row.chosen[key])).join('')}</tr>`;
        }),
      })
    : '';
  return `<article class="panel" aria-labelledby="q-${h(question.key)}">
<h3 id="q-${h(question.key)}">${h(question.key)} <span class="hint">${h(question.skill.name)}</span></h3>
<p class="muted">Withheld: ${h(question.reviewReason ?? 'reported')}</p>
<p>${h(question.stem)}</p>${options(question)}
${question.explanation ? `<p class="muted">Explanation: ${h(question.explanation)}</p>` : ''}
${statistics(question)}${reports}${halves}
<div class="actions">${actionButton(ctx, { action: `${ADMIN_PATHS.question(question.key)}/approve`, label: `Approve ${question.key}`, style: 'primary' })}
<a class="button" href="${ADMIN_PATHS.question(question.key)}/edit">Edit ${h(question.key)}</a>
${actionButton(ctx, { action: `${ADMIN_PATHS.question(question.key)}/retire`, label: `Retire ${question.key}`, style: 'danger' })}</div>
</article>`;
}

function queuePage(ctx: PageContext, queue: ReviewQueueItem[], notice?: string): string {
  const main = `<h1>Question review</h1>
<p class="muted">Questions withheld because someone reported them or their statistics look wrong, the longest waiting first. Approve puts a question back into use; retire takes it out for good; an edit of the stem, an option or the key starts its statistics again. <a href="${ADMIN_PATHS.bank}">Browse the whole question bank</a>.</p>
<h2>${queue.length === 0 ? 'Nothing to review' : `${queue.length === 1 ? '1 question' : `${queue.length} questions`} to review`}</h2>
${queue.map((question) => queueItem(ctx, question)).join('\n')}`;
  return consolePage(ctx, { title: 'Question review', section: 'admin', main, ...(notice ? { notice: { text: notice } } : {}) });
}

function bankPage(ctx: PageContext, questions: BankQuestionView[], filter: { status: string; skill: string }): string {
  const rows = questions.map(
    (question) =>
      `<tr><td><a href="${ADMIN_PATHS.question(question.key)}/edit">${h(question.key)}</a></td><td>${h(question.skill.name)}</td><td>${h(STATUS_WORDS[question.status])}</td><td>${h(question.stem)}</td>${num(question.statistics.answerCount)}<td class="num">${percent(question.statistics.rightShare)}</td>${num(question.statistics.dontKnowCount)}<td class="num">${question.statistics.difficultyLogit.toFixed(2)}</td></tr>`,
  );
  const main = `<h1>Question bank</h1>
<form class="actions" method="get" action="${ADMIN_PATHS.bank}">
<div><label for="bank-status">Status</label> ${select({ id: 'bank-status', name: 'status', values: [['', 'Any'], ['ACTIVE', 'Asked'], ['REVIEW', 'Withheld for review'], ['RETIRED', 'Retired']], selected: filter.status })}</div>
<div><label for="bank-skill">Skill key</label> <input type="text" id="bank-skill" name="skill" value="${h(filter.skill)}" maxlength="100"></div>
<div><button type="submit" class="button">Show</button></div>
</form>
${table({ caption: `${questions.length === 1 ? '1 question' : `${questions.length} questions`}`, head: ['Key', 'Skill', 'Status', 'Question', 'Answers', 'Right', "Don't know", 'Difficulty'], numeric: [4, 5, 6, 7], rows })}
<p><a href="${ADMIN_PATHS.questions}">Back to the review queue</a></p>`;
  return consolePage(ctx, { title: 'Question bank', section: 'admin', main });
}

function editPage(ctx: PageContext, question: BankQuestionView, problem?: string): string {
  const retired = question.status === 'RETIRED';
  const text = (id: string, name: string, label: string, value: string) =>
    `<div><label for="${id}">${label}</label><input type="text" id="${id}" name="${name}" value="${h(value)}" required maxlength="300"></div>`;
  const main = `<h1>Edit ${h(question.key)}</h1>
<p class="muted">${h(question.skill.name)} · ${h(STATUS_WORDS[question.status])}. A changed stem, option or key makes it another question: its statistics start again and it is asked again. A changed explanation or label keeps them.</p>
${statistics(question)}
${
  retired
    ? '<p>This question is retired: it is never asked again, so it cannot be edited.</p>'
    : `<form class="stack panel" method="post" action="${ADMIN_PATHS.question(question.key)}/edit">${csrfField(ctx.csrf)}
<div><label for="edit-stem">Question</label><textarea id="edit-stem" name="stem" required maxlength="1000">${h(question.stem)}</textarea></div>
${OPTION_KEYS.map((key) => text(`edit-option-${key}`, `option${key}`, `Option ${key}`, question.options[key])).join('\n')}
<div><label for="edit-answer">The right option</label>${select({ id: 'edit-answer', name: 'answer', values: OPTION_KEYS.map((key) => [key, key]), selected: question.answer })}</div>
<div><label for="edit-explanation">Explanation</label><textarea id="edit-explanation" name="explanation" maxlength="2000">${h(question.explanation)}</textarea></div>
<div><label for="edit-difficulty">Difficulty label</label>${select({ id: 'edit-difficulty', name: 'difficulty', values: DIFFICULTIES.map((level) => [level, level.charAt(0) + level.slice(1).toLowerCase()]), selected: question.difficulty })}</div>
<div class="actions"><button type="submit" class="button primary">Save</button><a class="button" href="${ADMIN_PATHS.questions}">Cancel</a></div>
</form>`
}`;
  return consolePage(ctx, { title: `Edit ${question.key}`, section: 'admin', main, ...(problem ? { notice: { text: problem, error: true } } : {}) });
}

function editFrom(body: unknown): QuestionEdit {
  const answer = field(body, 'answer');
  const difficulty = field(body, 'difficulty');
  return {
    stem: field(body, 'stem'),
    options: Object.fromEntries(OPTION_KEYS.map((key) => [key, field(body, `option${key}`)])) as Record<OptionKey, string>,
    ...((OPTION_KEYS as readonly string[]).includes(answer) ? { answer: answer as OptionKey } : {}),
    explanation: field(body, 'explanation'),
    ...((DIFFICULTIES as readonly string[]).includes(difficulty) ? { difficulty: difficulty as Difficulty } : {}),
  };
}

const keyOf = (params: Record<string, unknown>) => {
  const key = String(params.key ?? '');
  if (key.length === 0 || key.length > 200) throw new PageError(404, 'Not found', 'That question does not exist.');
  return key;
};

/** The question review queue with each question's statistics and reports; approve, edit, retire; the whole bank. */
export const questionPages: ConsolePageModule = (router, { core, admin, handle, audit }) => {
  const bank = (view: string) => audit('question.read', () => ({ label: 'question bank' }), (req) => ({ view, ...(req.params.key ? { key: String(req.params.key) } : {}) }));
  // Changes are recorded by the core in their transaction, naming the signed-in admin.
  const adminActor = (res: Response): EmployeeActor => ({ employeeId: localsOf(res).viewer.employeeId, channel: 'console' });
  router.get(
    ADMIN_PATHS.questions,
    admin,
    bank('review queue'),
    handle(async (_req, res) => {
      res.type('html').send(queuePage(localsOf(res).page, (await core.getReviewQueue()).questions));
    }),
  );

  router.get(
    ADMIN_PATHS.bank,
    admin,
    bank('list'),
    handle(async (req, res) => {
      const status = typeof req.query.status === 'string' && ['ACTIVE', 'REVIEW', 'RETIRED'].includes(req.query.status) ? (req.query.status as ItemStatusValue) : undefined;
      const skill = typeof req.query.skill === 'string' ? req.query.skill.trim().slice(0, 100) : '';
      const list = await core.listBankQuestions({ ...(status ? { status } : {}), ...(skill ? { skill } : {}) });
      res.type('html').send(bankPage(localsOf(res).page, list.questions, { status: status ?? '', skill }));
    }),
  );

  router.get(
    `${ADMIN_PATHS.questions}/:key/edit`,
    admin,
    bank('question'),
    handle(async (req, res) => {
      res.type('html').send(editPage(localsOf(res).page, await core.getBankQuestion({ key: keyOf(req.params) })));
    }),
  );

  router.post(
    `${ADMIN_PATHS.questions}/:key/edit`,
    admin,
    handle(async (req, res) => {
      const key = keyOf(req.params);
      try {
        const edited = await core.editBankQuestion({ key, changes: editFrom(req.body), auditActor: adminActor(res) });
        res.type('html').send(queuePage(localsOf(res).page, (await core.getReviewQueue()).questions, `${edited.key} is saved${edited.status === 'ACTIVE' ? ' and asked again' : ''}.`));
      } catch (error) {
        if (!isSkillcheckError(error) || error.code !== 'QUESTION_INVALID') throw error;
        res.status(422).type('html').send(editPage(localsOf(res).page, await core.getBankQuestion({ key }), error.message));
      }
    }),
  );

  for (const [action, done] of [
    ['approve', 'is approved: it is asked again'],
    ['retire', 'is retired: it is never asked again'],
  ] as const) {
    router.post(
      `${ADMIN_PATHS.questions}/:key/${action}`,
      admin,
      handle(async (req, res) => {
        const key = keyOf(req.params);
        const auditActor = adminActor(res);
        await (action === 'approve' ? core.approveBankQuestion({ key, auditActor }) : core.retireBankQuestion({ key, auditActor }));
        res.type('html').send(queuePage(localsOf(res).page, (await core.getReviewQueue()).questions, `${key} ${done}.`));
      }),
    );
  }
};
