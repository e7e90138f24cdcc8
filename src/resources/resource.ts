// The shape every configured component takes once built, as the data manager and the RPC services
// see it. Subtype-specific methods (a board's GPIO calls, a sensor's readings) live on the
// subtype interfaces next to each model family.

export interface ResourceName {
  namespace: string;
  type: "component" | "service";
  subtype: string;
  name: string;
}

/** The Struct that one capture of a method records; plain JSON values only. */
export type CaptureData = { [key: string]: unknown };
/** Reads one capture. `constants` are fields that are the same in every reading of this reader
 *  (an analog reader's range): they are not stored per reading, and sync adds them to each upload. */
export type CaptureRead = (() => CaptureData) & { readonly constants?: Readonly<CaptureData> };

/** A DoCommand command or result: a google.protobuf.Struct as plain JSON values. */
export type Command = { [key: string]: unknown };

export interface Resource {
  readonly name: ResourceName;
  /** A getter in the classes of models with one name: as a field it would cost each instance a slot. */
  readonly model: string;
  /** Returns a reader for one capture method, or throws ResourceConfigError (unsupported method / bad params). */
  captureReader(method: string, params: Record<string, string>): CaptureRead;
  /** The names DoCommand's `command` key takes; absent when the model has none. */
  readonly commands?: readonly string[];
  /** Runs `{"command": <one of commands>, ...arguments}`; throws ResourceConfigError for a bad
   *  command or argument, anything else for a device failure. */
  doCommand?(command: Command): Command;
  close(): void;
}

/** A problem with how a resource or one of its capture methods is configured. `subPath` is relative
 *  to the JSON object being built (a component, or a capture method entry), e.g.
 *  `attributes.analog_reader` or `additional_params.reader_name`. */
export class ResourceConfigError extends Error {
  readonly subPath?: string;

  constructor(message: string, subPath?: string) {
    super(message);
    this.name = "ResourceConfigError";
    this.subPath = subPath;
  }
}
