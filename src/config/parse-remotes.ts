import type { RemoteConfig } from "./types.ts";
import type { FieldReader } from "./reader.ts";
import { objectEntries } from "./reader.ts";

/** Reads `remotes[]`. `auth` is handed on untouched: the dialer, not the parser, knows its shape, and
 *  copying it field by field would risk echoing a secret into an issue. */
export function parseRemotes(root: FieldReader): RemoteConfig[] {
  const remotes: RemoteConfig[] = [];
  const namePaths = new Map<string, string>();
  const list = root.array("remotes") ?? [];
  for (const entry of objectEntries(root.issues, root.pathOf("remotes"), list)) {
    const errorsBefore = entry.issues.errorCount;
    const name = entry.string("name", { required: true, nonEmpty: true });
    const address = entry.string("address", { required: true, nonEmpty: true });
    const insecure = entry.boolean("insecure") ?? false;
    const auth = entry.object("auth");
    if (entry.issues.errorCount > errorsBefore || name === undefined || address === undefined) continue;

    const firstPath = namePaths.get(name);
    if (firstPath !== undefined) {
      entry.issues.error(entry.pathOf("name"), `duplicate name "${name}" (first at ${firstPath})`);
      continue;
    }
    namePaths.set(name, entry.path);
    const remote: RemoteConfig = { path: entry.path, name, address, insecure };
    if (auth !== undefined) remote.auth = auth.value;
    remotes.push(remote);
  }
  return remotes;
}
