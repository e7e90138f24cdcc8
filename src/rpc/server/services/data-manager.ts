// viam.service.datamanager.v1.DataManagerService/Sync: "sync now" from a client, which
// viam-micro-server lacks. It resolves once the sync task has run.
import { viam } from "../../../proto/generated/viam.js";
import { GrpcError, GrpcStatus } from "../../grpc-status.ts";
import type { DataManagerConfig } from "../../../config/types.ts";
import type { Method } from "./method.ts";
import { describe, unary } from "./method.ts";

const dm = viam.service.datamanager.v1;
const SERVICE = "/viam.service.datamanager.v1.DataManagerService/";

export type SyncNow = () => void | Promise<void>;

export function dataManagerMethods(dataManager: DataManagerConfig | undefined, syncNow: SyncNow | undefined): Map<string, Method> {
  return new Map<string, Method>([
    [
      SERVICE + "Sync",
      unary(dm.SyncRequest, dm.SyncResponse, async (request) => {
        if (dataManager === undefined || request.name !== dataManager.name) {
          throw new GrpcError(GrpcStatus.NOT_FOUND, `no data manager service named "${request.name}"`);
        }
        if (syncNow === undefined) throw new GrpcError(GrpcStatus.FAILED_PRECONDITION, "sync is not configured");
        try {
          await syncNow();
        } catch (error) {
          if (error instanceof GrpcError) throw error;
          throw new GrpcError(GrpcStatus.UNAVAILABLE, `sync failed: ${describe(error)}`);
        }
        return {};
      }),
    ],
  ]);
}
