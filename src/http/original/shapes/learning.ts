import type { ResultsView } from '../../../core/assessment/views.js';
import type { ContentProgressView, LearningItemView, LearningPathView } from '../../../core/learning/views.js';

type Group = LearningPathView['groups'][number];

/** Every item of a path with the name of the gap skill it is for, in path order. */
const itemsOf = (path: LearningPathView): { skill: string; item: LearningItemView }[] =>
  path.groups.flatMap((group: Group) => group.items.map((item) => ({ skill: group.skill.name, item })));

/** A path item as generate_learning_path and the dashboard answered it; duration in minutes, as the original's. */
export const originalLearningItem = ({ skill, item }: { skill: string; item: LearningItemView }) => ({
  content_id: item.contentId,
  title: item.title,
  skill,
  content_url: item.url,
  thumbnail: item.thumbnailUrl ?? '',
  duration: item.minutes,
  status: item.status,
});

export const originalLearningItems = (path: LearningPathView) => itemsOf(path).map(originalLearningItem);

/**
 * POST .../generate_learning_path/: matched skills are the expected skills measured on target, missing
 * skills those with a certain gap (the path's groups, in path order).
 */
export const generatePathReply = (path: LearningPathView, results: ResultsView | null) => ({
  message: 'Learning path generated',
  learning_path_id: path.pathId,
  matched_skills: (results?.skills ?? []).filter((skill) => skill.verdict === 'ON_TARGET').map((skill) => skill.name),
  missing_skills: path.groups.map((group) => group.skill.name),
  learning_items: originalLearningItems(path),
});

/**
 * GET .../learning-path/: the original's other item shape. `estimated_hours` carries minutes, as the
 * original's did (its front end prints the number followed by "mins").
 */
export const learningPathReply = (path: LearningPathView) => ({
  items: itemsOf(path).map(({ skill, item }) => ({
    id: item.contentId,
    title: item.title,
    skill,
    thumbnail: item.thumbnailUrl ?? '',
    url: item.url,
    estimated_hours: item.minutes,
    status: item.status,
  })),
});

export type ContentAction = 'start' | 'open' | 'complete';

const contentMessages: Record<ContentAction, string> = { start: 'Learning started', open: 'Learning opened', complete: 'Learning completed' };

/** POST .../learning/<content_id>/start|open|complete/ (open also answers the content's URL). */
export const contentReply = (view: ContentProgressView, action: ContentAction) => ({
  message: contentMessages[action],
  content_id: view.contentId,
  status: view.status,
  ...(action === 'open' ? { content_url: view.url } : {}),
});
