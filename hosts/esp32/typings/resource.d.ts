// The shapes that Moddable SDK 8.2.3 declares in its own typings/ for this module, restated here so
// that `npm run typecheck` checks hosts/esp32 the way mcconfig does, without the SDK. mcconfig itself
// type-checks against the SDK's files (they win over these); `npm run esp32:check` runs that.
declare module "Resource" {
  interface ResourcePrototype extends HostBuffer {
    slice(begin: number, end?: number): ArrayBuffer;
    slice(begin: number, end?: number, copy?: boolean): HostBuffer;
  }
  export interface ResourceConstructor {
    new (path: string): ResourcePrototype;
    exists(path: string): boolean;
  }
  const Resource: ResourceConstructor;
  export { Resource as default };
}
