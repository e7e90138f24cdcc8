// Builds the one-script firmware bundle that an xsnap worker evaluates: src/ plus the in-memory
// simulated host plus the XS glue, as an IIFE because xsnap's evaluate runs scripts, not modules.
// Usable as a module (the XS harness builds in memory) and as a CLI that writes the file and
// reports its size.
import * as esbuild from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export const defaultEntry = join(root, "hosts", "xs", "entry.ts");
export const defaultOutfile = join(root, "build", "xs", "firmware.js");

const preloadEmulation = join(root, "hosts", "xs", "preload-emulation.ts");

/**
 * `preload` runs the bundle as a Moddable build with preload would: everything the modules make at
 * their top level, the entry's included, is read-only once the bundle has been evaluated
 * (hosts/xs/preload-emulation.ts).
 *
 * @param {{ entry?: string; minify?: boolean; preload?: boolean }} [options]
 * @returns {Promise<{ code: string; bytes: number }>}
 */
export async function buildBundle({ entry = defaultEntry, minify = false, preload = false } = {}) {
  const entryPoint = preload
    ? {
        stdin: {
          contents: [
            `import ${JSON.stringify(preloadEmulation)};`,
            `import ${JSON.stringify(entry)};`,
            `import { endPreload } from ${JSON.stringify(preloadEmulation)};`,
            "endPreload();",
          ].join("\n"),
          resolveDir: root,
          loader: "ts",
          sourcefile: "preload-entry.ts",
        },
      }
    : { entryPoints: [entry] };
  const result = await esbuild.build({
    ...entryPoint,
    bundle: true,
    write: false,
    format: "iife",
    globalName: "fw",
    platform: "neutral",
    target: "es2022",
    // "neutral" resolves no package entry fields by default; protobufjs/minimal is CommonJS.
    mainFields: ["module", "main"],
    // protobufjs/minimal only tries to require `long`; the firmware keeps int64 fields as numbers.
    external: ["long"],
    minify,
    legalComments: "none",
    logLevel: "error",
  });
  const [output] = result.outputFiles;
  return { code: output.text, bytes: output.contents.byteLength };
}

async function main() {
  const minify = process.argv.includes("--minify");
  const { code, bytes } = await buildBundle({ minify });
  mkdirSync(dirname(defaultOutfile), { recursive: true });
  writeFileSync(defaultOutfile, code);
  console.log(`${relative(process.cwd(), defaultOutfile)}: ${bytes} bytes${minify ? " (minified)" : ""}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
