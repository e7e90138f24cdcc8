// What a model contributes to the registry, and what it gets when buildResources constructs it.
import type { Host } from "../host.ts";
import type { ComponentConfig } from "../config/types.ts";
import type { AttributeReader } from "./attributes.ts";
import type { Resource, ResourceName } from "./resource.ts";
import { ResourceConfigError } from "./resource.ts";

export interface BuildContext {
  host: Host;
  config: ComponentConfig;
  name: ResourceName;
  /** Bare model name as registered ("esp32"), whatever triplet the config used. */
  model: string;
  attributes: AttributeReader;
  /** The already-built resource named by the string attribute `key`; throws ResourceConfigError at
   *  that attribute when it is missing, unknown, failed to build, or not a `subtype`. */
  dependency<T extends Resource>(key: string, subtype: string, is: (resource: Resource) => resource is T): T;
}

export interface Model {
  /** Attributes that name another component this one is built on (e.g. tmp36's `board`). */
  readonly references?: readonly string[];
  create(context: BuildContext): Resource;
}

/** The error every model throws for a capture method it does not implement; its subPath is relative
 *  to the capture method entry. */
export function unsupportedMethod(name: ResourceName, model: string, method: string): ResourceConfigError {
  return new ResourceConfigError(`method ${method} is not supported by ${name.subtype} model ${model}`, "method");
}
