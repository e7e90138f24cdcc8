// `npm run esp32:check`: the Moddable build of the firmware for ESP32, through every stage that does
// not need ESP-IDF. With MODDABLE naming an installed Moddable SDK (its tools built, as Moddable's
// Linux setup guide does), it runs `mcconfig -p esp32` (release: preload and strip as the manifest
// says), then the generated make file's module targets: tsc against the SDK's own typings, xsc for
// every module, xsl linking and preloading them into the image, and mcrez for the resources. The
// C compile and link need ESP-IDF and are not run. Any error, a warning from any stage, or a module
// left out of preload fails the check. It prints xsl's figures.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeEsp32Deps, defaultOutDir } from "./esp32-deps.mjs";
import { moddableSdk } from "./moddable-sdk.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const { moddable, fail, run } = moddableSdk("esp32:check");

const out = join(root, "build", "moddable", "esp32");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await writeEsp32Deps(defaultOutDir);

const configured = run("mcconfig", ["-p", "esp32", "-o", out, join(root, "manifest.json")]);
const projectDir = join(out, "tmp", "esp32", "release", "viam-micro-xs");
const makefile = join(projectDir, "makefile");
if (!existsSync(makefile)) fail(`mcconfig wrote no make file:\n${configured}`);

// The make file checks IDF_PATH when it is read, though the targets run here never use ESP-IDF;
// the SDK's own git checkout satisfies that check. SDKCONFIG_H is emptied because it is an ESP-IDF
// output that the module targets list as a prerequisite only to rebuild after a config change.
const made = run("make", ["-f", makefile, `IDF_PATH=${moddable}`, "SDKCONFIG_H=", "VERBOSE=0", join(projectDir, "mc.xs.c"), join(projectDir, "mc.resources.c")], {
  cwd: projectDir,
});

const output = `${configured}\n${made}`;
// xsl's own summary of the preloaded image, which starts like its warnings.
const XSL_FIGURES = /^### \d+ instances, \d+ keys, \d+ colors, \d+ holes$/;
const warnings = output.split("\n").filter((line) => /^###|: warning|: error|error TS/i.test(line));
// Warnings that are not about our code, each for a reason:
// - xsc cannot optimise a native of the SDK's own lwIP listener;
// - xsl's "not frozen" and "no const" about protobufjs/minimal's module state and the namespaces the
//   generated code adds to it (`$protobuf…`): freezing those would mean patching protobufjs, and
//   none of it is written at run time (the float scratch the firmware uses is its own);
// - the same about the SDK's own modules (its TLS session cache and certificate store, Wi-Fi).
const notOurs = [
  /modules\/io\/socket\/lwip\/listener\.js:\d+: warning: cannot optimize native!/,
  /^### warning: .*\$protobuf.*: (not frozen|no const)$/,
  /^### warning: (?!src\/|hosts\/|protobufjs\/|globalThis)[^:]+: .*: (not frozen|no const)$/,
  XSL_FIGURES,
];
const ours = warnings.filter((line) => !notOurs.some((pattern) => pattern.test(line)));
if (ours.length > 0) fail(`the build warned:\n${ours.join("\n")}`);

const xsc = readFileSync(join(projectDir, "mc.xs.c"), "utf8");
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
console.log(output.split("\n").filter((line) => XSL_FIGURES.test(line) || /^Total resource size/.test(line)).join("\n"));
const modules = manifest.preload.length + manifest.platforms.esp32.preload.length;
console.log(`esp32:check passed: ${modules} modules of ours compiled and preloaded (mc.xs.c ${xsc.length} bytes)`);
