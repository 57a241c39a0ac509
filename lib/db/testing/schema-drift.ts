import { createRequire } from "node:module";

import pg from "pg";

// Compares what schema.prisma declares with what the migrated database holds, both reduced to
// one plain shape, so a test can `expect(actual).toEqual(expected)` and show any drift as a
// readable diff. The declared side comes from Prisma's own schema parser (the WASM build that
// `prisma generate` uses), so it needs no engine download.
//
// Prisma cannot express generated columns. The schema declares each one as
// `Unsupported("tsvector")? @default(dbgenerated("<expression>"))`, the form Prisma's own
// introspection gives them, and Prisma's parser leaves Unsupported fields out of its DMMF; so
// they are read from the schema text here and expected as STORED generated columns with exactly
// that expression, as PostgreSQL prints it back.

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  nativeType: [string, string[]] | null;
  isRequired: boolean;
  isList: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}

interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { fields: string[] } | null;
  uniqueIndexes: { name: string | null; fields: string[] }[];
}

interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  /** BTree (when absent), Hash, Gist, Gin, SpGist or Brin. */
  algorithm?: string;
  fields: { name: string }[];
}

/** A field Prisma's DMMF leaves out: `name Unsupported("type")? @map(…) @default(dbgenerated(…))`. */
interface UnsupportedField {
  name: string;
  dbName: string | null;
  type: string;
  isRequired: boolean;
  isList: boolean;
  generatedAs: string | null;
}

interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
    indexes: DmmfIndex[];
  };
  /** Unsupported fields per model name, read from the schema text. */
  unsupported: Record<string, UnsupportedField[]>;
}

export interface SchemaShape {
  enums: Record<string, string[]>;
  tables: Record<
    string,
    {
      columns: Record<string, { type: string; nullable: boolean; default: string | null; generated?: "stored" }>;
      primaryKey: string[];
      indexes: Record<string, { columns: string[]; unique: boolean; method: string }>;
      foreignKeys: Record<string, { columns: string[]; references: string; referencedColumns: string[]; onDelete: string; onUpdate: string }>;
    }
  >;
}

export function parseSchema(schemaText: string): Dmmf {
  const require = createRequire(import.meta.url);
  const wasm = require("@prisma/prisma-schema-wasm") as { get_dmmf(params: string): string };
  // Parsing first also validates the schema, so the text read below is known to be well formed.
  const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: schemaText }))) as Omit<Dmmf, "unsupported">;
  return { ...dmmf, unsupported: unsupportedFields(schemaText) };
}

// A Prisma string literal and its escapes, which are JSON's.
const STRING = String.raw`"((?:[^"\\]|\\.)*)"`;
const MODEL_BLOCK = /^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm;
const UNSUPPORTED_FIELD = new RegExp(String.raw`^\s*(\w+)\s+Unsupported\(${STRING}\)(\[\]|\?)?(.*)$`, "gm");
const MAP_ATTRIBUTE = new RegExp(String.raw`@map\(\s*${STRING}\s*\)`);
const DBGENERATED_DEFAULT = new RegExp(String.raw`@default\(\s*dbgenerated\(\s*${STRING}\s*\)\s*\)`);

function unquote(literal: string): string {
  return JSON.parse(`"${literal}"`) as string;
}

function unsupportedFields(schemaText: string): Record<string, UnsupportedField[]> {
  const byModel: Record<string, UnsupportedField[]> = {};
  for (const [, model = "", body = ""] of schemaText.matchAll(MODEL_BLOCK)) {
    for (const [, name = "", type = "", modifier, attributes = ""] of body.matchAll(UNSUPPORTED_FIELD)) {
      const map = MAP_ATTRIBUTE.exec(attributes)?.[1];
      const generated = DBGENERATED_DEFAULT.exec(attributes)?.[1];
      (byModel[model] ??= []).push({
        name,
        dbName: map === undefined ? null : unquote(map),
        type: unquote(type),
        isRequired: modifier === undefined,
        isList: modifier === "[]",
        generatedAs: generated === undefined ? null : unquote(generated),
      });
    }
  }
  return byModel;
}

const scalarTypes: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Json: "jsonb",
  Bytes: "bytea",
  DateTime: "timestamp(3) without time zone",
};

function nativeTypeName(field: DmmfField): string {
  if (field.kind === "enum") return `enum ${field.type}`;
  const [name, args] = field.nativeType ?? [null, []];
  switch (name) {
    case null:
      return scalarTypes[field.type] ?? `unknown ${field.type}`;
    case "Timestamptz":
      return `timestamp(${args[0] ?? "6"}) with time zone`;
    case "Timestamp":
      return `timestamp(${args[0] ?? "6"}) without time zone`;
    case "Date":
      return "date";
    case "VarChar":
      return args.length ? `character varying(${args[0]})` : "character varying";
    case "Uuid":
      return "uuid";
    default:
      return `${name.toLowerCase()}${args.length ? `(${args.join(",")})` : ""}`;
  }
}

function defaultSql(field: DmmfField, table: string, column: string): string | null {
  if (!field.hasDefaultValue || field.default === undefined) return null;
  const value = field.default;
  if (typeof value === "object" && value !== null && "name" in value) {
    const call = value as { name: string; args: unknown[] };
    if (call.name === "now") return "CURRENT_TIMESTAMP";
    if (call.name === "autoincrement") return `nextval('"${table}_${column}_seq"'::regclass)`;
    if (call.name === "dbgenerated") return String(call.args[0]);
    return null; // cuid(), uuid(): generated by the client, not the database.
  }
  // A list's default (`@default([])`, the only one this schema uses) is an array literal.
  if (Array.isArray(value)) return value.length === 0 && field.type === "String" ? "ARRAY[]::text[]" : null;
  if (field.kind === "enum") return `'${String(value)}'::"${field.type}"`;
  if (field.type === "Json") return `'${String(value)}'::jsonb`;
  if (field.type === "String") return `'${String(value)}'::text`;
  return String(value);
}

function fieldColumn(field: { name: string; dbName?: string | null }): string {
  return field.dbName ?? field.name;
}

const referentialActions: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

/** The database shape schema.prisma asks for, with Prisma's default constraint and index names. */
export function expectedShape(dmmf: Dmmf): SchemaShape {
  const models = new Map(dmmf.datamodel.models.map((model) => [model.name, model]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field =
      model.fields.find((candidate) => candidate.name === fieldName) ??
      dmmf.unsupported[model.name]?.find((candidate) => candidate.name === fieldName);
    return field ? fieldColumn(field) : fieldName;
  };

  const tables: SchemaShape["tables"] = {};
  for (const model of dmmf.datamodel.models) {
    const table = tableOf(model);
    const columns: SchemaShape["tables"][string]["columns"] = {};
    const foreignKeys: SchemaShape["tables"][string]["foreignKeys"] = {};
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (field.relationFromFields?.length) {
          const target = models.get(field.type);
          if (!target) continue;
          const cols = field.relationFromFields.map((name) => columnOf(model, name));
          const anyRequired = field.relationFromFields.some(
            (name) => model.fields.find((candidate) => candidate.name === name)?.isRequired,
          );
          const onDelete = field.relationOnDelete ?? (anyRequired ? "Restrict" : "SetNull");
          foreignKeys[`${table}_${cols.join("_")}_fkey`] = {
            columns: cols,
            references: tableOf(target),
            referencedColumns: (field.relationToFields ?? []).map((name) => columnOf(target, name)),
            onDelete: referentialActions[onDelete] ?? onDelete,
            onUpdate: "CASCADE",
          };
        }
        continue;
      }
      const column = fieldColumn(field);
      const base = nativeTypeName(field);
      columns[column] = {
        type: field.isList ? `${base}[]` : base,
        nullable: field.isList || !field.isRequired,
        default: defaultSql(field, table, column),
      };
    }
    for (const field of dmmf.unsupported[model.name] ?? []) {
      columns[fieldColumn(field)] = {
        type: field.isList ? `${field.type}[]` : field.type,
        nullable: field.isList || !field.isRequired,
        default: field.generatedAs,
        ...(field.generatedAs === null ? {} : { generated: "stored" as const }),
      };
    }
    const primaryKey = model.primaryKey
      ? model.primaryKey.fields.map((name) => columnOf(model, name))
      : model.fields.filter((field) => field.isId).map(fieldColumn);
    // A model identified only by a unique field (Auth.js's Session) has no primary key.
    const indexes: SchemaShape["tables"][string]["indexes"] = primaryKey.length
      ? { [`${table}_pkey`]: { columns: primaryKey, unique: true, method: "btree" } }
      : {};
    for (const index of dmmf.datamodel.indexes.filter((candidate) => candidate.model === model.name)) {
      if (index.type === "id") continue;
      const cols = index.fields.map((field) => columnOf(model, field.name));
      const name = index.dbName ?? `${table}_${cols.join("_")}_${index.type === "unique" ? "key" : "idx"}`;
      indexes[name] = { columns: cols, unique: index.type === "unique", method: index.algorithm?.toLowerCase() ?? "btree" };
    }
    tables[table] = { columns, primaryKey, indexes, foreignKeys };
  }

  const enums: SchemaShape["enums"] = {};
  for (const entry of dmmf.datamodel.enums) {
    enums[entry.dbName ?? entry.name] = entry.values.map((value) => value.dbName ?? value.name);
  }
  return { enums, tables };
}

const deleteActions: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

/** The shape of the `public` schema of a live database, skipping the tables named in `ignoreTables`. */
export async function actualShape(url: string, ignoreTables: string[] = ["_prisma_migrations"]): Promise<SchemaShape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const enumRows = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`);
    const columnRows = await client.query<{ table: string; column: string; type: string; nullable: boolean; default: string | null; generated: string }>(`
      SELECT c.relname AS table, a.attname AS column,
             CASE WHEN t.typtype = 'e' THEN 'enum ' || t.typname
                  WHEN et.typtype = 'e' THEN 'enum ' || et.typname || '[]'
                  ELSE format_type(a.atttypid, a.atttypmod) END AS type,
             NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default, a.attgenerated::text AS generated
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`);
    const indexRows = await client.query<{ table: string; name: string; unique: boolean; primary: boolean; method: string; columns: string[] }>(`
      SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
             am.amname AS method, array_agg(a.attname ORDER BY k.ord)::text[] AS columns
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_am am ON am.oid = i.relam
      JOIN pg_namespace n ON n.oid = t.relnamespace
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' GROUP BY t.relname, i.relname, ix.indisunique, ix.indisprimary, am.amname`);
    const fkRows = await client.query<{ table: string; name: string; columns: string[]; references: string; referencedColumns: string[]; onDelete: string; onUpdate: string }>(`
      SELECT c.conrelid::regclass::text AS table, c.conname AS name,
             (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS columns,
             c.confrelid::regclass::text AS references,
             (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(c.confkey) WITH ORDINALITY k(n, ord)
               JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS "referencedColumns",
             c.confdeltype AS "onDelete", c.confupdtype AS "onUpdate"
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`);

    const unquote = (name: string) => name.replace(/^"|"$/g, "");
    const tables: SchemaShape["tables"] = {};
    const tableFor = (name: string) => (tables[name] ??= { columns: {}, primaryKey: [], indexes: {}, foreignKeys: {} });
    for (const row of columnRows.rows) {
      if (ignoreTables.includes(row.table)) continue;
      tableFor(row.table).columns[row.column] = {
        type: row.type,
        nullable: row.nullable,
        default: row.default,
        ...(row.generated === "s" ? { generated: "stored" as const } : {}),
      };
    }
    for (const row of indexRows.rows) {
      if (ignoreTables.includes(row.table)) continue;
      const table = tableFor(row.table);
      table.indexes[row.name] = { columns: row.columns, unique: row.unique, method: row.method };
      if (row.primary) table.primaryKey = row.columns;
    }
    for (const row of fkRows.rows) {
      const name = unquote(row.table);
      if (ignoreTables.includes(name)) continue;
      tableFor(name).foreignKeys[row.name] = {
        columns: row.columns,
        references: unquote(row.references),
        referencedColumns: row.referencedColumns,
        onDelete: deleteActions[row.onDelete] ?? row.onDelete,
        onUpdate: deleteActions[row.onUpdate] ?? row.onUpdate,
      };
    }
    return { enums: Object.fromEntries(enumRows.rows.map((row) => [row.name, row.values])), tables };
  } finally {
    await client.end();
  }
}
