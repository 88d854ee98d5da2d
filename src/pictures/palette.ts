import type { CellState } from '../core/skill-maps/views.js';

export interface StateStyle {
  /** the cell's colour (Okabe-Ito, safe for the common colour-vision deficiencies) */
  fill: string;
  /** the colour of text on it */
  ink: string;
  /** a sign in every cell, so colour is never the only carrier */
  mark: string;
  /** the legend's words */
  label: string;
}

/** One style per state; a cell not expected is a light outline with no sign. */
export const PALETTE: Record<CellState, StateStyle> = {
  GAP: { fill: '#d55e00', ink: '#ffffff', mark: '✗', label: 'Gap' },
  ON_TARGET: { fill: '#0072b2', ink: '#ffffff', mark: '✓', label: 'On target' },
  NOT_SURE: { fill: '#f0e442', ink: '#1a1a1a', mark: '?', label: 'Not sure yet' },
  NOT_ASSESSED: { fill: '#d9d9d9', ink: '#1a1a1a', mark: '–', label: 'Not assessed' },
  NOT_EXPECTED: { fill: '#ffffff', ink: '#767676', mark: '', label: 'Not expected of the role' },
};

/** The outline of a cell not expected (a white cell needs an edge to be seen). */
export const OUTLINE = '#bdbdbd';

/** The legend's order. */
export const LEGEND_STATES: CellState[] = ['GAP', 'ON_TARGET', 'NOT_SURE', 'NOT_ASSESSED', 'NOT_EXPECTED'];
