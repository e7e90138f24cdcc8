// What every script that uses an installed Moddable SDK needs: the SDK named by MODDABLE with its
// tools built, an environment in which mcconfig finds them and the project's own TypeScript (its tsc
// step calls `tsc` from PATH), and a way to run a tool that fails the script loudly.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * @param {string} script the script's name, to prefix its failures
 * @returns {{ moddable: string; fail: (message: string) => never; run: (command: string, args: string[], options?: object) => string }}
 */
export function moddableSdk(script) {
  const fail = (message) => {
    console.error(`${script}: ${message}`);
    process.exit(1);
  };
  const moddable = process.env.MODDABLE;
  if (!moddable) fail("set MODDABLE to your Moddable SDK folder (checked against SDK 8.2.3)");
  const tools = join(moddable, "build", "bin", "lin", "release");
  if (!existsSync(join(tools, "mcconfig"))) fail(`no mcconfig in ${tools}: build the SDK's tools (make in build/makefiles/lin)`);
  const env = { ...process.env, PATH: [join(root, "node_modules", ".bin"), tools, process.env.PATH].join(":") };
  const run = (command, args, options = {}) => {
    const result = spawnSync(command, args, { cwd: root, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
    if (result.status !== 0) fail(`${command} ${args.join(" ")} failed:\n${output}`);
    return output;
  };
  return { moddable, fail, run };
}
