// What every connection of one server shares: the service behind it, time, the log, the limits and
// the counters. RpcServer makes one for all its connections, so each connection holds a single
// reference instead of five, and both transports are built from the same two options.
import type { Log, Timers } from "../../host.ts";
import type { UnaryService } from "./handler.ts";
import type { ServerLimits } from "./limits.ts";
import type { ServerCounters } from "./server-counters.ts";
import type { SocketChannel } from "./socket-channel.ts";

export interface ServerContext {
  readonly service: UnaryService;
  readonly timers: Timers;
  readonly log: Log;
  readonly limits: ServerLimits;
  readonly counters: ServerCounters;
}

/** The options of either transport's connection handler. */
export interface ConnectionOptions {
  channel: SocketChannel;
  server: ServerContext;
}
