import type { SkillGap } from '../../assessment/rules/gaps.js';
import type { ContentType, Difficulty } from '../../shared/types.js';

export interface CandidateContent {
  contentId: number;
  skillId: number;
  title: string;
  type: ContentType;
  difficulty: Difficulty;
  minutes: number;
}

export interface PlannedItem {
  contentId: number;
  skillId: number;
  score: number;
  reason: string;
}

/**
 * Difficulties that fit a score, best first: a low score starts with the basics, a score near
 * the threshold goes deeper.
 */
export function difficultiesFor(score: number): Difficulty[] {
  if (score < 40) return ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'];
  return ['INTERMEDIATE', 'ADVANCED', 'BEGINNER'];
}

const difficultyWords: Record<Difficulty, string> = {
  BEGINNER: 'starts from the basics',
  INTERMEDIATE: 'builds working depth',
  ADVANCED: 'goes into advanced practice',
};

/** The one-line explanation of why an item is in the path (deterministic template). */
export function recommendationReason(gap: SkillGap, content: CandidateContent, roleName: string | null, threshold: number): string {
  const kind = gap.category === 'CORE' ? 'a core skill' : 'a nice-to-have skill';
  const role = roleName ? ` for ${roleName}` : '';
  return `${gap.name} is ${kind}${role} and you scored ${gap.score}% (target ${threshold}%); this ${content.type.toLowerCase()} ${difficultyWords[content.difficulty]}.`;
}

/**
 * Builds the path: for each gap in order, up to `maxPerGap` items of that skill, those whose
 * difficulty fits the score first, shorter first within a difficulty. A content item appears once.
 */
export function buildLearningPath(
  gaps: SkillGap[],
  catalogue: CandidateContent[],
  options: { maxPerGap: number; threshold: number; roleName: string | null },
): PlannedItem[] {
  const used = new Set<number>();
  const items: PlannedItem[] = [];
  for (const gap of gaps) {
    const order = difficultiesFor(gap.score);
    const candidates = catalogue
      .filter((content) => content.skillId === gap.skillId)
      .sort(
        (a, b) =>
          order.indexOf(a.difficulty) - order.indexOf(b.difficulty) || a.minutes - b.minutes || a.contentId - b.contentId,
      );
    let taken = 0;
    for (const content of candidates) {
      // Once: across gaps, and within one gap when the catalogue lists an item twice.
      if (taken >= options.maxPerGap || used.has(content.contentId)) continue;
      taken += 1;
      used.add(content.contentId);
      items.push({
        contentId: content.contentId,
        skillId: gap.skillId,
        score: gap.score,
        reason: recommendationReason(gap, content, options.roleName, options.threshold),
      });
    }
  }
  return items;
}
