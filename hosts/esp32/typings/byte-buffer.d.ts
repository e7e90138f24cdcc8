// The shapes that Moddable SDK 8.2.3 declares in its own typings/ for this module, restated here so
// that `npm run typecheck` checks hosts/esp32 the way mcconfig does, without the SDK. mcconfig itself
// type-checks against the SDK's files (they win over these); `npm run esp32:check` runs that.
// The SDK's xs.d.ts names its buffer union ByteBuffer; @moddable/typings 5.6.0 calls it BufferLike.
type ByteBuffer = ArrayBufferLike | HostBuffer | Uint8Array | Uint8ClampedArray | Int8Array | DataView;
