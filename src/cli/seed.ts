/** `npm run seed`: migrates the database and loads (or refreshes) the demo organisation. Safe to run twice. */
import { prepareDatabase } from '../app/database.js';
import { createLogger } from '../app/logger.js';
import { loadConfig } from '../config/config.js';
import { loadDemoData } from '../seed/demo-data.js';
import { seedDatabase } from '../seed/seed-database.js';

const config = { ...loadConfig(), seedDemoData: false };
const { db } = await prepareDatabase(config, createLogger(config));
try {
  const counts = await seedDatabase(db, loadDemoData());
  for (const [section, count] of Object.entries(counts)) {
    console.log(`${section.padEnd(13)} ${count.received} rows: ${count.created} created, ${count.updated} updated, ${count.unchanged} unchanged`);
  }
} finally {
  await db.$disconnect();
}
