// What the machine status says of each built resource: READY until a read of it fails, UNHEALTHY
// with that failure's message until a read succeeds again. Only reads that clients made count (a
// parent's data capture reads through these services); GetMachineStatus reads nothing itself,
// because a read can disturb a device (an SHT3x read collects the conversion that capture started)
// and parents ask for the status often.
import type { Resource } from "../../../resources/resource.ts";

export class ResourceHealth {
  /** Keyed by the resource object, so a resource rebuilt by a new config starts afresh. */
  readonly #failures = new WeakMap<Resource, string>();

  succeeded(resource: Resource): void {
    this.#failures.delete(resource);
  }

  failed(resource: Resource, message: string): void {
    this.#failures.set(resource, message);
  }

  /** The last read's failure, if the last read failed. */
  failure(resource: Resource): string | undefined {
    return this.#failures.get(resource);
  }
}
