/**
 * The persistence port of the core: the generated Prisma client. The SQLite and PostgreSQL
 * clients are generated from schemas that differ only in their datasource block, so the core is
 * written once against this type.
 */
export type { PrismaClient as Db, Prisma } from '../../generated/sqlite/client.js';
import type { Prisma } from '../../generated/sqlite/client.js';
export type Tx = Prisma.TransactionClient;
/**
 * Where a person wants scheduled messages: AUTO, BOTH, or one platform by its name in capitals (the
 * values imports and exports use). The values come from the schema; the enum module has no client code.
 */
export { NotifyVia } from '../../generated/sqlite/enums.js';
