// The same command handler as the XS bundle, run by Node from the TypeScript sources: one JSON
// command per stdin line, one JSON reply per stdout line. The XS tests compare its answers with the
// real engine's. A reply waits for setImmediate so that every promise job the command started has
// run, which is when xsnap answers too.
import { createInterface } from "node:readline";
import { CommandHandler } from "./commands.ts";
import type { Command } from "./commands.ts";

const handler = new CommandHandler();

createInterface({ input: process.stdin }).on("line", (line) => {
  const reply = handler.handle(JSON.parse(line) as Command);
  setImmediate(() => process.stdout.write(`${JSON.stringify(reply())}\n`));
});
