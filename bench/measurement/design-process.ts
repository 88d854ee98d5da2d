/** A child process of the measurement bench: runs one adaptive design and sends its result to the parent. */
import { runAdaptiveDesign } from './simulate.js';

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

process.once('message', (message) => {
  const { learners, seed, days, dontKnow } = message as { learners: number; seed: string; days: number; dontKnow: boolean };
  runAdaptiveDesign({ learners, seed, days, log: (line) => process.stderr.write(`${line}\n`) }, dontKnow).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
});
