/**
 * What a person's manager sees of their measurements, the person's own choice:
 * - LEVELS: everything a manager saw before the choice existed (scores, level ranges, certainty).
 * - VERDICTS: per expected skill only the verdict against the role's target (gap / on target / not sure
 *   yet), the counts of verdicts, which gaps there are, the learning path's progress and the step. No
 *   score, no overall score, no level range, and no certainty figure: the certainty of a verdict is
 *   computed from where the estimate lies against the target, so "gap, 99% sure" versus "gap, 60% sure"
 *   says how far below the target the person is, which is what the choice keeps private.
 * The choice binds the person's line manager (every manager-facing view: digests, the team report, the
 * team and its heat map, the console's team pages). It does not bind L&D admins: they run the
 * programme, the organisation-wide figures they read are counts over groups of at least five, and their
 * reads of one person are in the audit log.
 */
export const MANAGER_VIEWS = ['VERDICTS', 'LEVELS'] as const;
export type ManagerView = (typeof MANAGER_VIEWS)[number];

/** The organisation's default when MANAGER_VIEW_DEFAULT is not set: what managers saw before the choice existed. */
export const DEFAULT_MANAGER_VIEW: ManagerView = 'LEVELS';

/** What the manager sees of one person: their own choice, or the organisation's default when they made none. */
export const effectiveView = (choice: ManagerView | null | undefined, organisationDefault: ManagerView = DEFAULT_MANAGER_VIEW): ManagerView =>
  choice ?? organisationDefault;

export const levelsShown = (view: ManagerView): boolean => view === 'LEVELS';
