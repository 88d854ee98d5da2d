import type { Request } from 'express';
import type { AuditLogFilters } from '../../core/audit/list-audit.js';
import { AUDIT_ACTIONS, isAuditAction } from '../../core/audit/rules/audit-actions.js';
import { ACTOR_KIND_WORDS, auditDetailWords, channelWords, dayBound } from '../../core/audit/rules/audit-words.js';
import type { AuditEntryView, AuditLogView } from '../../core/audit/views.js';
import { isSkillcheckError } from '../../core/errors.js';
import type { ConsolePageModule } from '../create-console-router.js';
import { localsOf } from '../create-console-router.js';
import { consolePage, type PageContext } from '../pages/layout.js';
import { h, select, table } from './admin-html.js';
import { ADMIN_PATHS } from './admin-paths.js';

/** The filters as the form sends them (query parameters), kept as typed so the form shows them again. */
interface AuditForm {
  person: string;
  action: string;
  actor: string;
  from: string;
  to: string;
  older: string;
}

const FIELDS = ['person', 'action', 'actor', 'from', 'to'] as const;

function formOf(req: Request): AuditForm {
  const text = (name: string, max: number) => (typeof req.query[name] === 'string' ? (req.query[name] as string).trim().slice(0, max) : '');
  return { person: text('person', 100), action: text('action', 100), actor: text('actor', 200), from: text('from', 10), to: text('to', 10), older: text('older', 12) };
}

/** The form as the core's filters, or what is wrong with it in words. */
function filtersOf(form: AuditForm): { filters: AuditLogFilters } | { problem: string } {
  if (form.action && !isAuditAction(form.action)) return { problem: 'Choose an action from the list.' };
  const from = form.from ? dayBound(form.from, 'start') : undefined;
  const to = form.to ? dayBound(form.to, 'end') : undefined;
  if (from === null || to === null) return { problem: 'Give the dates as days of the calendar (year-month-day).' };
  if (form.older && !/^[1-9]\d{0,9}$/.test(form.older)) return { problem: 'That page of older entries does not exist; start from the newest.' };
  return {
    filters: {
      ...(form.person ? { subject: form.person } : {}),
      ...(form.action ? { action: form.action } : {}),
      ...(form.actor ? { actorLabel: form.actor } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(form.older ? { cursor: Number(form.older) } : {}),
    },
  };
}

/** The address of this page with the form's filters (and a page of older entries when given). */
function pageHref(form: AuditForm, older?: number): string {
  const query = new URLSearchParams();
  for (const name of FIELDS) if (form[name]) query.set(name, form[name]);
  if (older !== undefined) query.set('older', String(older));
  const text = query.toString();
  return text ? `${ADMIN_PATHS.audit}?${text}` : ADMIN_PATHS.audit;
}

const when = (at: string) => `<time datetime="${h(at)}">${h(at.slice(0, 10))} ${h(at.slice(11, 19))} UTC</time>`;

function entryRow(entry: AuditEntryView): string {
  const details = auditDetailWords(entry.detail);
  // "E1001 employee", "jane web account"; the API token, the command line and the scheduler name themselves.
  const kind = ACTOR_KIND_WORDS[entry.actor.kind] ?? entry.actor.kind;
  return `<tr><td>${when(entry.at)}</td>
<td>${h(entry.actor.label)}${kind === entry.actor.label ? '' : ` <span class="hint">${h(kind)}</span>`}</td>
<td>${h(channelWords(entry.channel))}</td>
<td>${h(entry.meaning)} <span class="hint">${h(entry.action)}</span></td>
<td>${h(entry.subject.label)}</td>
<td>${details ? h(details) : '<span class="hint">–</span>'}</td></tr>`;
}

function filterForm(form: AuditForm): string {
  const actions: Array<[string, string]> = [['', 'Any action'], ...Object.keys(AUDIT_ACTIONS).map((action): [string, string] => [action, action])];
  const text = (id: string, name: keyof AuditForm, label: string, hint: string, max: number) =>
    `<div><label for="${id}">${label}</label> <input type="text" id="${id}" name="${name}" value="${h(form[name])}" maxlength="${max}" aria-describedby="${id}-hint"><span class="hint" id="${id}-hint">${hint}</span></div>`;
  const day = (id: string, name: 'from' | 'to', label: string) => `<div><label for="${id}">${label}</label> <input type="date" id="${id}" name="${name}" value="${h(form[name])}"></div>`;
  return `<form class="actions" method="get" action="${ADMIN_PATHS.audit}" aria-label="Filter the audit log">
${text('audit-person', 'person', 'Person', 'an employee number: their data, and reads of their team', 100)}
<div><label for="audit-action">Action</label> ${select({ id: 'audit-action', name: 'action', values: actions, selected: form.action })}</div>
${text('audit-actor', 'actor', 'Who', 'an employee number, a username, API token, command line or scheduler', 200)}
${day('audit-from', 'from', 'From (day, UTC)')}
${day('audit-to', 'to', 'To (day, UTC)')}
<div><button type="submit" class="button primary">Show</button> <a class="button" href="${ADMIN_PATHS.audit}">Clear</a></div>
</form>`;
}

function auditPage(ctx: PageContext, form: AuditForm, result: { log: AuditLogView } | { problem: string }): string {
  let list: string;
  if ('problem' in result) list = '';
  else if (result.log.entries.length === 0) list = `<p>${form.older ? 'No older entries.' : 'No entries match.'}</p>`;
  else {
    list = table({
      caption: `Audit entries, newest first${form.older ? ' (older page)' : ''}`,
      head: ['When', 'Who', 'Where', 'What', 'Whose data', 'Details'],
      rows: result.log.entries.map(entryRow),
    });
  }
  const paging = 'log' in result && (form.older || result.log.nextCursor !== null)
    ? `<nav class="actions" aria-label="Pages of the audit log">${form.older ? `<a class="button" href="${h(pageHref(form))}">Newest entries</a>` : ''}${result.log.nextCursor !== null ? `<a class="button" href="${h(pageHref(form, result.log.nextCursor))}" rel="next">Older entries</a>` : ''}</nav>`
    : '';
  const main = `<h1>Audit log</h1>
<p class="muted">Who read or changed whose data, through the admin and manager pages, routes and commands: newest first. It never holds scores. Reading it is recorded too.</p>
${filterForm(form)}
${list}
${paging}`;
  return consolePage(ctx, { title: 'Audit log', section: 'admin', main, ...('problem' in result ? { notice: { text: result.problem, error: true } } : {}) });
}

/** The audit log for admins: filter by person, action, who and days; newest first, a page at a time. */
export const auditPages: ConsolePageModule = (router, { core, admin, handle, audit }) => {
  router.get(
    ADMIN_PATHS.audit,
    admin,
    // Recorded when the page is served (a refused filter answers 422 and records nothing).
    audit(
      'audit.read',
      (req) => {
        const person = formOf(req).person;
        return { label: person ? `audit log of ${person}` : 'audit log' };
      },
      (req) => {
        const form = formOf(req);
        return { filters: FIELDS.filter((name) => form[name] !== '').map((name) => (name === 'person' ? 'subject' : name === 'actor' ? 'actorLabel' : name)) };
      },
    ),
    handle(async (req, res) => {
      const form = formOf(req);
      const parsed = filtersOf(form);
      const page = localsOf(res).page;
      if ('problem' in parsed) {
        res.status(422).type('html').send(auditPage(page, form, parsed));
        return;
      }
      try {
        res.type('html').send(auditPage(page, form, { log: await core.listAudit(parsed.filters) }));
      } catch (error) {
        if (!isSkillcheckError(error) || error.code !== 'INVALID_INPUT') throw error;
        res.status(422).type('html').send(auditPage(page, form, { problem: error.message }));
      }
    }),
  );
};
