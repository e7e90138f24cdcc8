// Where the real peers of the interop tests live: viam-server built from its Go module, the Python
// SDK in a venv, and Go itself. `.ci/run` puts them in a cache outside the repository, keyed by
// version; the tests fail (they never skip) when one is missing.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The pinned versions, read from the files that pin them (test/go/go.mod, test/python/requirements.txt). */
export const RDK_VERSION = pinned(join(here, "go", "go.mod"), /^\s*go\.viam\.com\/rdk (v\S+)/m);
export const PYTHON_SDK_VERSION = pinned(join(here, "python", "requirements.txt"), /^viam-sdk==(\S+)/m);

export const cacheDir = process.env.VIAM_MICRO_XS_CACHE ?? join(homedir(), ".cache", "viam-micro-xs");

/** Build flags of rdk's static builds: no cgo libraries needed. */
export const GO_BUILD_ENV = { CGO_ENABLED: "0" };
export const GO_TAGS = "no_cgo,osusergo,netgo";

export function viamServerPath(): string {
  return required(process.env.VIAM_SERVER ?? join(cacheDir, `viam-server-${RDK_VERSION}`, "viam-server"), "viam-server");
}

export function pythonPath(): string {
  return required(join(cacheDir, `python-viam-sdk-${PYTHON_SDK_VERSION}`, "bin", "python"), "the viam-sdk venv");
}

function required(path: string, what: string): string {
  if (!existsSync(path)) throw new Error(`${what} is missing at ${path}: run .ci/run once to build and cache it`);
  return path;
}

function pinned(file: string, pattern: RegExp): string {
  const match = pattern.exec(readFileSync(file, "utf8"));
  if (!match) throw new Error(`no pinned version in ${file}`);
  return match[1];
}
