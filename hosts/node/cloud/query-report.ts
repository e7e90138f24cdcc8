import { existsSync } from "node:fs";
import { UploadStore, type StoredUpload, type UploadCount } from "./upload-store.ts";

export interface QueryOptions {
  dbPath: string;
  componentName?: string;
  /** How many of the newest records to show. */
  limit: number;
  json: boolean;
}

export interface QueryResult {
  db: string;
  readings: number;
  duplicates: number;
  counts: UploadCount[];
  latest: StoredUpload[];
}

/** What a local cloud database holds, as text for people or as one JSON document. */
export async function queryReport(options: QueryOptions): Promise<string> {
  if (!existsSync(options.dbPath)) {
    throw new Error(`no local cloud database at ${options.dbPath} (start one with: npm run cloud -- serve --db ${options.dbPath})`);
  }
  const store = await UploadStore.open(options.dbPath);
  try {
    const filter = { componentName: options.componentName };
    const counts = store.counts(filter);
    const result: QueryResult = {
      db: options.dbPath,
      readings: counts.reduce((sum, count) => sum + count.count, 0),
      duplicates: counts.reduce((sum, count) => sum + count.duplicates, 0),
      counts,
      latest: store.uploads({ ...filter, last: options.limit }),
    };
    return options.json ? `${JSON.stringify(result, null, 2)}\n` : text(result);
  } finally {
    await store.close();
  }
}

function text(result: QueryResult): string {
  const header = ["part", "component", "method", "readings", "duplicates"];
  const rows = result.counts.map((count) => [
    count.partId,
    `${count.componentType}/${count.componentName}`,
    count.methodName,
    String(count.count),
    String(count.duplicates),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd();
  const lines = [
    `${result.db}: ${result.readings} readings stored, ${result.duplicates} duplicates`,
    "",
    line(header),
    ...rows.map(line),
    "",
    `latest ${result.latest.length}:`,
    ...result.latest.map((upload) => JSON.stringify(upload)),
  ];
  return `${lines.join("\n")}\n`;
}
