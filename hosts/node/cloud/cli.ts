// npm run cloud -- serve [--port N] [--host H] [--db FILE] [--parts FILE] [--credentials-out FILE]
// npm run cloud -- query [--db FILE] [--component NAME] [--limit N] [--json]
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startLocalCloud, type LocalCloudPart } from "./local-cloud.ts";
import { queryReport } from "./query-report.ts";
import { errorMessage } from "../../../src/error-message.ts";

const defaultDb = ".local-cloud/uploads.sqlite";
const exampleConfig = new URL("../../../examples/config.json", import.meta.url);

const usage = `usage:
  cloud serve [--port N] [--host ADDRESS] [--db FILE] [--parts FILE] [--credentials-out FILE]
      Serves Authenticate, DataCaptureUpload and Config on one port (gRPC-web, gRPC, Connect).
      --parts FILE: JSON array of {"id", "secret", "config"}; "config" is a machine config object
      or the path of one (relative to FILE). Without it, one part with a fresh id and secret
      serves examples/config.json. --db defaults to ${defaultDb}.
  cloud query [--db FILE] [--component NAME] [--limit N] [--json]
      Prints what was uploaded: readings per part/component/method and the latest N (default 10).
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "serve") return serve(rest);
  if (command === "query") return query(rest);
  process.stderr.write(usage);
  return command === "help" || command === "--help" ? 0 : 2;
}

async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: "0" },
      host: { type: "string", default: "127.0.0.1" },
      db: { type: "string", default: defaultDb },
      parts: { type: "string" },
      "credentials-out": { type: "string" },
    },
  });
  const parts = values.parts === undefined ? [freshPart()] : readParts(values.parts);
  const cloud = await startLocalCloud({
    port: integer("--port", values.port),
    host: values.host,
    dbPath: values.db,
    parts,
    log: (line) => console.log(line),
  });
  console.log(`uploads are stored in ${values.db}`);
  const first = parts[0];
  const credentials = JSON.stringify({ cloud: { id: first.id, secret: first.secret, app_address: cloud.url } }, null, 2);
  if (values["credentials-out"] !== undefined) {
    writeFileSync(values["credentials-out"], `${credentials}\n`);
    console.log(`credentials for part "${first.id}" written to ${values["credentials-out"]}`);
  } else if (values.parts === undefined) {
    console.log(`credentials for the generated part:\n${credentials}`);
  }
  await new Promise<void>((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
  await cloud.close();
  console.log("local cloud stopped");
  return 0;
}

async function query(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: "string", default: defaultDb },
      component: { type: "string" },
      limit: { type: "string", default: "10" },
      json: { type: "boolean", default: false },
    },
  });
  process.stdout.write(
    await queryReport({
      dbPath: values.db,
      componentName: values.component,
      limit: integer("--limit", values.limit),
      json: values.json,
    }),
  );
  return 0;
}

function freshPart(): LocalCloudPart {
  return {
    id: randomUUID(),
    secret: randomBytes(18).toString("base64url"),
    config: JSON.parse(readFileSync(exampleConfig, "utf8")) as object,
  };
}

function readParts(path: string): LocalCloudPart[] {
  const parsed = JSON.parse(readFileSync(path, "utf8")) as unknown;
  if (!Array.isArray(parsed) || parsed.length === 0) throw new Error(`${path}: expected a non-empty JSON array of parts`);
  return parsed.map((entry: unknown, index) => {
    const part = entry as Partial<Record<"id" | "secret" | "config", unknown>>;
    if (typeof part.id !== "string" || typeof part.secret !== "string") {
      throw new Error(`${path}: part ${index} needs string "id" and "secret"`);
    }
    const config =
      typeof part.config === "string"
        ? (JSON.parse(readFileSync(resolve(dirname(path), part.config), "utf8")) as unknown)
        : part.config;
    if (config === null || typeof config !== "object") {
      throw new Error(`${path}: part ${index} needs "config", an object or the path of a JSON file`);
    }
    return { id: part.id, secret: part.secret, config };
  });
}

function integer(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a whole number, got "${text}"`);
  return value;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cloud: ${errorMessage(error)}\n`);
    process.exitCode = 1;
  },
);
