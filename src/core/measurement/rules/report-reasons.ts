/**
 * Why a question is in the review queue. A person reports it for one of a few reasons; the statistics
 * flag it with their own code and a sentence of figures. A report is stored as "CODE: words", so the
 * queue can show both who (or what) reported it and why, in one column.
 */
export const REPORT_REASONS = {
  WRONG_KEY: 'The marked answer is wrong.',
  UNCLEAR: 'The question is unclear.',
  OUTDATED: 'It is out of date.',
} as const;

export type ReportReason = keyof typeof REPORT_REASONS;

export const isReportReason = (value: unknown): value is ReportReason => typeof value === 'string' && Object.hasOwn(REPORT_REASONS, value);

/** How a report is stored: its code and the words for it. */
export const reportText = (code: string, words: string): string => `${code}: ${words}`;

/** A stored report read back: its code (when it has one) and its words. */
export function readReport(stored: string): { code: string | null; text: string } {
  const match = /^([A-Z][A-Z_]*): ([\s\S]*)$/.exec(stored);
  return match ? { code: match[1]!, text: match[2]! } : { code: null, text: stored };
}

/** The review reason a person's report gives a question it withholds. */
export const reportedReason = (reason: ReportReason): string => `Reported by a person: ${REPORT_REASONS[reason]}`;
