import type { CoreDeps } from '../../context.js';
import type { Outcome } from '../../measurement/rules/item-model.js';
import { splitByAbility, summariseHalf, type HalfSummary } from '../../measurement/rules/item-quality.js';
import { isReportReason, readReport } from '../../measurement/rules/report-reasons.js';
import { inSlices } from '../../shared/chunks.js';
import { bankQuestionInclude, bankQuestionView } from './queries.js';
import type { ReviewQueueView } from './views.js';

function groupBy<T extends { id: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(row.id, [...(groups.get(row.id) ?? []), row]);
  return groups;
}

const half = (summary: HalfSummary) => ({
  answers: summary.answers,
  right: summary.right,
  dontKnow: summary.dontKnow,
  rightShare: summary.rightShare,
  chosen: { A: summary.chosen.A ?? 0, B: summary.chosen.B ?? 0, C: summary.chosen.C ?? 0, D: summary.chosen.D ?? 0 },
});

/**
 * The review queue: every withheld question (status REVIEW), the longest waiting first, with its
 * reports (from people, with the reason, and from the statistics), its statistics, and how the weaker
 * and the stronger half of the people who answered it did, split as the statistics' own check splits them.
 */
export async function getReviewQueue(deps: CoreDeps): Promise<ReviewQueueView> {
  const rows = await deps.db.bankQuestion.findMany({ where: { status: 'REVIEW' }, include: bankQuestionInclude, orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }] });
  const ids = rows.map((row) => row.id);
  const [reports, responses] = await Promise.all([
    inSlices(ids, (slice) =>
      deps.db.questionReport.findMany({
        where: { bankQuestionId: { in: slice } },
        include: { employee: { select: { id: true, name: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    ),
    inSlices(ids, (slice) =>
      deps.db.itemResponse.findMany({ where: { bankQuestionId: { in: slice } }, select: { bankQuestionId: true, abilityBefore: true, outcome: true, bankOption: true } }),
    ),
  ]);
  const answersOf = groupBy(
    responses.map((response) => ({ id: response.bankQuestionId, abilityBefore: response.abilityBefore, outcome: response.outcome as Outcome, option: response.bankOption })),
  );
  const reportsOf = groupBy(reports.map((report) => ({ ...report, id: report.bankQuestionId })));
  return {
    questions: rows.map((row) => {
      const answers = answersOf.get(row.id) ?? [];
      const halves = splitByAbility(answers);
      return {
        ...bankQuestionView(row),
        reports: (reportsOf.get(row.id) ?? []).map((report) => {
            const { code, text } = readReport(report.reason);
            const byPerson = report.employeeId !== null || (code !== null && isReportReason(code));
            return {
              by: byPerson ? ('person' as const) : ('statistics' as const),
              employee: report.employee,
              code,
              reason: text,
              reportedAt: report.createdAt.toISOString(),
            };
          }),
        halves: answers.length >= 2 ? { weak: half(summariseHalf(halves.weak)), strong: half(summariseHalf(halves.strong)) } : null,
      };
    }),
  };
}
