import PQueue from 'p-queue';

/** What a bounded queue reports when it refuses a task: what kind of work, and how deep the queue was. */
export interface Refusal {
  kind: string;
  depth: number;
  limit: number;
}

export interface BoundedQueueOptions {
  /** tasks waiting or running at most; one more is refused */
  limit: number;
  /** tasks running at once */
  concurrency: number;
  /** at most `intervalCap` tasks started per `interval` ms (pacing), when given */
  pace?: { intervalCap: number; interval: number };
  /** told of every refused task (a log line and a counter, by whoever owns the queue) */
  onRefused(refusal: Refusal): void;
}

/**
 * Work that waits in memory, with a bound: p-queue runs it with bounded concurrency (and pacing), and a
 * task that would make more than `limit` wait or run is refused at once instead of growing the heap.
 * The owner decides what a refusal means (shed with a word to the person, or deferred to a later run).
 */
export class BoundedQueue {
  private readonly queue: PQueue;

  constructor(private readonly options: BoundedQueueOptions) {
    this.queue = new PQueue({ concurrency: options.concurrency, ...(options.pace ?? {}) });
  }

  /** tasks waiting or running now */
  depth(): number {
    return this.queue.size + this.queue.pending;
  }

  /**
   * Takes the task when there is room, and returns when it has run (rejected as it is); null when the
   * queue is full: the task was refused, and `onRefused` was told.
   */
  offer<T>(kind: string, task: () => Promise<T>): Promise<T> | null {
    const depth = this.depth();
    if (depth >= this.options.limit) {
      this.options.onRefused({ kind, depth, limit: this.options.limit });
      return null;
    }
    return this.queue.add(task, { throwOnTimeout: true });
  }

  /** resolves once nothing waits or runs */
  onIdle(): Promise<void> {
    return this.queue.onIdle();
  }
}
