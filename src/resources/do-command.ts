// DoCommand for every resource: the command struct names what to run in its `command` key, and the
// rest of it is that command's arguments. The same checks serve the RPC and the DoCommand capture
// method, so a command that the server refuses is refused at the config's JSON path too.
import type { CaptureRead, Command, Resource } from "./resource.ts";
import { ResourceConfigError } from "./resource.ts";

export const DO_COMMAND_METHOD = "DoCommand";
export const DO_COMMAND_INPUT = "docommand_input";

/** The command's name, once it is one `resource` knows; `path` prefixes the error's JSON path. */
export function commandName(resource: Resource, command: Command, path?: string): string {
  const known = resource.commands ?? [];
  const label = `${resource.name.subtype} model ${resource.model}`;
  if (known.length === 0 || resource.doCommand === undefined) throw new ResourceConfigError(`${label} has no DoCommand commands`, path);
  const name = command.command;
  const at = path === undefined ? "command" : `${path}.command`;
  if (typeof name !== "string") throw new ResourceConfigError(`must name the command as a string (${label} knows ${known.join(", ")})`, at);
  if (!known.includes(name)) throw new ResourceConfigError(`unknown command "${name}" (${label} knows ${known.join(", ")})`, at);
  return name;
}

/** The DoCommand capture method: the command from `additional_params.docommand_input` (kept there as
 *  JSON text by the config parser), its result recorded as the reading's struct. */
export function doCommandCapture(resource: Resource, params: Readonly<Record<string, string>>): CaptureRead {
  const path = `additional_params.${DO_COMMAND_INPUT}`;
  const text = params[DO_COMMAND_INPUT];
  if (text === undefined) throw new ResourceConfigError("is required for DoCommand", path);
  const command = JSON.parse(text) as Command;
  commandName(resource, command, path);
  const run = resource.doCommand!.bind(resource);
  return () => run(command);
}

/** Every capture method of `resource`, DoCommand included. */
export function captureReaderOf(resource: Resource, method: string, params: Record<string, string>): CaptureRead {
  return method === DO_COMMAND_METHOD ? doCommandCapture(resource, params) : resource.captureReader(method, params);
}

/** A command argument that must be a boolean. */
export function booleanArgument(command: Command, key: string): boolean {
  const value = command[key];
  if (typeof value !== "boolean") throw new ResourceConfigError(`"${key}" must be true or false`, key);
  return value;
}
