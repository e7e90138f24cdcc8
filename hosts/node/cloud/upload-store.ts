// Uploaded readings in SQLite (sql.js, so nothing needs a native build). The database lives in
// memory and, when a path is given, is written out whole after each upload batch: to a temporary
// file first, then renamed over the old one, so a crash never leaves a half-written database.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from "sql.js";

export interface UploadRow {
  partId: string;
  componentType: string;
  componentName: string;
  methodName: string;
  tags: string[];
  methodParameters: Record<string, unknown>;
  /** Milliseconds since the Unix epoch, fractional when the timestamp has sub-ms precision. */
  timeRequestedMs: number | null;
  timeReceivedMs: number | null;
  data: unknown;
}

export interface StoredUpload extends UploadRow {
  id: number;
  /** Rows stored by the same DataCaptureUpload call share a batch id. */
  batchId: number;
  receivedAtMs: number;
}

export interface UploadFilter {
  partId?: string;
  componentType?: string;
  componentName?: string;
  methodName?: string;
  /** Only the newest `last` matching rows (still returned oldest first). */
  last?: number;
}

export interface UploadCount {
  partId: string;
  componentType: string;
  componentName: string;
  methodName: string;
  count: number;
  /** Rows that repeat an earlier row's part, component, method, time requested and data. */
  duplicates: number;
}

const schema = `
CREATE TABLE IF NOT EXISTS uploads (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id INTEGER NOT NULL,
  part_id TEXT NOT NULL,
  component_type TEXT NOT NULL,
  component_name TEXT NOT NULL,
  method_name TEXT NOT NULL,
  tags_json TEXT NOT NULL,
  params_json TEXT NOT NULL,
  time_requested_ms REAL,
  time_received_ms REAL,
  data_json TEXT NOT NULL,
  received_at_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS uploads_by_source
  ON uploads (part_id, component_type, component_name, method_name, time_requested_ms);
`;

const rowColumns =
  "batch_id, part_id, component_type, component_name, method_name, tags_json, params_json, " +
  "time_requested_ms, time_received_ms, data_json, received_at_ms";
const columns = `id, ${rowColumns}`;

let sqlJs: Promise<SqlJsStatic> | undefined;

export class UploadStore {
  readonly #db: Database;
  readonly #path: string | undefined;
  #nextBatch: number;
  #pendingWrite: Promise<void> | undefined;
  #lastWrite: Promise<void> = Promise.resolve();

  private constructor(db: Database, path: string | undefined) {
    this.#db = db;
    this.#path = path;
    db.exec(schema);
    this.#nextBatch = Number(db.exec("SELECT COALESCE(MAX(batch_id), 0) FROM uploads")[0]?.values[0]?.[0] ?? 0) + 1;
  }

  /** Opens the database at `path` (created on first write), or an in-memory one without a path. */
  static async open(path?: string): Promise<UploadStore> {
    sqlJs ??= initSqlJs();
    const SQL = await sqlJs;
    const bytes = path !== undefined && existsSync(path) ? readFileSync(path) : undefined;
    return new UploadStore(new SQL.Database(bytes), path);
  }

  /** Stores one upload batch and returns its batch id. */
  insertBatch(rows: UploadRow[], receivedAtMs: number): number {
    const batchId = this.#nextBatch++;
    this.#db.exec("BEGIN");
    try {
      for (const row of rows) {
        this.#db.run(
          `INSERT INTO uploads (${rowColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            batchId,
            row.partId,
            row.componentType,
            row.componentName,
            row.methodName,
            JSON.stringify(row.tags),
            canonicalJson(row.methodParameters),
            row.timeRequestedMs,
            row.timeReceivedMs,
            canonicalJson(row.data),
            receivedAtMs,
          ],
        );
      }
      this.#db.exec("COMMIT");
    } catch (error) {
      this.#db.exec("ROLLBACK");
      throw error;
    }
    return batchId;
  }

  /**
   * Resolves once everything stored before the call is on disk. Calls made while a write is
   * waiting to start share that write.
   */
  persist(): Promise<void> {
    const path = this.#path;
    if (path === undefined) return Promise.resolve();
    if (this.#pendingWrite) return this.#pendingWrite;
    const write = this.#lastWrite.then(async () => {
      this.#pendingWrite = undefined;
      const bytes = this.#db.export();
      const temporary = `${path}.tmp`;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    });
    this.#pendingWrite = write;
    this.#lastWrite = write.catch(() => undefined);
    return write;
  }

  uploads(filter: UploadFilter = {}): StoredUpload[] {
    const { where, params } = whereClause(filter);
    const sql =
      filter.last === undefined
        ? `SELECT ${columns} FROM uploads ${where} ORDER BY id`
        : `SELECT * FROM (SELECT ${columns} FROM uploads ${where} ORDER BY id DESC LIMIT ?) ORDER BY id`;
    if (filter.last !== undefined) params.push(filter.last);
    return this.#rows(sql, params).map(toStoredUpload);
  }

  counts(filter: UploadFilter = {}): UploadCount[] {
    const { where, params } = whereClause(filter);
    const sql = `
      SELECT part_id, component_type, component_name, method_name, SUM(n), SUM(n - 1)
      FROM (
        SELECT part_id, component_type, component_name, method_name, COUNT(*) AS n
        FROM uploads ${where}
        GROUP BY part_id, component_type, component_name, method_name, time_requested_ms, data_json
      )
      GROUP BY part_id, component_type, component_name, method_name
      ORDER BY part_id, component_type, component_name, method_name`;
    return this.#rows(sql, params).map((row) => ({
      partId: String(row[0]),
      componentType: String(row[1]),
      componentName: String(row[2]),
      methodName: String(row[3]),
      count: Number(row[4]),
      duplicates: Number(row[5]),
    }));
  }

  duplicates(filter: UploadFilter = {}): number {
    return this.counts(filter).reduce((sum, count) => sum + count.duplicates, 0);
  }

  /** Waits for outstanding writes, then frees the database. */
  async close(): Promise<void> {
    await this.#lastWrite;
    this.#db.close();
  }

  #rows(sql: string, params: SqlValue[]): SqlValue[][] {
    return this.#db.exec(sql, params)[0]?.values ?? [];
  }
}

function whereClause(filter: UploadFilter): { where: string; params: SqlValue[] } {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  const add = (column: string, value: string | undefined): void => {
    if (value === undefined) return;
    conditions.push(`${column} = ?`);
    params.push(value);
  };
  add("part_id", filter.partId);
  add("component_type", filter.componentType);
  add("component_name", filter.componentName);
  add("method_name", filter.methodName);
  return { where: conditions.length ? `WHERE ${conditions.join(" AND ")}` : "", params };
}

function toStoredUpload(row: SqlValue[]): StoredUpload {
  return {
    id: Number(row[0]),
    batchId: Number(row[1]),
    partId: String(row[2]),
    componentType: String(row[3]),
    componentName: String(row[4]),
    methodName: String(row[5]),
    tags: JSON.parse(String(row[6])) as string[],
    methodParameters: JSON.parse(String(row[7])) as Record<string, unknown>,
    timeRequestedMs: row[8] === null ? null : Number(row[8]),
    timeReceivedMs: row[9] === null ? null : Number(row[9]),
    data: JSON.parse(String(row[10])) as unknown,
    receivedAtMs: Number(row[11]),
  };
}

// Keys are sorted so that equal data always has equal text, which is what duplicate counting compares.
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
