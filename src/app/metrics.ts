import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolUsage } from '../db/prisma-client.js';

/** The families REST, chat and page routes fall into: a label that stays a handful of values. */
export function routeFamily(path: string): string {
  // Skillcheck's own API (/api/v1/...) and the original's routes (/api/...) share the families.
  const api = /^\/api(?:\/v1)?(\/.*)$/.exec(path)?.[1];
  if (path === '/api/messages' || path.startsWith('/api/messages/')) return 'teams';
  if (api?.startsWith('/learner/')) return 'learner';
  if (api?.startsWith('/manager/')) return 'manager';
  if (api?.startsWith('/admin/')) return 'admin';
  if (api?.startsWith('/auth/')) return 'auth';
  if (api !== undefined) return 'api';
  if (path.startsWith('/slack/')) return 'slack';
  if (path === '/app' || path.startsWith('/app/')) return 'console';
  if (path === '/try' || path.startsWith('/try/')) return 'web-chat';
  if (path.startsWith('/open/')) return 'open-link';
  if (path === '/healthz' || path === '/readyz') return 'health';
  if (path === '/metrics') return 'metrics';
  return 'other';
}

/**
 * What an operator scrapes at GET /metrics (Prometheus text format, prom-client): request latency per
 * route family, the chat work waiting after acknowledged requests (and what was shed), scheduled deliveries
 * by outcome (and those waiting or deferred), Gemini calls and failures, the database pool (PostgreSQL),
 * and the process's own figures (memory, event-loop lag, CPU). One registry
 * per server, so two servers in one process (tests) keep their own counts.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'skillcheck_http_request_duration_seconds',
    help: 'HTTP request latency by route family, method and status',
    labelNames: ['family', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly deliveries = new Counter({
    name: 'skillcheck_deliveries_total',
    help: 'Scheduled messages (digests, reminders, check-ins) by job and outcome: sent, retrying, failed',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly geminiCalls = new Counter({
    name: 'skillcheck_gemini_calls_total',
    help: 'Gemini calls by outcome: ok, failed (an error, a timeout, an empty reply), skipped (paused after a failure)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly chatWorkShed = new Counter({
    name: 'skillcheck_chat_work_shed_total',
    help: 'Chat work refused because its queue was full (the request was still acknowledged), by platform and kind: command, press, home',
    labelNames: ['platform', 'kind'] as const,
    registers: [this.registry],
  });
  readonly deliveriesDeferred = new Counter({
    name: 'skillcheck_deliveries_deferred_total',
    help: 'Messages refused because a platform\'s delivery queue was full, by platform and kind: digest, reminder, check-in (left for a later run), nudge (the manager is told to try again)',
    labelNames: ['platform', 'kind'] as const,
    registers: [this.registry],
  });
  private readonly queues = new Map<string, () => number>();
  private readonly deliveryQueues = new Map<string, () => number>();

  constructor() {
    const queues = this.queues;
    const deliveryQueues = this.deliveryQueues;
    new Gauge({
      name: 'skillcheck_delivery_queue_depth',
      help: 'Scheduled messages handed to a platform and not sent yet (waiting for their turn or being sent), by platform',
      labelNames: ['platform'] as const,
      registers: [this.registry],
      collect() {
        for (const [platform, depth] of deliveryQueues) this.set({ platform }, depth());
      },
    });
    new Gauge({
      name: 'skillcheck_chat_work_queue_depth',
      help: 'Chat work acknowledged and not finished yet (waiting or running), by platform',
      labelNames: ['platform'] as const,
      registers: [this.registry],
      collect() {
        for (const [platform, depth] of queues) this.set({ platform }, depth());
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: 'skillcheck_' });
  }

  /** A platform's queue of work after acknowledged requests, read at every scrape. */
  watchQueue(platform: string, depth: () => number): void {
    this.queues.set(platform, depth);
  }

  /** A platform's queue of scheduled messages, read at every scrape. */
  watchDeliveryQueue(platform: string, depth: () => number): void {
    this.deliveryQueues.set(platform, depth);
  }

  /** The database's connection pool, read at every scrape (PostgreSQL only: see createDatabaseClient). */
  watchDatabasePool(pool: () => PoolUsage): void {
    new Gauge({
      name: 'skillcheck_db_pool_connections',
      help: 'Database connections of this process by state: busy (running a query or transaction), idle (open, free)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const usage = pool();
        this.set({ state: 'busy' }, usage.total - usage.idle);
        this.set({ state: 'idle' }, usage.idle);
      },
    });
    new Gauge({
      name: 'skillcheck_db_pool_waiting',
      help: 'Queries waiting for a free database connection of this process',
      registers: [this.registry],
      collect() {
        this.set(pool().waiting);
      },
    });
    new Gauge({
      name: 'skillcheck_db_pool_max',
      help: 'The most database connections this process opens (DATABASE_POOL_SIZE)',
      registers: [this.registry],
      collect() {
        this.set(pool().max);
      },
    });
  }

  /** SQLite's compiled statements: prepared, or served again from those kept (see src/db/sqlite-statement-cache.ts). */
  watchStatements(statements: { prepared: number; reused: number }): void {
    new Gauge({
      name: 'skillcheck_db_statements',
      help: 'SQL statements run on SQLite since start, by outcome: prepared (compiled by SQLite) or reused (a kept compiled statement)',
      labelNames: ['outcome'] as const,
      registers: [this.registry],
      collect() {
        this.set({ outcome: 'prepared' }, statements.prepared);
        this.set({ outcome: 'reused' }, statements.reused);
      },
    });
  }

  /** The kept learner reads (READ_CACHE_MB): reads served from what was kept, reads computed, views kept. */
  watchReadCache(cache: { hits: number; misses: number; size: number }): void {
    new Gauge({
      name: 'skillcheck_read_cache_reads',
      help: 'Learner reads (dashboard, progress bar, learning path) since start, by outcome: kept (served from memory, its read stamp unchanged) or computed',
      labelNames: ['outcome'] as const,
      registers: [this.registry],
      collect() {
        this.set({ outcome: 'kept' }, cache.hits);
        this.set({ outcome: 'computed' }, cache.misses);
      },
    });
    new Gauge({
      name: 'skillcheck_read_cache_views',
      help: 'Learner views kept in memory by this process',
      registers: [this.registry],
      collect() {
        this.set(cache.size);
      },
    });
  }

  /** A scheduled job's report, counted by outcome. */
  countDeliveries(job: string, report: { sent: number; retrying: number; failed: number }): void {
    for (const outcome of ['sent', 'retrying', 'failed'] as const) if (report[outcome] > 0) this.deliveries.inc({ job, outcome }, report[outcome]);
  }
}
