// textDigest stands in for the running and cached config texts: two different texts must not give
// the same digest, whatever characters they hold.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fnv1a, textDigest } from "../src/text-hash.ts";

test("texts that feed fnv1a the same bytes get different digests", () => {
  // "Ł" is U+0141 (fed as 41 01) and "䄁" U+4101 (fed as 01 41): fnv1a, which feeds a unit up to
  // 0xff as one byte, gets 41 01 41 from both "ŁA" and "A䄁".
  const a = '{"name":"ŁA"}';
  const b = '{"name":"A䄁"}';
  assert.equal(fnv1a(a), fnv1a(b), "fnv1a's own collision, kept for collectorOwner's ids on flash");
  assert.notEqual(textDigest(a), textDigest(b));
});

test("one character changed in a config of the same length changes the digest", () => {
  const config = JSON.stringify({ components: Array.from({ length: 20 }, (_, i) => ({ name: `fake-${i}`, model: "fake", attributes: { rate: i } })) });
  const digest = textDigest(config);
  for (let at = 0; at < config.length; at += 7) {
    const changed = `${config.slice(0, at)}${config[at] === "1" ? "2" : "1"}${config.slice(at + 1)}`;
    assert.notEqual(textDigest(changed), digest, `at ${at}`);
  }
  assert.equal(textDigest(config), digest, "and the same text gives the same digest");
});
