import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds package.json, found upwards from this module (works from src/ and from a build). */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot();
export const prismaDir = join(projectRoot, 'prisma');
export const seedDir = join(prismaDir, 'seed');
export const migrationsDir = (provider: 'sqlite' | 'postgresql') => join(prismaDir, provider, 'migrations');
export const schemaPath = (provider: 'sqlite' | 'postgresql') => join(prismaDir, provider, 'schema.prisma');
