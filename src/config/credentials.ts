import type { CloudCredentials, ConfigIssue } from "./types.ts";
import { IssueList } from "./issues.ts";
import { ROOT } from "./json-path.ts";
import { FieldReader, isJsonObject } from "./reader.ts";

export interface ParsedCredentials {
  credentials?: CloudCredentials;
  issues: ConfigIssue[];
}

// Scheme, host and optional port, nothing after: the app client appends its own gRPC paths.

/** Reads `{"cloud": {"id", "secret", "app_address"}}`. Messages name paths, never values, so the secret
 *  cannot leak into a log through an issue. */
export function parseCredentials(json: unknown): ParsedCredentials {
  const issues = new IssueList();
  if (!isJsonObject(json)) {
    issues.error(ROOT, "must be an object");
    return { issues: issues.items };
  }
  const cloud = new FieldReader(issues, ROOT, json).object("cloud", { required: true });
  if (cloud === undefined) return { issues: issues.items };
  const id = cloud.string("id", { required: true, nonEmpty: true });
  const secret = cloud.string("secret", { required: true, nonEmpty: true });
  const appAddress = cloud.string("app_address", { required: true, nonEmpty: true });
  if (appAddress !== undefined && !isAppAddress(appAddress)) {
    issues.error(cloud.pathOf("app_address"), "must be a URL like https://app.viam.com:443");
  }
  if (issues.errorCount > 0 || id === undefined || secret === undefined || appAddress === undefined) {
    return { issues: issues.items };
  }
  return { credentials: { id, secret, appAddress }, issues: issues.items };
}

function isAppAddress(text: string): boolean {
  const match = /^https?:\/\/[A-Za-z0-9.-]+(?::(\d{1,5}))?\/?$/.exec(text);
  if (match === null) return false;
  return match[1] === undefined || (Number(match[1]) >= 1 && Number(match[1]) <= 65535);
}
