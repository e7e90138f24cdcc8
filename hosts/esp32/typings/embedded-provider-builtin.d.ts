// The built-in IO provider as ECMA-419 (2nd edition) and Moddable's ESP32 implementation document it,
// limited to the classes hosts/esp32 hands to the Host. @moddable/typings 5.6.0 does ship this module,
// but declares Analog without close() and Digital's mode and edge constants as `unknown`, so the Host
// contract could not be checked against it.
declare module "embedded:provider/builtin" {
  type BufferSource = ArrayBuffer | ArrayBufferView;

  class Analog {
    constructor(options: { pin: number; resolution?: number });
    /** Raw sample, 0 .. 2 ** resolution - 1. */
    read(): number;
    readonly resolution: number;
    close(): void;
  }

  class Digital {
    static readonly Input: 0;
    static readonly InputPullUp: 1;
    static readonly InputPullDown: 2;
    static readonly InputPullUpDown: 3;
    static readonly Output: 8;
    static readonly OutputOpenDrain: 9;
    static readonly Rising: 1;
    static readonly Falling: 2;
    constructor(options: {
      pin: number;
      mode: number;
      /** Rising, Falling or both OR-ed; required with onReadable. */
      edge?: number;
      onReadable?: (this: Digital) => void;
    });
    read(): 0 | 1;
    write(value: 0 | 1): void;
    close(): void;
  }

  class I2C {
    constructor(options: {
      data: number;
      clock: number;
      /** 7-bit device address. */
      address: number;
      /** Bus clock; required by ECMA-419 and by the ESP32 driver. */
      hz: number;
      port?: number;
    });
    read(byteLength: number, stop?: boolean): ArrayBuffer;
    read(buffer: BufferSource, stop?: boolean): void;
    write(buffer: BufferSource, stop?: boolean): void;
    close(): void;
  }

  /** A board's conventional bus pins; the generic esp32 target does not define one. */
  interface I2CDefault {
    data: number;
    clock: number;
    hz?: number;
    port?: number;
  }

  const device: {
    readonly io: {
      readonly Analog: typeof Analog;
      readonly Digital: typeof Digital;
      readonly I2C: typeof I2C;
    };
    readonly I2C?: { readonly default?: I2CDefault };
  };
  export default device;
}
