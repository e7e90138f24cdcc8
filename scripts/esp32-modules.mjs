// The firmware's modules as mcconfig must know them: every file that hosts/esp32/main.ts reaches
// through relative imports, named after its path without extension, plus protobufjs/minimal.
// mcconfig's `preload` wildcards match .js files only, never .ts, so manifest.json lists and preloads
// each module by its exact name; `node scripts/esp32-modules.mjs --write` rewrites those two lists
// after imports change, and test/esp32-manifest.test.ts fails until it has been run.
import * as esbuild from "esbuild";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const MAIN = "hosts/esp32/main.ts";
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

/** @returns {Promise<string[]>} the firmware's own module names, sorted */
export async function firmwareModules() {
  const result = await esbuild.build({
    entryPoints: [join(root, MAIN)],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    logLevel: "error",
    external: ["embedded:*", "Resource", "timer", "time", "net", PROTOBUF.name],
    plugins: [nativeModules],
  });
  const names = new Set(Object.keys(result.metafile.inputs).map((input) => moduleName(join(root, input))));
  for (const output of Object.values(result.metafile.outputs)) {
    for (const { path, external } of output.imports) if (external && path.startsWith("/")) names.add(moduleName(path));
  }
  return [...names].sort();
}

/** The `modules` and `preload` sections that name exactly the firmware's modules. */
export async function manifestModules() {
  const names = await firmwareModules();
  const modules = Object.fromEntries(names.map((name) => [name, `./${name}`]));
  modules[PROTOBUF.name] = PROTOBUF.source;
  return { modules, preload: [...names, PROTOBUF.name] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { modules, preload } = await manifestModules();
  if (process.argv.includes("--write")) {
    const path = join(root, "manifest.json");
    const manifest = JSON.parse(readFileSync(path, "utf8"));
    manifest.modules = modules;
    manifest.preload = preload;
    writeFileSync(path, `${JSON.stringify(manifest, null, "\t")}\n`);
    console.log(`manifest.json: ${preload.length} modules, each preloaded by name`);
  } else {
    for (const name of preload) console.log(name);
  }
}
