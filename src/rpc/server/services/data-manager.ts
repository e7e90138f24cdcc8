// viam.service.datamanager.v1.DataManagerService/Sync: "sync now" from a client, which
// viam-micro-server lacks. It answers once the sync round has run, with the round's outcome.
import { viam } from "../../../proto/generated/viam.js";
import { frozen } from "../../../frozen.ts";
import { GrpcError, GrpcStatus } from "../../grpc-status.ts";
import type { MethodTable } from "./method.ts";
import { describe, unary } from "./method.ts";

const dm = viam.service.datamanager.v1;
const SERVICE = "/viam.service.datamanager.v1.DataManagerService/";

export const dataManagerMethods: MethodTable = frozen({
  [SERVICE + "Sync"]: unary(dm.SyncRequest, dm.SyncResponse, async (request, { machine }) => {
    const { config, syncNow } = machine();
    const dataManager = config?.dataManager;
    if (dataManager === undefined || request.name !== dataManager.name) {
      throw new GrpcError(GrpcStatus.NOT_FOUND, `no data manager service named "${request.name}"`);
    }
    if (syncNow === undefined) throw new GrpcError(GrpcStatus.FAILED_PRECONDITION, "sync is off: no cloud credentials, or sync_disabled");
    try {
      await syncNow();
    } catch (error) {
      if (error instanceof GrpcError) throw error;
      throw new GrpcError(GrpcStatus.UNAVAILABLE, `sync failed: ${describe(error)}`);
    }
    return {};
  }),
});
