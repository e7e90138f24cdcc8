import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, posix, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

// No Moddable SDK runs here, so this file replays what mcconfig and the XS linker do with
// manifest.json: which files its `modules` entries pick up and under which module names, and
// whether every import of the compiled firmware then links.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

interface Creation {
  static: number;
  chunk: { initial: number; incremental: number };
  heap: { initial: number; incremental: number };
  stack: number;
  keys: { initial: number };
  main: string;
}
interface Manifest {
  build: Record<string, string>;
  include: string[];
  modules: Record<string, string | string[]>;
  preload: string[];
  data: Record<string, string | string[]>;
  strip: string | string[];
  typescript: { tsconfig: { compilerOptions: Record<string, unknown> & { types: string[] } } };
  platforms: { esp32: { creation: Creation } };
}
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as Manifest;

const MANIFEST_BASE = "$(MODDABLE)/examples/manifest_base.json";
const IO = "$(MODDABLE)/modules/io/manifest.json";
const FLASH = "$(MODDABLE)/modules/io/flash/esp32/manifest.json";
const KEY_VALUE = "$(MODDABLE)/modules/io/storage/manifest.json";

// The module specifiers that each included SDK manifest brings for the esp32 platform (directly or
// through the manifests it includes: the ESP32 device manifest, manifest_net.json and the io
// platform manifest).
const provided = new Map<string, string[]>([
  [MANIFEST_BASE, ["Resource", "time", "timer", "instrumentation"]],
  [IO, ["embedded:provider/builtin", "embedded:io/socket/tcp", "embedded:io/socket/listener", "embedded:io/socket/udp", "system", "net", "wifi", "sntp", "socket"]],
  [FLASH, ["embedded:storage/flash"]],
  [KEY_VALUE, ["embedded:storage/key-value"]],
]);

const SLOT_BYTES = 16; // one XS slot on a 32-bit MCU (manifest.md, creation)
const XS_BUDGET = 165 * 1024;

function list(value: string | string[]): string[] {
  return typeof value === "string" ? [value] : value;
}

function repoPath(source: string): string {
  assert.ok(source.startsWith("./"), `"${source}" is not relative to the manifest`);
  return join(root, source);
}

interface ModuleFile {
  target: string;
  file: string;
}

/** mcconfig's modules rule: a `*` matches the files (not folders) of one directory by name prefix. */
function matchModules(modules: Record<string, string | string[]>): ModuleFile[] {
  const matched: ModuleFile[] = [];
  const seen = new Set<string>();
  for (const [target, sources] of Object.entries(modules)) {
    const targetStar = target.lastIndexOf("*");
    for (const source of list(sources)) {
      const path = repoPath(source);
      const directory = dirname(path);
      assert.ok(existsSync(directory) && statSync(directory).isDirectory(), `directory not found: ${source}`);
      const pattern = path.slice(directory.length + 1);
      const star = pattern.lastIndexOf("*");
      const prefix = star >= 0 ? pattern.slice(0, star) : pattern;
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        if (!entry.isFile() || entry.name.startsWith(".")) continue;
        const name = entry.name.slice(0, entry.name.length - extname(entry.name).length);
        if (star >= 0 ? !name.startsWith(prefix) : name !== prefix) continue;
        if (extname(entry.name) !== ".ts" || name.endsWith(".d")) continue;
        const file = join(directory, entry.name);
        if (seen.has(file)) continue;
        seen.add(file);
        const moduleName = targetStar >= 0 ? target.slice(0, targetStar) + (star >= 0 ? name.slice(prefix.length) : name) : target;
        matched.push({ target: moduleName, file });
      }
    }
  }
  return matched;
}

function tsFilesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return tsFilesUnder(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const modules = matchModules(manifest.modules);
const targets = new Set(modules.map((module) => module.target));
const withoutExtension = (file: string) => relative(root, file).split("\\").join("/").replace(/\.ts$/, "");

test("the manifest includes the Moddable base, IO, flash and key-value manifests", () => {
  assert.deepEqual([...manifest.include].sort(), [...provided.keys()].sort());
});

test("the build uses this folder's partition table and sdkconfig.defaults", () => {
  assert.equal(manifest.build.PARTITIONS_FILE, "./partitions.csv");
  assert.ok(existsSync(repoPath(manifest.build.PARTITIONS_FILE)));
  assert.equal(manifest.build.SDKCONFIGPATH, "./");
  assert.ok(existsSync(join(repoPath(manifest.build.SDKCONFIGPATH), "sdkconfig.defaults")));
  assert.equal(manifest.strip, "*");
});

test("every .ts file under src/ and hosts/esp32/ is a module named after its path", () => {
  const expected = [...tsFilesUnder(join(root, "src")), ...readdirSync(join(root, "hosts", "esp32")).filter((name) => name.endsWith(".ts")).map((name) => join(root, "hosts", "esp32", name))];
  assert.ok(expected.some((file) => file.endsWith(join("hosts", "esp32", "main.ts"))));
  const byFile = new Map(modules.map((module) => [module.file, module.target]));
  const missing = expected.filter((file) => !byFile.has(file)).map((file) => relative(root, file));
  assert.deepEqual(missing, [], "add a modules entry for each new src/ directory");
  // Relative imports link only if each module name mirrors the file's place in the tree.
  for (const module of modules) assert.equal(module.target, withoutExtension(module.file));
  assert.equal(targets.size, modules.length);
});

test("compiled with the manifest's TypeScript options, every import links", () => {
  const { types, ...options } = manifest.typescript.tsconfig.compilerOptions;
  assert.ok(types.length > 0);
  const compilerOptions = ts.convertCompilerOptionsFromJson(options, root).options;
  const available = new Set([...manifest.include.flatMap((include) => provided.get(include) ?? []), ...Object.keys(manifest.modules)]);
  const problems: string[] = [];
  for (const module of modules) {
    const output = ts.transpileModule(readFileSync(module.file, "utf8"), { compilerOptions, fileName: module.file }).outputText;
    for (const { fileName: specifier } of ts.preProcessFile(output, true, true).importedFiles) {
      if (specifier.startsWith(".")) {
        // The XS linker drops a ".js" extension and resolves against the importing module's name.
        const resolved = posix.join(posix.dirname(module.target), specifier.replace(/\.js$/, ""));
        if (!specifier.endsWith(".js") || !targets.has(resolved)) problems.push(`${module.target}: "${specifier}"`);
      } else if (!available.has(specifier)) {
        problems.push(`${module.target}: "${specifier}" is neither in the SDK manifests included nor in modules`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test("TypeScript is strict, and the declarations match the ones hosts/esp32/tsconfig.json checks", () => {
  const options = manifest.typescript.tsconfig.compilerOptions;
  assert.equal(options.strict, true);
  assert.equal(options.target, "ES2022");
  assert.deepEqual(options.lib, ["ES2022"]);
  assert.equal(options.rewriteRelativeImportExtensions, true);

  const local = JSON.parse(readFileSync(join(root, "hosts", "esp32", "tsconfig.json"), "utf8")) as {
    compilerOptions: { strict: boolean; types: string[]; lib: string[] };
    files: string[];
  };
  assert.equal(local.compilerOptions.strict, true);
  assert.deepEqual(local.compilerOptions.types, []);
  assert.deepEqual(local.compilerOptions.lib, ["ES2022"]);
  // manifest_base.json already brings the SDK's xs and global declarations.
  const fromBase = new Set(["xs", "global"]);
  const sdk = local.files.map((file) => file.replace("../../node_modules/@moddable/typings/", "").replace(/\.d\.ts$/, "")).filter((name) => !fromBase.has(name));
  const own = readdirSync(join(root, "hosts", "esp32", "typings")).filter((name) => name.endsWith(".d.ts")).map((name) => `./hosts/esp32/typings/${name.replace(/\.d\.ts$/, "")}`);
  assert.deepEqual([...options.types].sort(), [...own, ...sdk.map((name) => `$(MODDABLE)/typings/${name}`)].sort());
});

test("the main module and src/ are preloaded, and main is the module that boots", () => {
  const creation = manifest.platforms.esp32.creation;
  assert.ok(targets.has(creation.main), `creation.main "${creation.main}" is not a module`);
  const preloaded = (target: string) => manifest.preload.some((pattern) => (pattern.endsWith("*") ? target.startsWith(pattern.slice(0, -1)) : target === pattern));
  const cold = [...targets].filter((target) => !preloaded(target));
  assert.deepEqual(cold, []);
});

test("XS creation sizes fit the ESP32 budget of about 165 KB, with fixed heaps", () => {
  const { static: staticSize, chunk, heap, stack, keys } = manifest.platforms.esp32.creation;
  // static 0 lets the chunk heap take ESP32's largest free block instead of one contiguous allocation.
  assert.equal(staticSize, 0);
  assert.equal(chunk.incremental, 0);
  assert.equal(heap.incremental, 0);
  const total = chunk.initial + (heap.initial + stack) * SLOT_BYTES;
  assert.ok(total <= XS_BUDGET, `XS wants ${total} bytes`);
  assert.ok(chunk.initial >= 64 * 1024 && heap.initial * SLOT_BYTES >= 64 * 1024, "chunks and slots each need most of the budget");
  assert.ok(stack * SLOT_BYTES >= 8 * 1024);
  // Config JSON brings property names the code never mentions; each becomes a runtime key.
  assert.ok(keys.initial >= 128);
});

test("the bundled data holds the example machine config and, when present, credentials.json", () => {
  const names = list(manifest.data["*"]).map((source) => {
    const path = repoPath(source);
    const name = path.slice(dirname(path).length + 1);
    return { name, file: join(dirname(path), `${name}.json`) };
  });
  assert.deepEqual(names.map(({ name }) => `${name}.json`), ["config.json", "credentials.json"]);
  const config = JSON.parse(readFileSync(names[0].file, "utf8")) as { components?: unknown[] };
  assert.ok(Array.isArray(config.components) && config.components.length > 0);
});
