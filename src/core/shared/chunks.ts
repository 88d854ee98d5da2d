/**
 * Databases cap the number of bound parameters in one statement (Prisma's SQLite adapter: 999), so a
 * long id list is queried in fixed-size slices: the number of statements grows with the list divided
 * by the slice size, never per row.
 */
export const ID_SLICE = 500;

export async function inSlices<T>(ids: readonly number[], query: (slice: number[]) => Promise<T[]>, size = ID_SLICE): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < ids.length; start += size) results.push(...(await query(ids.slice(start, start + size))));
  return results;
}
