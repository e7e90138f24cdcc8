// Rules over the firmware's modules for what Moddable's preload does to module-level state, checked
// without the SDK. xsl warns "no const" for a module-level let or var and "not frozen" for a
// module-level object or array: both cost RAM on the board. And what preload keeps in flash cannot
// be written: a module-level Map, Set, WeakMap or WeakSet that is changed later, or a buffer that is
// written later, throws "read-only" on the first connection or upload (test/xs/preload.test.mjs
// runs the firmware under an emulation of that). A module that is not preloaded at all costs RAM
// for its whole code, so manifest.json must preload every one by name. One rule is about RAM and not
// preload: XS installs every #private method and accessor on each instance, a slot apiece (a board's
// twenty rings paid 200 slots for theirs), so firmware classes keep their helpers on the prototype.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { ENTRIES, manifestModules, reachedModules } from "../scripts/manifest-modules.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const COLLECTIONS = new Set(["Map", "Set", "WeakMap", "WeakSet"]);
const BUFFERS = /^(ArrayBuffer|DataView|(Big)?(U)?[Ii]nt(8|16|32|64)(Clamped)?Array|Float(32|64)Array)$/;
const MUTATORS = new Set([
  ...["set", "add", "delete", "clear", "fill", "copyWithin", "reverse", "sort"],
  ...["setUint8", "setInt8", "setUint16", "setInt16", "setUint32", "setInt32", "setFloat32", "setFloat64", "setBigInt64", "setBigUint64"],
]);

function isFrozenCall(node: ts.Expression): boolean {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression.getText();
  return callee === "frozen" || callee === "Object.freeze";
}

/** The problems of one module's top level. */
export function preloadProblems(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const problems: string[] = [];
  const written = new Set<string>();
  // XS freezes every function and prototype made at preload: a class's statics cannot change later.
  const functions = new Set(
    source.statements.flatMap((statement) => ((ts.isClassDeclaration(statement) || ts.isFunctionDeclaration(statement)) && statement.name ? [statement.name.text] : [])),
  );
  const insideFunction = (node: ts.Node): boolean => {
    for (let up = node.parent; up; up = up.parent) if (ts.isFunctionLike(up)) return true;
    return false;
  };
  const frozenTarget = (target: ts.Node): boolean =>
    ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.expression) && functions.has(target.expression.text);
  const visit = (node: ts.Node): void => {
    const assigned =
      ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
        ? node.left
        : (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
            (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
          ? node.operand
          : undefined;
    if (assigned && frozenTarget(assigned) && insideFunction(node)) {
      const at = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      problems.push(`${fileName}:${at} ${assigned.getText()}: a preloaded function's property, frozen at run time`);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && MUTATORS.has(node.expression.name.text)) {
      written.add(node.expression.expression.getText());
    }
    if (assigned && ts.isElementAccessExpression(assigned)) written.add(assigned.expression.getText());
    const member = ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);
    if (member && ts.isPrivateIdentifier(node.name) && !node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword)) {
      const at = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      problems.push(`${fileName}:${at} ${node.name.text}: a private method, which XS installs on every instance (a slot each)`);
    }
    const regExp =
      node.kind === ts.SyntaxKind.RegularExpressionLiteral ||
      ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === "RegExp");
    if (regExp && !insideFunction(node)) {
      const at = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      problems.push(`${fileName}:${at} ${node.getText()}: a RegExp made at preload (XS 8.2.3 mallocs its match state and treats it as a chunk: a leak per exec, and a crash when a collection runs during one)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const where = (node: ts.Node) => `${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const frozenPrototypes = new Set([...text.matchAll(/^Object\.freeze\((\w+)\.prototype\);$/gm)].map((match) => match[1]));
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.asteriskToken && statement.name && !frozenPrototypes.has(statement.name.text)) {
      problems.push(`${where(statement)} generator ${statement.name.text}: its prototype is not frozen`);
    }
    if (!ts.isVariableStatement(statement)) continue;
    const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of statement.declarationList.declarations) {
      const name = declaration.name.getText();
      if (!isConst) {
        problems.push(`${where(declaration)} ${name}: a module-level let or var (xsl: no const)`);
        continue;
      }
      let init = declaration.initializer;
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init))) init = init.expression;
      if (!init || isFrozenCall(init)) continue;
      if (ts.isObjectLiteralExpression(init) || ts.isArrayLiteralExpression(init)) {
        problems.push(`${where(declaration)} ${name}: a module-level object that is not frozen`);
      } else if (ts.isNewExpression(init) && ts.isIdentifier(init.expression)) {
        const kind = init.expression.text;
        const empty = init.arguments?.length === 1 && init.arguments[0].getText() === "0";
        if ((COLLECTIONS.has(kind) || (BUFFERS.test(kind) && !empty)) && written.has(name)) {
          problems.push(`${where(declaration)} ${name}: a module-level ${kind} that is written at run time (read-only once preloaded)`);
        }
      }
    }
  }
  return problems;
}

test("no module of the board's or the Linux runner's build keeps mutable or unfrozen state at its top level", async () => {
  const names = [...new Set([...(await reachedModules(ENTRIES.esp32)), ...(await reachedModules(ENTRIES.lin))])];
  assert.ok(names.length > 100);
  const problems = names.flatMap((name) => {
    const file = [`${name}.ts`, `${name}.js`].map((candidate) => join(root, candidate)).find((candidate) => {
      try {
        readFileSync(candidate);
        return true;
      } catch {
        return false;
      }
    });
    assert.ok(file, `no source for ${name}`);
    return preloadProblems(name, readFileSync(file, "utf8"));
  });
  assert.deepEqual(problems, []);
});

test("the rules catch what preload breaks or warns about", () => {
  const problems = preloadProblems(
    "sample",
    [
      "const channels = new WeakMap();",
      "export function track(socket) { channels.set(socket, 1); }",
      "const scratch = new Float64Array(1);",
      "export function put(value) { scratch[0] = value; }",
      "const lookup = new Map([['a', 1]]);",
      "export const read = (key) => lookup.get(key);",
      "const EMPTY = new Uint8Array(0);",
      "let cache;",
      "const LIMITS = { streams: 4 };",
      "const OK = frozen({ streams: 4 });",
      "export function* walk() { yield 1; }",
      "class Counter { static made = 0; constructor() { Counter.made++; } }",
      "const TOKEN = /^[a-z]+$/;",
      "export const isWord = (text) => /^[a-z]+$/.test(text);",
      "class Ring { #count = 0; #write() { this.#count++; } static #check() {} private seal() {} }",
    ].join("\n"),
  );
  assert.deepEqual(problems, [
    "sample:12 Counter.made: a preloaded function's property, frozen at run time",
    "sample:13 /^[a-z]+$/: a RegExp made at preload (XS 8.2.3 mallocs its match state and treats it as a chunk: a leak per exec, and a crash when a collection runs during one)",
    "sample:15 #write: a private method, which XS installs on every instance (a slot each)",
    "sample:1 channels: a module-level WeakMap that is written at run time (read-only once preloaded)",
    "sample:3 scratch: a module-level Float64Array that is written at run time (read-only once preloaded)",
    "sample:8 cache: a module-level let or var (xsl: no const)",
    "sample:9 LIMITS: a module-level object that is not frozen",
    "sample:11 generator walk: its prototype is not frozen",
  ]);
});

interface Section {
  modules: Record<string, string>;
  preload: string[];
}

test("manifest.json names and preloads exactly the modules of each build (npm run manifest:modules)", async () => {
  const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as Section & { platforms: { esp32: Section; lin: Section } };
  const expected = await manifestModules();
  const sections: Array<[string, Section, Section]> = [
    ["top level", manifest, expected.firmware],
    ["esp32", manifest.platforms.esp32, expected.esp32],
    ["lin", manifest.platforms.lin, expected.lin],
  ];
  for (const [where, actual, wanted] of sections) {
    assert.deepEqual(actual.modules, wanted.modules, where);
    assert.deepEqual(actual.preload, wanted.preload, where);
    assert.ok(actual.preload.every((name) => !name.includes("*")), "mcconfig's preload wildcards match .js files only");
  }
  assert.ok(manifest.platforms.esp32.preload.includes("hosts/esp32/main"));
});
