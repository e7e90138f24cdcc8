// Generates the static protobuf code of src/proto/*.proto for the protobufjs/minimal runtime:
// src/proto/generated/viam.js (ES module) and viam.d.ts. `node scripts/gen-proto.mjs [OUT_DIR]`
// writes elsewhere, which is how the freshness test compares a new run with the checked-in files.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const protoDir = join(root, "src", "proto");

const require = createRequire(import.meta.url);
const cliDir = dirname(require.resolve("protobufjs-cli/package.json"));
const pbjs = join(cliDir, "bin", "pbjs");
const pbts = join(cliDir, "bin", "pbts");

// protobuf.js returns int64 values as long.js objects whenever it can load that package (always
// under Node, and whenever a bundler pulls it in). The firmware wants plain numbers: its int64
// fields are timestamps and counters, exact as doubles. Unsetting Long before the generated code
// runs makes the reader return numbers and the prototype defaults 0.
//
// Moddable's preload freezes every function and prototype that a module makes while it loads, and
// pbjs puts each field's default on its message's prototype as a data property. Assigning a field of
// a new message (what decode does) would then throw "set …: not writable": a frozen prototype's data
// property cannot be shadowed. So, while the module loads, each default becomes an accessor that
// reads it and, on assignment, gives the instance its own property.
const wrapper = `import $protobuf from $DEPENDENCY;

$protobuf.util.Long = undefined;
$protobuf.configure();

class UnpooledWriter extends $protobuf.Writer {
  static create() {
    return new UnpooledWriter();
  }

  static alloc(size) {
    return new Uint8Array(size);
  }
}

$OUTPUT;

function fieldDefault(prototype, field, initial) {
  // Consts for the closures: captured parameters would stay writable, which preload keeps in RAM.
  const name = field;
  const value = initial;
  Object.defineProperty(prototype, name, {
    get() {
      return value;
    },
    set(assigned) {
      Object.defineProperty(this, name, { value: assigned, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  });
}

function defaultsAsAccessors(namespace) {
  for (const key of Object.keys(namespace)) {
    const value = namespace[key];
    if (typeof value === "function" && value.prototype) {
      for (const name of Object.getOwnPropertyNames(value.prototype)) {
        const field = Object.getOwnPropertyDescriptor(value.prototype, name);
        if ("value" in field && typeof field.value !== "function") fieldDefault(value.prototype, name, field.value);
      }
    }
    if (value !== null && (typeof value === "object" || typeof value === "function")) defaultsAsAccessors(value);
  }
}
defaultsAsAccessors($root);
`;

const pbjsOptions = [
  "--target", "static-module",
  "--es6",
  "--dependency", "protobufjs/minimal",
  "--force-number",
  // Messages are built as plain objects and encoded, or decoded and read: no reflection helpers.
  "--no-verify",
  "--no-convert",
  "--no-delimited",
  "--no-typeurl",
  "--no-service",
];

/**
 * Points the generated code at UnpooledWriter. finish() allocates through the writer's class, and
 * protobufjs's own hands out small messages as views into 8 KB slabs: one message kept (a cached
 * metadata, a header) would keep a whole slab in a board's chunk heap.
 * @param {string} js
 */
function unpooled(js) {
  const alias = "$Writer = $protobuf.Writer";
  if (!js.includes(alias)) throw new Error(`pbjs output no longer has "${alias}": update gen-proto.mjs`);
  return js.replace(alias, "$Writer = UnpooledWriter");
}

/** @param {string} outDir */
function generate(outDir) {
  const protos = readdirSync(protoDir).filter((name) => name.endsWith(".proto")).sort();
  const scratch = mkdtempSync(join(tmpdir(), "gen-proto-"));
  try {
    const wrapperFile = join(scratch, "wrapper.js");
    writeFileSync(wrapperFile, wrapper);
    const run = (script, args) => execFileSync(process.execPath, [script, ...args], { cwd: protoDir, encoding: "utf8" });
    const js = unpooled(run(pbjs, [...pbjsOptions, "--wrap", wrapperFile, "--path", ".", ...protos]));
    mkdirSync(outDir, { recursive: true });
    const jsFile = join(outDir, "viam.js");
    writeFileSync(jsFile, js);
    const dts = run(pbts, ["--main", "--import", "$protobuf=protobufjs/minimal", jsFile]);
    writeFileSync(join(outDir, "viam.d.ts"), dts);
    return [jsFile, join(outDir, "viam.d.ts")];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const outDir = process.argv[2] ? resolve(process.argv[2]) : join(protoDir, "generated");
for (const file of generate(outDir)) console.log(relative(process.cwd(), file));
