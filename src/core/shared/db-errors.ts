/**
 * A unique-key violation, the database's proof that something was already recorded: from a Prisma
 * query (P2002), or from plain SQL run through Prisma (P2010, the driver's kind of error).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return code === 'P2002' || (code === 'P2010' && meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation');
}
