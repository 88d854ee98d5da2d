import { existsSync } from 'node:fs';
import { defineConfig } from 'prisma/config';

// Offline machines cannot download Prisma's native schema engine, and every CLI command tries to
// before it starts. `prisma generate` does not need the engine: pointing this variable at any
// existing executable makes the CLI skip the download. Migrations are applied by the project's own
// runner (src/db/migrations/) and written by `npm run db:migration`, both on the WebAssembly engine.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = existsSync('/bin/true') ? '/bin/true' : process.execPath;
}

export default defineConfig({
  schema: 'prisma/sqlite/schema.prisma',
  migrations: { path: 'prisma/sqlite/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/skillcheck.db' },
});
