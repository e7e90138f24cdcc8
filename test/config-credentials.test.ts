import { test } from "node:test";
import assert from "node:assert/strict";
import { parseCredentials } from "../src/config/credentials.ts";
import { formatIssue } from "../src/config/parse.ts";
import type { ConfigIssue } from "../src/config/types.ts";

const SECRET = "s3cr3t-Zq9";

function lines(issues: ConfigIssue[]): string[] {
  return issues.map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

function cloud(fields: Record<string, unknown>) {
  return parseCredentials({ cloud: { id: "part-1", secret: SECRET, app_address: "https://app.viam.com:443", ...fields } });
}

test("a complete credentials file gives CloudCredentials", () => {
  const parsed = cloud({});
  assert.deepEqual(parsed, {
    credentials: { id: "part-1", secret: SECRET, appAddress: "https://app.viam.com:443" },
    issues: [],
  });
});

test("app_address accepts http(s) with an optional port and trailing slash", () => {
  for (const address of ["https://app.viam.com", "https://app.viam.com:443/", "http://127.0.0.1:8080", "http://localhost:1"]) {
    const parsed = cloud({ app_address: address });
    assert.deepEqual(parsed.issues, [], address);
    assert.equal(parsed.credentials?.appAddress, address);
  }
});

test("app_address must be a URL like https://app.viam.com:443", () => {
  for (const address of [
    "app.viam.com:443",
    "ftp://app.viam.com",
    "https://app.viam.com:443/api",
    "https://app.viam.com:99999",
    "https://app.viam.com:0",
    "https://app viam.com",
    "https://",
  ]) {
    const parsed = cloud({ app_address: address });
    assert.deepEqual(lines(parsed.issues), ["error cloud.app_address: must be a URL like https://app.viam.com:443"], address);
    assert.equal(parsed.credentials, undefined);
  }
});

test("each field is a required non-empty string", () => {
  for (const key of ["id", "secret", "app_address"]) {
    for (const [value, message] of [
      [undefined, "is required"],
      ["", "must not be empty"],
      [42, "must be a string"],
    ] as const) {
      const parsed = cloud({ [key]: value });
      assert.deepEqual(lines(parsed.issues), [`error cloud.${key}: ${message}`], `${key}=${value}`);
      assert.equal(parsed.credentials, undefined);
    }
  }
});

test("the document and its cloud section must be objects", () => {
  for (const json of [null, [], "x"]) {
    assert.deepEqual(lines(parseCredentials(json).issues), ["error $: must be an object"]);
  }
  assert.deepEqual(lines(parseCredentials({}).issues), ["error cloud: is required"]);
  assert.deepEqual(lines(parseCredentials({ cloud: "x" }).issues), ["error cloud: must be an object"]);
});

test("no issue ever contains the secret", () => {
  const inputs: unknown[] = [
    { cloud: { secret: SECRET } },
    { cloud: { id: SECRET, secret: SECRET, app_address: SECRET } },
    { cloud: { id: 1, secret: SECRET, app_address: `https://${SECRET}:99999` } },
    { cloud: { id: "p", secret: [SECRET], app_address: "x" } },
  ];
  for (const { issues } of inputs.map((json) => parseCredentials(json))) {
    assert.ok(issues.length > 0);
    for (const issue of issues) assert.ok(!formatIssue(issue).includes(SECRET), formatIssue(issue));
  }
});
