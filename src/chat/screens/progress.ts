import { progress, type Block } from '../card/card.js';
import { duration, plural } from '../format.js';
import type { SittingProgress } from '../../core/assessment/views.js';
import type { LearningPathView } from '../../core/learning/views.js';

/**
 * Progress that tells the truth, one thing a line: while a sitting runs, how far along it is (answers,
 * the most it can still take, skills settled); after it, the share of the path done and the time left,
 * and the share of gaps closed, which only a later measurement (check-ins, a retake) does: completing
 * content closes no gap. (The original's four workflow steps stay on the REST progress bar.)
 */
export function sittingProgressBlock(answered: number, sitting: SittingProgress): Block {
  const percent = (answered / Math.max(1, sitting.atMost)) * 100;
  if (sitting.exact) return progress('Assessment', percent, `${answered} of ${sitting.atMost} questions answered`);
  const left = Math.max(0, sitting.atMost - answered);
  return progress('Assessment', percent, `${plural(answered, 'question')} answered · at most ${left} to go · ${sitting.skillsSettled} of ${sitting.skills} skills settled`);
}

/** The path's lines: items done and time left; gaps closed. Nothing for a path without items or gaps. */
export function pathProgressBlocks(path: Pick<LearningPathView, 'completion' | 'time' | 'gaps'>): Block[] {
  const { completion, time, gaps } = path;
  const blocks: Block[] = [];
  if (completion.total > 0) {
    const detail = completion.completed
      ? `all ${plural(completion.total, 'item')} done`
      : `${completion.done} of ${plural(completion.total, 'item')} done · ${duration(time.leftMinutes)} left`;
    blocks.push(progress('Learning path', completion.percent, detail));
  }
  if (gaps.total > 0) {
    const detail =
      gaps.closed === gaps.total
        ? `${gaps.closed} of ${plural(gaps.total, 'gap')} closed 🎉`
        : `${gaps.closed} of ${plural(gaps.total, 'gap')} closed · check-ins close a gap when your answers reach the target`;
    blocks.push(progress('Gaps closed', gaps.percent, detail));
  }
  return blocks;
}

/** Where a person is: the sitting while one runs, and the path's lines when there is a path. */
export function progressBlocks(state: { answered: number; sitting: SittingProgress | null; path: LearningPathView | null }): Block[] {
  return [...(state.sitting ? [sittingProgressBlock(state.answered, state.sitting)] : []), ...(state.path ? pathProgressBlocks(state.path) : [])];
}
