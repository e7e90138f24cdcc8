// protobufjs/minimal keeps the scratch buffers of its float and double codec (`util.float`) in
// module-level typed arrays. A Moddable build preloads the module, and preloaded buffers are
// read-only in flash, so every float or double it wrote or read would throw "read-only buffer":
// every google.protobuf.Value number, so every Readings upload and GetReadings answer. protobufjs
// looks `util.float` up on each call, so replacing it with a codec whose scratch is made at run time
// fixes this without patching the package.
import $protobuf from "protobufjs/minimal";

export interface FloatCodec {
  writeFloatLE(value: number, target: Uint8Array, at: number): void;
  readFloatLE(source: Uint8Array, at: number): number;
  writeDoubleLE(value: number, target: Uint8Array, at: number): void;
  readDoubleLE(source: Uint8Array, at: number): number;
}

/** Gives protobufjs float scratch made now, in RAM. Call once at boot, before any encode or decode. */
export function useRunTimeFloatScratch(): void {
  (($protobuf.util as unknown) as { float: FloatCodec }).float = runTimeFloatCodec();
}

/** The float codec protobufjs writes with, for code that writes protobuf bytes itself. */
export function protobufFloat(): FloatCodec {
  return (($protobuf.util as unknown) as { float: FloatCodec }).float;
}

// Closures, not methods: the Writer keeps the bare function and calls it without its object. Bytes
// are copied one by one, since a subarray per number would be garbage for every value encoded.
function runTimeFloatCodec(): FloatCodec {
  const scratch = new ArrayBuffer(8);
  const view = new DataView(scratch);
  const bytes = new Uint8Array(scratch);
  const put = (target: Uint8Array, at: number, count: number) => {
    for (let i = 0; i < count; i++) target[at + i] = bytes[i];
  };
  const take = (source: Uint8Array, at: number, count: number) => {
    for (let i = 0; i < count; i++) bytes[i] = source[at + i];
  };
  return {
    writeFloatLE(value, target, at) {
      view.setFloat32(0, value, true);
      put(target, at, 4);
    },
    readFloatLE(source, at) {
      take(source, at, 4);
      return view.getFloat32(0, true);
    },
    writeDoubleLE(value, target, at) {
      view.setFloat64(0, value, true);
      put(target, at, 8);
    },
    readDoubleLE(source, at) {
      take(source, at, 8);
      return view.getFloat64(0, true);
    },
  };
}
