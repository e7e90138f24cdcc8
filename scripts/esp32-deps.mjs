// Prepares the two inputs of the Moddable build that come from outside src/ and hosts/, into
// build/esp32/ where manifest.json reads them. Run it before mcconfig:
//
//   node scripts/esp32-deps.mjs [OUT_DIR]
//
// - protobufjs-minimal.js: `protobufjs/minimal` is CommonJS, and XS loads only ES modules, so it is
//   bundled into one ES module whose default export is what `import $protobuf from
//   "protobufjs/minimal"` expects (the generated src/proto code imports it that way).
//   protobufjs-minimal.d.ts declares the part of it that TypeScript modules use.
// - data/gts-root-r1.der: the root certificate that app.viam.com's chain ends in (viam-micro-server pins
//   the same one), in the DER form Moddable's TLS takes. It comes from the Mozilla root store that
//   Node ships, and must match the fingerprint below.
//
// - data/credentials.json and data/wifi.json: copies of ./credentials.json (the machine's cloud
//   credentials) and ./wifi.json (the Wi-Fi station's settings), each when the builder put one there.
//   Both hold secrets, so both are git-ignored.
//
// Everything is written to a scratch directory first and moved into place together, so OUT_DIR
// exists only when both are there: mcconfig stops with "directory not found" otherwise.
import * as esbuild from "esbuild";
import { X509Certificate } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { rootCertificates } from "node:tls";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

export const defaultOutDir = join(root, "build", "esp32");
export const PROTOBUF_MODULE = "protobufjs-minimal.js";
/** Resources: manifest.json bundles everything in this folder, so a missing optional file warns of nothing. */
export const DATA_DIR = "data";
export const ROOT_CERTIFICATE = "gts-root-r1.der";
/** The machine's credentials file, bundled when the builder put one in the project folder. */
export const CREDENTIALS = "credentials.json";
/** The Wi-Fi station's settings ({"ssid", "password", "sntp"}), bundled the same way. */
export const STATION = "wifi.json";
export const ROOT_CERTIFICATE_SUBJECT = "CN=GTS Root R1";
export const ROOT_CERTIFICATE_SHA256 =
  "D9:47:43:2A:BD:E7:B7:FA:90:FC:2E:6B:59:10:1B:12:80:E0:E1:C7:E4:E4:0F:A3:C6:88:7F:FF:57:A7:F4:CF";

// protobufjs/minimal only looks for `long` to represent int64; the firmware keeps int64 fields as
// numbers, so the package is left out of the bundle entirely instead of being found at runtime.
const withoutLong = {
  name: "without-long",
  setup(build) {
    build.onResolve({ filter: /^long$/ }, () => ({ path: "long", namespace: "without-long" }));
    build.onLoad({ filter: /.*/, namespace: "without-long" }, () => ({ contents: "module.exports = null;", loader: "js" }));
  },
};

// mcconfig type-checks each TypeScript module against the files its `modules` entries name, so the
// bundle needs declarations beside it: hosts/esp32/protobufjs-minimal.d.ts, which the esp32
// typecheck of `npm run typecheck` uses as well.
const PROTOBUF_DECLARATION = join(root, "hosts", "esp32", "protobufjs-minimal.d.ts");

/** @returns {Promise<string>} */
export async function bundleProtobufMinimal() {
  const { version } = JSON.parse(readFileSync(require.resolve("protobufjs/package.json"), "utf8"));
  const result = await esbuild.build({
    entryPoints: [require.resolve("protobufjs/minimal")],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    mainFields: ["module", "main"],
    plugins: [withoutLong],
    banner: { js: `// protobufjs ${version} "minimal" build (BSD-3-Clause), bundled as one ES module by scripts/esp32-deps.mjs.` },
    legalComments: "inline",
    logLevel: "error",
  });
  return result.outputFiles[0].text;
}

/** @returns {Uint8Array} */
export function rootCertificateDer() {
  for (const pem of rootCertificates) {
    const certificate = new X509Certificate(pem);
    if (!certificate.subject.split("\n").includes(ROOT_CERTIFICATE_SUBJECT)) continue;
    if (certificate.fingerprint256 !== ROOT_CERTIFICATE_SHA256) {
      throw new Error(`${ROOT_CERTIFICATE_SUBJECT} in Node's root store has fingerprint ${certificate.fingerprint256}, not ${ROOT_CERTIFICATE_SHA256}`);
    }
    return new Uint8Array(certificate.raw);
  }
  throw new Error(`${ROOT_CERTIFICATE_SUBJECT} is not in this Node's root store; use a Node whose root store has it (SHA-256 ${ROOT_CERTIFICATE_SHA256})`);
}

/**
 * Writes both files into `outDir`, replacing what was there, with the secrets found in `sourceDir`.
 * @param {string} outDir
 * @param {string} [sourceDir] where credentials.json and wifi.json are looked for (the project folder)
 * @returns {Promise<string[]>} the files written
 */
export async function writeEsp32Deps(outDir, sourceDir = root) {
  const bundle = await bundleProtobufMinimal();
  const certificate = rootCertificateDer();
  mkdirSync(dirname(outDir), { recursive: true });
  const scratch = mkdtempSync(`${outDir}.tmp-`);
  try {
    writeFileSync(join(scratch, PROTOBUF_MODULE), bundle);
    copyFileSync(PROTOBUF_DECLARATION, join(scratch, PROTOBUF_MODULE.replace(/\.js$/, ".d.ts")));
    mkdirSync(join(scratch, DATA_DIR));
    writeFileSync(join(scratch, DATA_DIR, ROOT_CERTIFICATE), certificate);
    for (const name of [CREDENTIALS, STATION]) {
      if (existsSync(join(sourceDir, name))) copyFileSync(join(sourceDir, name), join(scratch, DATA_DIR, name));
    }
    chmodSync(scratch, 0o755);
    rmSync(outDir, { recursive: true, force: true });
    renameSync(scratch, outDir);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return [join(outDir, PROTOBUF_MODULE), ...readdirSync(join(outDir, DATA_DIR)).map((name) => join(outDir, DATA_DIR, name))];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ? resolve(process.argv[2]) : defaultOutDir;
  for (const file of await writeEsp32Deps(outDir)) console.log(relative(process.cwd(), file));
}
