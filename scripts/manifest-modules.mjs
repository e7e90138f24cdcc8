// The modules of each Moddable build as mcconfig must know them. mcconfig's `preload` wildcards match
// .js files only, never .ts, so manifest.json lists and preloads every module by its exact name:
// - top level: the portable firmware, every file that src/boot.ts reaches, plus protobufjs/minimal;
// - platforms.esp32: what hosts/esp32/main.ts reaches beyond that (the board's host);
// - platforms.lin: what hosts/moddable-lin/main.ts reaches beyond that (the Linux runner's host).
// `npm run manifest:modules` rewrites those lists after imports change; test/preload-rules.test.ts
// fails until it has been run.
import * as esbuild from "esbuild";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const ENTRIES = { firmware: "src/boot.ts", esp32: "hosts/esp32/main.ts", lin: "hosts/moddable-lin/main.ts" };
export const PROTOBUF = { name: "protobufjs/minimal", source: "./build/esp32/protobufjs-minimal" };

// A .js module with a .c file beside it is native: esbuild cannot read its `@ "name"` functions, and
// mcconfig compiles both under the one module name.
const nativeModules = {
  name: "native-modules",
  setup(build) {
    build.onResolve({ filter: /^\./ }, ({ path, resolveDir }) => {
      const file = resolve(resolveDir, path);
      if (file.endsWith(".js") && existsSync(file.replace(/\.js$/, ".c"))) return { path: file, external: true };
      return undefined;
    });
  },
};

const moduleName = (file) => relative(root, file).split("\\").join("/").replace(/\.(ts|js)$/, "");

/** @returns {Promise<string[]>} the project's own modules that `entry` reaches, sorted */
export async function reachedModules(entry) {
  const result = await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    logLevel: "error",
    external: ["embedded:*", "Resource", "timer", "time", "net", "sntp", PROTOBUF.name],
    plugins: [nativeModules],
  });
  const names = new Set(Object.keys(result.metafile.inputs).map((input) => moduleName(join(root, input))));
  for (const output of Object.values(result.metafile.outputs)) {
    for (const { path, external } of output.imports) if (external && path.startsWith("/")) names.add(moduleName(path));
  }
  return [...names].sort();
}

const section = (names) => ({ modules: Object.fromEntries(names.map((name) => [name, `./${name}`])), preload: names });

/** The `modules` and `preload` lists of the top level and of each platform. */
export async function manifestModules() {
  const firmware = await reachedModules(ENTRIES.firmware);
  const shared = new Set(firmware);
  const top = section(firmware);
  top.modules[PROTOBUF.name] = PROTOBUF.source;
  top.preload.push(PROTOBUF.name);
  const beyond = async (entry) => section((await reachedModules(entry)).filter((name) => !shared.has(name)));
  return { firmware: top, esp32: await beyond(ENTRIES.esp32), lin: await beyond(ENTRIES.lin) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sections = await manifestModules();
  const path = join(root, "manifest.json");
  const manifest = JSON.parse(readFileSync(path, "utf8"));
  Object.assign(manifest, sections.firmware);
  Object.assign(manifest.platforms.esp32, sections.esp32);
  Object.assign(manifest.platforms.lin, sections.lin);
  writeFileSync(path, `${JSON.stringify(manifest, null, "\t")}\n`);
  const count = (part) => part.preload.length;
  console.log(`manifest.json: ${count(sections.firmware)} firmware modules, ${count(sections.esp32)} for esp32, ${count(sections.lin)} for lin; each preloaded by name`);
}
