// frozen() runs at preload on every module constant, before any hardware exists.
import { test } from "node:test";
import assert from "node:assert/strict";
import { frozen } from "../src/frozen.ts";

test("frozen() freezes plain objects and arrays all the way down, and leaves functions and buffers writable", () => {
  const scratch = new Uint8Array(2);
  const handler = () => 1;
  const value = frozen({ limits: { streams: 4, names: ["a", "b"] }, scratch, handler });
  assert.ok(Object.isFrozen(value) && Object.isFrozen(value.limits) && Object.isFrozen(value.limits.names));
  scratch[0] = 7;
  assert.equal(value.scratch[0], 7);
  assert.ok(!Object.isFrozen(handler));
});

test("frozen() never calls a getter: at preload it would reach for hardware that is not there", () => {
  let calls = 0;
  const wifi = frozen({
    get connected() {
      calls++;
      throw new Error("no network stack at preload");
    },
  });
  assert.equal(calls, 0);
  assert.ok(Object.isFrozen(wifi));
});

test("frozen() ends on a value that holds itself", () => {
  const node: { self?: unknown; list: unknown[] } = { list: [] };
  node.self = node;
  node.list.push(node);
  assert.ok(Object.isFrozen(frozen(node)) && Object.isFrozen(node.list));
});
