import { likelihood, type Outcome } from './item-model.js';

/**
 * A skill estimate: what is believed about a person's ability in one skill, as a normal distribution
 * on the logit scale (mean and standard deviation). Every answer updates it exactly (Bayes on a grid),
 * and the result is summarised again as mean and spread, so an estimate is two numbers to store.
 */
export interface Estimate {
  mean: number;
  sd: number;
}

export interface Response {
  difficulty: number;
  outcome: Outcome;
}

/** The population: abilities are N(0, 1) on this scale by construction of the level cuts. */
export const POPULATION: Estimate = { mean: 0, sd: 1 };
/** An estimate is never narrower than this: people and questions change. */
export const MIN_SD = 0.25;
/** How fast an old result loses its certainty: variance grows by DRIFT^2 per year. */
export const DRIFT_PER_YEAR = 0.8;

const GRID_MIN = -5;
const GRID_MAX = 5;
const GRID_STEP = 0.05;
const GRID: number[] = Array.from({ length: Math.round((GRID_MAX - GRID_MIN) / GRID_STEP) + 1 }, (_, i) => GRID_MIN + i * GRID_STEP);

/** The posterior on the grid, as weights that sum to 1. */
function posteriorWeights(prior: Estimate, responses: readonly Response[]): number[] {
  const sd = Math.max(prior.sd, MIN_SD);
  const weights = GRID.map((theta) => {
    let w = Math.exp(-0.5 * ((theta - prior.mean) / sd) ** 2);
    for (const response of responses) w *= likelihood(response.outcome, theta, response.difficulty);
    return w;
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

/** The estimate after some answers: the exact posterior's mean and standard deviation. */
export function updateEstimate(prior: Estimate, responses: readonly Response[]): Estimate {
  if (responses.length === 0) return { mean: prior.mean, sd: Math.max(prior.sd, MIN_SD) };
  const weights = posteriorWeights(prior, responses);
  let mean = 0;
  for (let i = 0; i < GRID.length; i++) mean += weights[i]! * GRID[i]!;
  let variance = 0;
  for (let i = 0; i < GRID.length; i++) variance += weights[i]! * (GRID[i]! - mean) ** 2;
  return { mean, sd: Math.max(Math.sqrt(variance), MIN_SD) };
}

/**
 * Where a sitting starts for one skill, from what is known. An earlier estimate counts, made less
 * certain with its age; otherwise the self-rated level (1-5), trusted half: self-ratings correlate about
 * 0.5 with measured ability, so the prior is N(0.5 (level - 3), 0.87); with neither, the population.
 */
export function startingEstimate(known: { earlier?: Estimate & { at: Date }; selfRating?: number | null }, now: Date): Estimate {
  if (known.earlier) {
    const years = Math.max(0, now.getTime() - known.earlier.at.getTime()) / (365.25 * 24 * 3600 * 1000);
    const sd = Math.min(Math.sqrt(known.earlier.sd ** 2 + DRIFT_PER_YEAR ** 2 * years), POPULATION.sd);
    return { mean: known.earlier.mean, sd };
  }
  if (known.selfRating != null) return { mean: 0.5 * (known.selfRating - 3), sd: Math.sqrt(0.75) };
  return { ...POPULATION };
}

/** P(ability >= cut) under the estimate. */
export function probabilityAtLeast(estimate: Estimate, cut: number): number {
  return 1 - normalCdf((cut - estimate.mean) / estimate.sd);
}

/** Expected Fisher information of an item over the estimate (robust when the estimate is wide). */
export function expectedInformation(estimate: Estimate, informationAt: (theta: number) => number): number {
  let total = 0;
  let weight = 0;
  for (let z = -2.5; z <= 2.5; z += 0.25) {
    const w = Math.exp(-0.5 * z * z);
    total += w * informationAt(estimate.mean + z * estimate.sd);
    weight += w;
  }
  return total / weight;
}

/** The standard normal CDF (Abramowitz-Stegun 7.1.26 on erf; error under 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** A two-sided interval holding `share` of the estimate (e.g. 0.8 -> mean +- 1.28 sd). */
export function interval(estimate: Estimate, share = 0.8): { low: number; high: number } {
  const z = share >= 0.95 ? 1.96 : share >= 0.9 ? 1.645 : share >= 0.8 ? 1.2816 : 0.6745;
  return { low: estimate.mean - z * estimate.sd, high: estimate.mean + z * estimate.sd };
}
