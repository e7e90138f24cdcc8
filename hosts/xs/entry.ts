// Entry of the firmware bundle inside an xsnap worker: the command handler of commands.ts, which the
// Node twin runs too, behind xsnap's command transport (xsnap-commands.ts).
import { CommandHandler } from "./commands.ts";
import type { Command } from "./commands.ts";
import { serveXsnapCommands } from "./xsnap-commands.ts";

const handler = new CommandHandler();
serveXsnapCommands((command: Command) => handler.handle(command));
