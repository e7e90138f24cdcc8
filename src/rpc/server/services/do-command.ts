// DoCommand for our models: none defines a command, so after finding the resource the answer is
// UNIMPLEMENTED, as viam-micro-server answers. Echoing the command back would look like success.
import { viam } from "../../../proto/generated/viam.js";
import { GrpcError, GrpcStatus } from "../../grpc-status.ts";
import type { Resource } from "../../../resources/resource.ts";
import type { LiveMachine, Method } from "./method.ts";
import { resourceNamed, unary } from "./method.ts";

export function doCommandMethod<T extends Resource>(
  machine: LiveMachine,
  is: (resource: Resource) => resource is T,
  label: string,
): Method {
  return unary(viam.common.v1.DoCommandRequest, viam.common.v1.DoCommandResponse, (request) => {
    const resource = resourceNamed(machine, request.name, is, label);
    throw new GrpcError(GrpcStatus.UNIMPLEMENTED, `${label} model ${resource.model} has no DoCommand commands`);
  });
}
