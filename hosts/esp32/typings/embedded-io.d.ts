// The shapes that Moddable SDK 8.2.3 declares in its own typings/ for this module, restated here so
// that `npm run typecheck` checks hosts/esp32 the way mcconfig does, without the SDK. mcconfig itself
// type-checks against the SDK's files (they win over these); `npm run esp32:check` runs that.
declare module "embedded:io/analog" {
  class Analog {
    constructor(options: { pin: number; resolution?: number; onReadable?: (this: Analog) => void; format?: "number" });
    readonly resolution: number;
    read(): number;
    format: "number";
    target?: any;
  }
  export default Analog;
}

declare module "embedded:io/digital" {
  class Digital {
    static readonly Input: number;
    static readonly InputPullUp: number;
    static readonly InputPullDown: number;
    static readonly InputPullUpDown: number;
    static readonly Output: number;
    static readonly OutputOpenDrain: number;
    static readonly ActiveLow: number;
    static readonly Rising: number;
    static readonly Falling: number;
    constructor(
      options: { pin: number; mode: number; activeLow?: boolean; initialValue?: 0 | 1; format?: "number"; target?: any } & (
        | { onReadable: (this: Digital) => void; edge: number }
        | { edge?: number }
      ),
    );
    read(): 0 | 1;
    write(value: 0 | 1): void;
    close(): void;
    format: "number";
  }
  export default Digital;
}

declare module "embedded:io/i2c" {
  class I2C {
    constructor(options: { data: number; clock: number; hz: number; address: number; port?: number; format?: "buffer"; target?: any });
    write(value: ByteBuffer, stop?: boolean): void;
    read(byteLength: number, stop?: boolean): ArrayBuffer;
    read(buffer: ByteBuffer, stop?: boolean): number;
    format: "buffer";
  }
  export default I2C;
}

declare module "embedded:io/pwm" {
  class PWM {
    constructor(options: { pin: number; hz?: number; format?: "number"; target?: any });
    readonly resolution: number;
    readonly hz: number;
    write(value: number): void;
    format: "number";
  }
  export default PWM;
}

declare module "embedded:provider/builtin" {
  import Analog from "embedded:io/analog";
  import Digital from "embedded:io/digital";
  import I2C from "embedded:io/i2c";
  import PWM from "embedded:io/pwm";
  const device: {
    io: { Analog: typeof Analog; Digital: typeof Digital; I2C: typeof I2C; PWM: typeof PWM };
    I2C: { default: ConstructorParameters<typeof I2C>[0] };
  };
  export default device;
}
