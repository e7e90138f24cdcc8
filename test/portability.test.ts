import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// src/ runs unchanged under XS on the ESP32, so everything outside ECMAScript must come in through
// the Host object. This scan is the guard; src/tsconfig.json (no Node types) is the other half.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const allowedPackages = new Set(["protobufjs/minimal"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const specifierPattern = /(?:^|[\s;}])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|(?:^|[\s;}])import\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']|\brequire\s*\(\s*["']([^"']+)["']/g;

export function forbiddenImports(file: string, text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(specifierPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (match[3] !== undefined || match[4] !== undefined) {
      problems.push(`${relative(root, file)}: dynamic import or require of "${specifier}"`);
      continue;
    }
    if (specifier.startsWith(".")) {
      const target = resolve(dirname(file), specifier);
      if (relative(src, target).startsWith("..")) problems.push(`${relative(root, file)}: imports "${specifier}" from outside src/`);
    } else if (!allowedPackages.has(specifier)) {
      problems.push(`${relative(root, file)}: imports "${specifier}"`);
    }
  }
  return problems;
}

test("src/ imports nothing but src/ and protobufjs/minimal", () => {
  const files = sourceFiles(src);
  assert.ok(files.length > 0);
  const problems = files.flatMap((file) => forbiddenImports(file, readFileSync(file, "utf8")));
  assert.deepEqual(problems, []);
});

test("the scan catches Node builtins, hosts, packages and dynamic loads", () => {
  const file = join(src, "data", "example.ts");
  const samples = [
    `import { readFileSync } from "node:fs";`,
    `import fs from "fs";`,
    `import { SimBoard } from "../../hosts/sim/board.ts";`,
    `export { x } from "protobufjs";`,
    `import "long";`,
    `const m = await import("./other.ts");`,
    `const c = require("crypto");`,
  ];
  for (const sample of samples) assert.equal(forbiddenImports(file, sample).length, 1, sample);
  assert.deepEqual(forbiddenImports(file, `import type { Host } from "../host.ts";\nimport * as pb from "protobufjs/minimal";`), []);
});
