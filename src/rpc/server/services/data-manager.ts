// viam.service.datamanager.v1.DataManagerService/Sync: "sync now" from a client, which
// viam-micro-server lacks. It answers once the sync round has run, with the round's outcome.
// DoCommand `status` reports the sync task's state (why conditional sync holds, the last error, the
// backoff); `sync` runs a round as Sync does and then reports.
import { viam } from "../../../proto/generated/viam.js";
import { frozen } from "../../../frozen.ts";
import { GrpcError, GrpcStatus } from "../../grpc-status.ts";
import type { LiveMachine, MachineView, MethodTable } from "./method.ts";
import { unary } from "./method.ts";
import { fromProtoStruct, toProtoStruct } from "../../../proto/struct.ts";
import type { Command } from "../../../resources/resource.ts";
import { errorMessage } from "../../../error-message.ts";

const dm = viam.service.datamanager.v1;
const SERVICE = "/viam.service.datamanager.v1.DataManagerService/";

const COMMANDS = frozen(["status", "sync"]);

export const dataManagerMethods: MethodTable = frozen({
  [SERVICE + "Sync"]: unary(dm.SyncRequest, dm.SyncResponse, async (request, { machine }) => {
    await syncNow(named(machine, request.name));
    return {};
  }),
  [SERVICE + "DoCommand"]: unary(viam.common.v1.DoCommandRequest, viam.common.v1.DoCommandResponse, async (request, { machine }) => {
    const view = named(machine, request.name);
    const command = fromProtoStruct(request.command ?? {}).command;
    if (typeof command !== "string" || !COMMANDS.includes(command)) {
      throw new GrpcError(GrpcStatus.INVALID_ARGUMENT, `unknown command ${JSON.stringify(command)} (the data manager knows ${COMMANDS.join(", ")})`);
    }
    if (command === "sync") await syncNow(view);
    return { result: toProtoStruct(status(view)) };
  }),
});

/** The machine, once `name` is its data manager's. */
function named(machine: LiveMachine, name: string): MachineView {
  const view = machine();
  const dataManager = view.config?.dataManager;
  if (dataManager === undefined || name !== dataManager.name) throw new GrpcError(GrpcStatus.NOT_FOUND, `no data manager service named "${name}"`);
  return view;
}

async function syncNow({ syncNow }: MachineView): Promise<void> {
  if (syncNow === undefined) throw new GrpcError(GrpcStatus.FAILED_PRECONDITION, "sync is off: no cloud credentials, or sync_disabled");
  try {
    await syncNow();
  } catch (error) {
    if (error instanceof GrpcError) throw error;
    throw new GrpcError(GrpcStatus.UNAVAILABLE, `sync failed: ${errorMessage(error)}`);
  }
}

function status({ syncState }: MachineView): Command {
  if (syncState === undefined) return { sync: "off" };
  const out: Command = {
    sync: syncState.held === undefined ? "on" : "held",
    syncing: syncState.syncing,
    rounds: syncState.rounds,
    uploaded_records: syncState.uploadedRecords,
    consecutive_failures: syncState.consecutiveFailures,
    backoff_ms: syncState.backoffMs,
  };
  if (syncState.held !== undefined) out.held = syncState.held;
  if (syncState.lastError !== undefined) out.last_error = syncState.lastError;
  return out;
}
