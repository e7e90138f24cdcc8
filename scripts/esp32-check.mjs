// `npm run esp32:check`: the Moddable build of the firmware for ESP32, through every stage that does
// not need ESP-IDF. With MODDABLE naming an installed Moddable SDK (its tools built, as Moddable's
// Linux setup guide does), it runs `mcconfig -p esp32` (release: preload and strip as the manifest
// says), then the generated make file's module targets: tsc against the SDK's own typings, xsc for
// every module, xsl linking and preloading them into the image, and mcrez for the resources. The
// C compile and link need ESP-IDF and are not run. Any error, a warning from any stage, or a module
// left out of preload fails the check. It prints xsl's figures.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeEsp32Deps, defaultOutDir } from "./esp32-deps.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function fail(message) {
  console.error(`esp32:check: ${message}`);
  process.exit(1);
}

const moddable = process.env.MODDABLE;
if (!moddable) fail("set MODDABLE to your Moddable SDK folder (checked against SDK 8.2.3)");
const tools = join(moddable, "build", "bin", "lin", "release");
if (!existsSync(join(tools, "mcconfig"))) fail(`no mcconfig in ${tools}: build the SDK's tools (make in build/makefiles/lin)`);

const out = join(root, "build", "moddable", "esp32");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await writeEsp32Deps(defaultOutDir);

// mcconfig's tsc step calls `tsc` from PATH: the project's own TypeScript.
const env = { ...process.env, PATH: [join(root, "node_modules", ".bin"), tools, process.env.PATH].join(":") };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) fail(`${command} ${args.join(" ")} failed:\n${output}`);
  return output;
}

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
const warnings = output.split("\n").filter((line) => /warning|error/i.test(line));
// The SDK's own lwIP listener is compiled with a native that xsc cannot optimise; it is not ours.
const sdkNotes = [/modules\/io\/socket\/lwip\/listener\.js:\d+: warning: cannot optimize native!/];
const ours = warnings.filter((line) => !sdkNotes.some((note) => note.test(line)));
if (ours.length > 0) fail(`the build warned:\n${ours.join("\n")}`);

const xsc = readFileSync(join(projectDir, "mc.xs.c"), "utf8");
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
console.log(output.split("\n").filter((line) => /^#\s*(xsl|mcrez)|slots|chunks|bytes/i.test(line)).join("\n"));
console.log(`esp32:check passed: ${manifest.preload.length} firmware modules compiled and preloaded (mc.xs.c ${xsc.length} bytes)`);
