/** What one load run measured, whichever generator ran it: throughput, latency in ms, failures. */
export interface Load {
  rps: number;
  p50: number;
  p99: number;
  /** connection errors and timeouts */
  errors: number;
  non2xx: number;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
