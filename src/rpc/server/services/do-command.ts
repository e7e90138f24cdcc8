// DoCommand for every resource. A model without commands answers UNIMPLEMENTED, as viam-micro-server
// does; a command or argument the model does not take is INVALID_ARGUMENT naming what it knows; a
// device that fails while running one is UNKNOWN with the device's message.
import { viam } from "../../../proto/generated/viam.js";
import { GrpcError, GrpcStatus } from "../../grpc-status.ts";
import type { Resource } from "../../../resources/resource.ts";
import { commandName } from "../../../resources/do-command.ts";
import { fromProtoStruct, toProtoStruct } from "../../../proto/struct.ts";
import type { Method } from "./method.ts";
import { resourceNamed, unary } from "./method.ts";
import { resourceCall } from "./method.ts";
import { errorMessage } from "../../../error-message.ts";

export function doCommandMethod<T extends Resource>(test: (resource: Resource) => resource is T, name: string): Method {
  // Consts for the closure: captured parameters would stay writable, which preload keeps in RAM.
  const is = test;
  const label = name;
  return unary(viam.common.v1.DoCommandRequest, viam.common.v1.DoCommandResponse, (request, { machine, health }) => {
    const resource = resourceNamed(machine, request.name, is, label);
    if (resource.doCommand === undefined) {
      throw new GrpcError(GrpcStatus.UNIMPLEMENTED, `${label} model ${resource.model} has no DoCommand commands`);
    }
    const command = fromProtoStruct(request.command ?? {});
    try {
      commandName(resource, command);
    } catch (error) {
      throw new GrpcError(GrpcStatus.INVALID_ARGUMENT, errorMessage(error));
    }
    const run = resource.doCommand.bind(resource);
    return { result: resourceCall(health, resource, () => toProtoStruct(run(command)), GrpcStatus.INVALID_ARGUMENT) };
  });
}
