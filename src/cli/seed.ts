/** `npm run seed`: migrates the database and loads (or refreshes) the demo organisation. Safe to run twice. */
import { prepareDatabase } from '../app/database.js';
import { createLogger } from '../app/logger.js';
import { loadConfig } from '../config/config.js';
import { loadDemoData } from '../seed/demo-data.js';
import { seedDatabase } from '../seed/seed-database.js';

const config = { ...loadConfig(), seedDemoData: false };
const { db } = await prepareDatabase(config, createLogger(config));
try {
  const report = await seedDatabase(db, loadDemoData());
  console.log(`demo organisation loaded: ${report.skills} skills, ${report.roles} roles, ${report.employees} employees, ${report.content} learning items, ${report.bankQuestions} bank questions`);
} finally {
  await db.$disconnect();
}
