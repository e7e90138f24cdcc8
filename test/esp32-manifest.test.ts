import { test } from "node:test";
import assert from "node:assert/strict";
import { X509Certificate } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, posix, relative, resolve } from "node:path";
import { after } from "node:test";
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { CREDENTIALS, DATA_DIR, defaultOutDir, PROTOBUF_MODULE, ROOT_CERTIFICATE, ROOT_CERTIFICATE_SHA256, STATION, writeEsp32Deps } from "../scripts/esp32-deps.mjs";
import { ROOT_CERTIFICATE_RESOURCE } from "../hosts/esp32/tls-socket.ts";

// No Moddable SDK runs here, so this file replays what mcconfig and the XS linker do with
// manifest.json: which files its `modules` entries pick up and under which module names, and
// whether every import of the compiled firmware then links. What scripts/esp32-deps.mjs puts in
// build/esp32/ for the build is generated afresh into a scratch directory and read from there.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const generatedDir = "./" + relative(root, defaultOutDir).split("\\").join("/");
const scratch = mkdtempSync(join(tmpdir(), "esp32-deps-"));
after(() => rmSync(scratch, { recursive: true, force: true }));
await writeEsp32Deps(scratch);

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
  platforms: { esp32: { include: string[]; creation: Creation; modules: Record<string, string>; preload: string[] } };
}
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as Manifest;

const MANIFEST_BASE = "$(MODDABLE)/examples/manifest_base.json";
const IO = "$(MODDABLE)/modules/io/manifest.json";
const FLASH = "$(MODDABLE)/modules/io/flash/esp32/manifest.json";
const KEY_VALUE = "$(MODDABLE)/modules/io/storage/manifest.json";
const TLS = "$(MODDABLE)/examples/io/tcp/tlssocket/manifest.json";

// The module specifiers that each included SDK manifest brings for the esp32 platform (directly or
// through the manifests it includes: the ESP32 device manifest, manifest_net.json and the io
// platform manifest).
const provided = new Map<string, string[]>([
  [MANIFEST_BASE, ["Resource", "time", "timer"]],
  [IO, ["embedded:provider/builtin", "embedded:io/socket/tcp", "embedded:io/socket/listener", "embedded:io/socket/udp", "embedded:network/interface/wifi", "system", "net", "wifi", "sntp", "socket"]],
  [FLASH, ["embedded:storage/flash"]],
  [KEY_VALUE, ["embedded:storage/key-value"]],
  [TLS, ["embedded:io/socket/tcp/tls"]],
]);

const SLOT_BYTES = 16; // one XS slot on a 32-bit MCU (manifest.md, creation)
const XS_BUDGET = 165 * 1024;

function list(value: string | string[]): string[] {
  return typeof value === "string" ? [value] : value;
}

/** Where a manifest path points; what the build step generates is read from this run's scratch copy. */
function repoPath(source: string): string {
  assert.ok(source.startsWith("./"), `"${source}" is not relative to the manifest`);
  if (source.startsWith(`${generatedDir}/`)) return join(scratch, source.slice(generatedDir.length + 1));
  return join(root, source);
}

// The extensions that become XS modules; a `.d.ts` beside a module only declares its types.
const MODULE_EXTENSIONS = new Set([".ts", ".js"]);
const isModuleFile = (name: string) => MODULE_EXTENSIONS.has(extname(name)) && !name.endsWith(".d.ts");

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
        if (!isModuleFile(entry.name)) continue;
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

function filesUnder(directory: string, keep: (name: string) => boolean): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

// What the esp32 build compiles: the portable firmware and the board's host.
const esp32Modules = { ...manifest.modules, ...manifest.platforms.esp32.modules };
const esp32Preload = [...manifest.preload, ...manifest.platforms.esp32.preload];
const modules = matchModules(esp32Modules);
const targets = new Set(modules.map((module) => module.target));
const withoutExtension = (file: string) => relative(root, file).split("\\").join("/").replace(/\.(ts|js)$/, "");

const includes = [...manifest.include, ...manifest.platforms.esp32.include];

test("the manifest includes the Moddable base and IO manifests, and for esp32 the flash, key-value and TLS socket ones", () => {
  assert.deepEqual([...manifest.include].sort(), [MANIFEST_BASE, IO].sort());
  assert.deepEqual([...manifest.platforms.esp32.include].sort(), [FLASH, KEY_VALUE, TLS].sort());
});

test("the build uses this folder's partition table and sdkconfig.defaults", () => {
  assert.equal(manifest.build.PARTITIONS_FILE, "./partitions.csv");
  assert.ok(existsSync(repoPath(manifest.build.PARTITIONS_FILE)));
  assert.equal(manifest.build.SDKCONFIGPATH, "./");
  assert.ok(existsSync(join(repoPath(manifest.build.SDKCONFIGPATH), "sdkconfig.defaults")));
  assert.equal(manifest.strip, "*");
});

test("each module entry picks up one source file, named after its path; no tsconfig.json becomes a module", () => {
  assert.ok(modules.some(({ file }) => file.endsWith(join("hosts", "esp32", "main.ts"))));
  assert.ok(modules.some(({ file }) => file.endsWith(join("src", "proto", "generated", "viam.js"))));
  assert.equal(modules.length, Object.keys(esp32Modules).length);
  assert.ok(Object.values(esp32Modules).flatMap(list).every((source) => !source.includes("*")));
  // Relative imports link only if each module name mirrors the file's place in the tree.
  for (const module of modules.filter(({ file }) => !file.startsWith(scratch))) assert.equal(module.target, withoutExtension(module.file));
  assert.equal(targets.size, modules.length);
});

test("protobufjs/minimal is the ES module that scripts/esp32-deps.mjs bundles into build/esp32/", () => {
  assert.equal(manifest.modules["protobufjs/minimal"], `${generatedDir}/${PROTOBUF_MODULE.replace(/\.js$/, "")}`);
  const bundled = modules.find(({ target }) => target === "protobufjs/minimal");
  assert.ok(bundled, "protobufjs/minimal is not a module of the build");
  assert.equal(bundled.file, join(scratch, PROTOBUF_MODULE));
  assert.doesNotMatch(readFileSync(bundled.file, "utf8"), /node_modules\/long\//, "long.js stays out: int64 fields are numbers");
  assert.ok(esp32Preload.includes("protobufjs/minimal"));
});

test("the generated protobuf code runs over the bundled protobufjs/minimal, with int64 fields as plain numbers", async () => {
  // Node loads the two files as ES modules from a scratch copy in which the generated code imports
  // the bundle by path, as the XS linker resolves "protobufjs/minimal" to it on the board.
  const copy = mkdtempSync(join(tmpdir(), "esp32-proto-"));
  try {
    copyFileSync(join(scratch, PROTOBUF_MODULE), join(copy, "protobufjs-minimal.mjs"));
    const generated = readFileSync(join(root, "src", "proto", "generated", "viam.js"), "utf8");
    assert.match(generated, /from "protobufjs\/minimal"/);
    writeFileSync(join(copy, "viam.mjs"), generated.replace(/from "protobufjs\/minimal"/g, 'from "./protobufjs-minimal.mjs"'));
    const { google } = (await import(pathToFileURL(join(copy, "viam.mjs")).href)) as typeof import("../src/proto/generated/viam.js");
    const seconds = 2 ** 40 + 3;
    const bytes = google.protobuf.Timestamp.encode({ seconds, nanos: 5 }).finish();
    const decoded = google.protobuf.Timestamp.decode(bytes);
    assert.equal(typeof decoded.seconds, "number");
    assert.deepEqual([decoded.seconds, decoded.nanos], [seconds, 5]);
    const struct = google.protobuf.Struct.decode(google.protobuf.Struct.encode({ fields: { temperature: { numberValue: 21.5 } } }).finish());
    assert.equal(struct.fields.temperature.numberValue, 21.5);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test("compiled with the manifest's TypeScript options, every import links", () => {
  const { types, ...options } = manifest.typescript.tsconfig.compilerOptions;
  assert.ok(types.length > 0);
  const compilerOptions = ts.convertCompilerOptionsFromJson(options, root).options;
  const available = new Set([...includes.flatMap((include) => provided.get(include) ?? []), ...Object.keys(esp32Modules)]);
  const problems: string[] = [];
  assert.ok(modules.some(({ file }) => file.endsWith(".js")), "the JavaScript modules are checked too");
  for (const module of modules) {
    const source = readFileSync(module.file, "utf8");
    const output = module.file.endsWith(".ts") ? ts.transpileModule(source, { compilerOptions, fileName: module.file }).outputText : source;
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

test("every native function a module declares is defined in a C file that the same modules entries compile", () => {
  const cFiles = Object.values(esp32Modules).flatMap(list).flatMap((source) => {
    const directory = dirname(repoPath(source));
    return readdirSync(directory).filter((name) => name.endsWith(".c")).map((name) => readFileSync(join(directory, name), "utf8"));
  });
  const natives = modules.flatMap(({ file }) => [...readFileSync(file, "utf8").matchAll(/\)\s*@\s*"(\w+)"/g)].map((match) => match[1]));
  assert.ok(natives.includes("xs_esp32_fill_random") && natives.includes("xs_esp32_free_heap_bytes"));
  for (const native of natives) {
    assert.ok(cFiles.some((c) => new RegExp(`\\bvoid\\s+${native}\\s*\\(\\s*xsMachine\\s*\\*\\s*the\\s*\\)`).test(c)), `no C definition of ${native}`);
  }
});

/** The declarations mcconfig checks against, without the SDK: the base ones from @moddable/typings,
 *  and hosts/esp32/typings' restatement of SDK 8.2.3's for the embedded modules and Resource. */
function manifestDeclarations(): string[] {
  const sdk = (name: string) => join(root, "node_modules", "@moddable", "typings", `${name}.d.ts`);
  const restated = join(root, "hosts", "esp32", "typings");
  return [
    ...["xs", "global", "embedded_io/system", "timer", "time", "net"].map(sdk),
    ...readdirSync(restated).filter((name) => name.endsWith(".d.ts")).map((name) => join(restated, name)),
  ];
}

test("the firmware type-checks with the manifest's TypeScript options over all of src/ and hosts/esp32/", () => {
  const { types: _types, ...options } = manifest.typescript.tsconfig.compilerOptions;
  const compilerOptions = { ...ts.convertCompilerOptionsFromJson(options, root).options, noEmit: true, types: [] };
  const sources = [...filesUnder(join(root, "src"), isModuleFile), ...filesUnder(join(root, "hosts", "esp32"), isModuleFile)].filter((file) => file.endsWith(".ts"));
  const declarations = manifestDeclarations();
  for (const file of declarations) assert.ok(existsSync(file), `missing declarations ${relative(root, file)}`);
  const program = ts.createProgram({ rootNames: [...declarations, ...sources], options: compilerOptions });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? `${relative(root, diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1} ` : "";
    return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  });
  assert.deepEqual(diagnostics, []);
});

test("TypeScript is strict, and hosts/esp32/tsconfig.json checks against the SDK's shapes, not @moddable/typings' older ones", () => {
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
  assert.ok(local.files.every((file) => !/Resource|provider|socket|storage|analog|digital|i2c/.test(file)), "Resource and embedded:* come from typings/, as SDK 8.2.3 declares them");
  const types = options.types.map((type) => type.replace("$(MODDABLE)/typings/", ""));
  assert.deepEqual(types.sort(), ["Resource", "embedded_io/socket/tls", "embedded_io/system", "net", "time", "timer"]);
});

test("the main module and src/ are preloaded, and main is the module that boots", () => {
  const creation = manifest.platforms.esp32.creation;
  assert.ok(targets.has(creation.main), `creation.main "${creation.main}" is not a module`);
  // mcconfig's preload wildcards match .js files only, so every module is named.
  const cold = [...targets].filter((target) => !esp32Preload.includes(target));
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

test("the bundled data holds the example machine config, credentials.json when present, and the cloud's root certificate", () => {
  const sources = list(manifest.data["*"]);
  const names = sources.map((source) => source.slice(source.lastIndexOf("/") + 1));
  assert.deepEqual(names, ["config", "*"]);
  const config = JSON.parse(readFileSync(`${repoPath(sources[0])}.json`, "utf8")) as { components?: unknown[] };
  assert.ok(Array.isArray(config.components) && config.components.length > 0);
  assert.equal(sources[1], `${generatedDir}/${DATA_DIR}/*`);
  assert.deepEqual(readdirSync(join(scratch, DATA_DIR)), existsSync(join(root, "credentials.json")) ? [ROOT_CERTIFICATE, "credentials.json"].sort() : [ROOT_CERTIFICATE]);
  // mcconfig names a data resource after its file, extension included: that is what the host opens.
  assert.equal(ROOT_CERTIFICATE_RESOURCE, ROOT_CERTIFICATE);
});

test("wifi.json and credentials.json in the project folder are bundled as the resources the board opens, and git ignores both", async () => {
  const source = mkdtempSync(join(tmpdir(), "esp32-secrets-"));
  const out = join(source, "out");
  try {
    const station = '{"ssid": "field-ap", "password": "pw", "sntp": "pool.ntp.org"}';
    const credentials = '{"cloud": {"id": "p", "secret": "s", "app_address": "https://app.viam.com:443"}}';
    writeFileSync(join(source, STATION), station);
    writeFileSync(join(source, CREDENTIALS), credentials);
    await writeEsp32Deps(out, source);
    assert.equal(readFileSync(join(out, DATA_DIR, STATION), "utf8"), station);
    assert.equal(readFileSync(join(out, DATA_DIR, CREDENTIALS), "utf8"), credentials);
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
  // hosts/esp32/main.ts opens them by these names (it imports Resource, so it cannot load here).
  const main = readFileSync(join(root, "hosts/esp32/main.ts"), "utf8");
  assert.ok(main.includes(`"${STATION}"`) && main.includes(`"${CREDENTIALS}"`));
  const ignored = spawnSync("git", ["check-ignore", "--no-index", STATION, CREDENTIALS], { cwd: root, encoding: "utf8" });
  assert.deepEqual(ignored.stdout.split("\n").filter(Boolean), [STATION, CREDENTIALS]);
});

test("the root certificate is GTS Root R1 in DER: a self-signed RSA CA, valid for years yet", () => {
  const certificate = new X509Certificate(readFileSync(join(scratch, DATA_DIR, ROOT_CERTIFICATE)));
  assert.equal(certificate.fingerprint256, ROOT_CERTIFICATE_SHA256);
  assert.ok(certificate.subject.split("\n").includes("CN=GTS Root R1"));
  assert.equal(certificate.issuer, certificate.subject);
  assert.ok(certificate.ca);
  assert.ok(certificate.verify(certificate.publicKey));
  // Moddable's certificate checks verify RSA signatures; an elliptic-curve root could not anchor a chain.
  assert.equal(certificate.publicKey.asymmetricKeyType, "rsa");
  assert.ok(new Date(certificate.validTo).getTime() > Date.UTC(2035, 0, 1));
});
