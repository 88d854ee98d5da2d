/**
 * Prints the SQL of the read-stamp triggers (see src/core/reads/read-stamps.ts) for one provider, to append to
 * a migration: `npx tsx tools/db/read-stamp-triggers.ts sqlite|postgresql [Table ...]`. A migration that
 * redefines a table (SQLite's RedefineTables drops its triggers) must create that table's triggers again;
 * tests/db/read-stamps.test.ts fails until it does.
 */
import { CATALOGUE_TABLES, PERSON_TABLES, type PersonTable } from '../../src/core/reads/read-stamps.js';

const provider = process.argv[2];
if (provider !== 'sqlite' && provider !== 'postgresql') {
  console.error('usage: npx tsx tools/db/read-stamp-triggers.ts sqlite|postgresql [Table ...]');
  process.exit(2);
}
const only = new Set(process.argv.slice(3));
const wanted = (table: string) => only.size === 0 || only.has(table);

/** The person a row belongs to, as SQL over the row variable (NEW or OLD). */
function personOf(table: PersonTable, row: 'NEW' | 'OLD'): string {
  switch (table.through) {
    case 'employeeId':
      return `${row}."employeeId"`;
    case 'session':
      return `(SELECT "employeeId" FROM "AssessmentSession" WHERE "id" = ${row}."sessionId")`;
    case 'path':
      return `(SELECT "employeeId" FROM "LearningPath" WHERE "id" = ${row}."pathId")`;
  }
}

const bump = (person: string) => `UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = ${person}`;
const bumpCatalogue = `UPDATE "CatalogueStamp" SET "version" = "version" + 1 WHERE "id" = 1`;
const lines: string[] = [];

if (provider === 'sqlite') {
  if (wanted('Employee')) {
    lines.push(`CREATE TRIGGER "Employee_read_stamp" AFTER UPDATE ON "Employee" WHEN NEW."readVersion" = OLD."readVersion" BEGIN ${bump('NEW."id"')}; END;`);
  }
  for (const table of PERSON_TABLES.filter((entry) => wanted(entry.name))) {
    const name = table.name;
    lines.push(`CREATE TRIGGER "${name}_read_stamp_insert" AFTER INSERT ON "${name}" BEGIN ${bump(personOf(table, 'NEW'))}; END;`);
    lines.push(`CREATE TRIGGER "${name}_read_stamp_update" AFTER UPDATE ON "${name}" BEGIN ${bump(personOf(table, 'NEW'))}; UPDATE "Employee" SET "readVersion" = "readVersion" + 1 WHERE "id" = ${personOf(table, 'OLD')} AND "id" IS NOT ${personOf(table, 'NEW')}; END;`);
    lines.push(`CREATE TRIGGER "${name}_read_stamp_delete" AFTER DELETE ON "${name}" BEGIN ${bump(personOf(table, 'OLD'))}; END;`);
  }
  for (const table of CATALOGUE_TABLES.filter((entry) => wanted(entry.name))) {
    const name = table.name;
    const columns = table.columns ? ` OF ${table.columns.map((column) => `"${column}"`).join(', ')}` : '';
    lines.push(`CREATE TRIGGER "${name}_catalogue_stamp_insert" AFTER INSERT ON "${name}" BEGIN ${bumpCatalogue}; END;`);
    lines.push(`CREATE TRIGGER "${name}_catalogue_stamp_update" AFTER UPDATE${columns} ON "${name}" BEGIN ${bumpCatalogue}; END;`);
    lines.push(`CREATE TRIGGER "${name}_catalogue_stamp_delete" AFTER DELETE ON "${name}" BEGIN ${bumpCatalogue}; END;`);
  }
} else {
  if (wanted('Employee')) {
    lines.push(
      `CREATE FUNCTION "Employee_read_stamp"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW."readVersion" = OLD."readVersion" THEN NEW."readVersion" := OLD."readVersion" + 1; END IF; RETURN NEW; END $$;`,
      `CREATE TRIGGER "Employee_read_stamp" BEFORE UPDATE ON "Employee" FOR EACH ROW EXECUTE FUNCTION "Employee_read_stamp"();`,
    );
  }
  for (const table of PERSON_TABLES.filter((entry) => wanted(entry.name))) {
    const name = table.name;
    lines.push(
      `CREATE FUNCTION "${name}_read_stamp"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
        `IF TG_OP = 'DELETE' THEN ${bump(personOf(table, 'OLD'))}; ` +
        `ELSIF TG_OP = 'INSERT' THEN ${bump(personOf(table, 'NEW'))}; ` +
        `ELSE ${bump(personOf(table, 'NEW'))}; IF ${personOf(table, 'OLD')} IS DISTINCT FROM ${personOf(table, 'NEW')} THEN ${bump(personOf(table, 'OLD'))}; END IF; ` +
        `END IF; RETURN NULL; END $$;`,
      `CREATE TRIGGER "${name}_read_stamp" AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION "${name}_read_stamp"();`,
    );
  }
  if (CATALOGUE_TABLES.some((entry) => wanted(entry.name))) {
    lines.push(`CREATE OR REPLACE FUNCTION "catalogue_stamp"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${bumpCatalogue}; RETURN NULL; END $$;`);
  }
  for (const table of CATALOGUE_TABLES.filter((entry) => wanted(entry.name))) {
    const name = table.name;
    const columns = table.columns ? ` OF ${table.columns.map((column) => `"${column}"`).join(', ')}` : '';
    // Per statement: an import that writes a thousand rows raises the version once.
    lines.push(`CREATE TRIGGER "${name}_catalogue_stamp" AFTER INSERT OR DELETE OR UPDATE${columns} ON "${name}" FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_stamp"();`);
  }
}
console.log(lines.join('\n'));
