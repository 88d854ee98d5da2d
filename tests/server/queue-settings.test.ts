import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';

describe('queue bounds in the configuration', () => {
  it('defaults: 1000 chat tasks, and two minutes of deliveries at the configured pace', () => {
    expect(loadConfig({}).queues).toEqual({ chatWork: 1000, deliveries: 600 });
    expect(loadConfig({ DELIVERIES_PER_SECOND: '2' }).queues.deliveries).toBe(240);
  });

  it('set explicitly, and refused when not a positive whole number, naming the variable', () => {
    expect(loadConfig({ CHAT_WORK_QUEUE_LIMIT: '5', DELIVERY_QUEUE_LIMIT: '7' }).queues).toEqual({ chatWork: 5, deliveries: 7 });
    expect(() => loadConfig({ CHAT_WORK_QUEUE_LIMIT: '0' })).toThrow(/CHAT_WORK_QUEUE_LIMIT/);
    expect(() => loadConfig({ DELIVERY_QUEUE_LIMIT: 'lots' })).toThrow(/DELIVERY_QUEUE_LIMIT/);
  });
});
