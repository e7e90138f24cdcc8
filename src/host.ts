// The one object through which portable firmware reaches anything outside ECMAScript 2022.
// Shapes follow ECMA-419 (and Moddable's implementation of it) so that hosts/esp32 can pass
// Moddable's own classes through with little or no wrapping.

export type Bit = 0 | 1;

export interface AnalogOptions {
  pin: number;
}
export interface Analog {
  /** Raw ADC count, 0 .. 2**resolution - 1. */
  read(): number;
  readonly resolution: number;
  close(): void;
}
export interface AnalogConstructor {
  new (options: AnalogOptions): Analog;
}

export interface DigitalOptions {
  pin: number;
  mode: number;
  /** Bit mask of DigitalEdge values; only meaningful for inputs. */
  edge?: number;
  onReadable?: (this: Digital) => void;
}
export interface Digital {
  read(): Bit;
  write(value: Bit): void;
  close(): void;
}
export interface DigitalConstructor {
  new (options: DigitalOptions): Digital;
  // ECMA-419 leaves the values to the host: use the constants, never the numbers.
  readonly Input: number;
  readonly InputPullUp: number;
  readonly InputPullDown: number;
  readonly InputPullUpDown: number;
  readonly Output: number;
  readonly OutputOpenDrain: number;
  readonly Rising: number;
  readonly Falling: number;
}

export interface I2COptions {
  data: number;
  clock: number;
  address: number;
  hz?: number;
  port?: number;
}
export interface I2C {
  /** Reads `count` bytes from the addressed device. */
  read(count: number): ArrayBuffer;
  write(buffer: ArrayBuffer | Uint8Array, stop?: boolean): void;
  close(): void;
}
export interface I2CConstructor {
  new (options: I2COptions): I2C;
}

/** ECMA-419 PWM output: `write(value)` sets the duty cycle in counts of `resolution` bits, at `hz`,
 *  both fixed when it is opened. */
export interface PWMOptions {
  pin: number;
  hz?: number;
  resolution?: number;
  port?: number;
}
export interface PWM {
  readonly hz: number;
  readonly resolution: number;
  write(value: number): void;
  close(): void;
}
export interface PWMConstructor {
  new (options: PWMOptions): PWM;
}

export interface Device {
  io: {
    Analog: AnalogConstructor;
    Digital: DigitalConstructor;
    I2C: I2CConstructor;
    /** Absent on hosts without PWM outputs. */
    PWM?: PWMConstructor;
  };
  /** Default I2C pins of the board, as Moddable's `device.I2C.default`. */
  i2c?: { data: number; clock: number };
}

export interface FlashStatus {
  size: number;
  blockLength: number;
  blocks: number;
}
export interface FlashPartition {
  read(byteLength: number, byteOffset: number): ArrayBuffer;
  write(buffer: ArrayBuffer | Uint8Array, byteOffset: number): void;
  /** Erases blocks [start, end); `end` defaults to start + 1. */
  eraseBlock(start: number, end?: number): void;
  status(): FlashStatus;
  close(): void;
}
export interface Flash {
  open(options: { path: string; mode?: "r" | "r+" }): FlashPartition;
}

export interface KeyValueStore {
  read(key: string): string | undefined;
  write(key: string, value: string): void;
  delete(key: string): void;
  close(): void;
}
export interface KeyValue {
  open(options: { path: string; format?: "string" }): KeyValueStore;
}

export interface Clock {
  /** Wall time in ms since the Unix epoch. Before SNTP has run on a board this is near 0. */
  wall(): number;
  /** Monotonic ms since power-on; never goes backwards, unaffected by SNTP. */
  monotonic(): number;
}

export type TimerId = unknown;
export interface Timers {
  set(callback: () => void, ms: number): TimerId;
  repeat(callback: () => void, ms: number): TimerId;
  clear(id: TimerId): void;
}

export type LogLevel = "debug" | "info" | "warn" | "error";
export type Log = (level: LogLevel, message: string) => void;

export interface Wifi {
  readonly connected: boolean;
  /** dBm, or undefined when not associated. */
  rssi(): number | undefined;
  /** Turns the radio on and starts associating; `connected` turns true once it has. Hosts whose
   *  Wi-Fi is always up (brought up before the firmware starts) leave both out. */
  connect?(): void;
  /** Turns the radio off. */
  disconnect?(): void;
}

/** Deep sleep with a timer wake source. RAM is lost: the firmware starts again from boot, over the
 *  same flash and key-value store, and only `retained` carries anything across. */
export interface Sleep {
  /** How this boot began: "timer" when a deep sleep this firmware asked for ended; "reset" after a
   *  power-on, a crash, a watchdog or a restart. */
  readonly wake: "timer" | "reset";
  /** Text kept in memory that survives deep sleep and nothing else (RTC slow memory on the ESP32);
   *  undefined after a reset. At most RETAINED_BYTES (src/sleep/retained-state.ts) bytes. */
  readRetained(): string | undefined;
  writeRetained(text: string): void;
  /** Powers down for `ms`, then boots again. Nothing of this boot runs afterwards; where the call
   *  returns at all (simulations), the caller returns at once. */
  sleep(ms: number): void;
}

export interface TCPOptions {
  /** Peer IP address, or (for TLS, and on the simulated host) a host name. */
  address?: string;
  host?: string;
  port?: number;
  /** An accepted connection from Listener.read(), instead of address/port. */
  from?: unknown;
  /** TLS only: verify the peer's certificate for this name. */
  secure?: { serverName?: string; verify?: boolean };
  onReadable?: (this: TCPSocket, byteLength: number) => void;
  /** First call means connected; `byteLength` is how much write() accepts now. */
  onWritable?: (this: TCPSocket, byteLength: number) => void;
  onError?: (this: TCPSocket, error?: unknown) => void;
  format?: "buffer";
  /** ECMA-419's `target`: stored on the socket as `target`, so that callbacks, which get the socket
   *  as `this`, find their owner without a lookup table. */
  target?: unknown;
}
export interface TCPSocket {
  readonly target?: unknown;
  read(byteLength?: number): ArrayBuffer | undefined;
  write(buffer: ArrayBuffer | Uint8Array): void;
  close(): void;
}
export interface TCPConstructor {
  new (options: TCPOptions): TCPSocket;
}
export interface ListenerOptions {
  port: number;
  address?: string;
  /** `count` connections are waiting to be read(). */
  onReadable?: (this: Listener, count: number) => void;
}
export interface Listener {
  /** The next pending connection, to pass as `from` to a TCP constructor. */
  read(): unknown;
  close(): void;
}
export interface ListenerConstructor {
  new (options: ListenerOptions): Listener;
}
export interface Sockets {
  TCP: TCPConstructor;
  /** TLS client socket in the same shape as TCP (certificate verified against `host`). */
  TLS?: TCPConstructor;
  Listener: ListenerConstructor;
}

export interface Host {
  device: Device;
  flash: Flash;
  keyValue: KeyValue;
  clock: Clock;
  timers: Timers;
  log: Log;
  wifi?: Wifi;
  /** ECMA-419 socket classes; absent on hosts without networking. */
  sockets?: Sockets;
  /** Cryptographic-quality random bytes where the platform has them. */
  randomBytes?(count: number): Uint8Array;
  /** Bytes of heap free now, where the platform can tell (for the board's DoCommand status). */
  freeHeapBytes?(): number;
  /** Reboots the board: firmware starts again over the same flash and key-value store. */
  restart(): void;
  /** Absent on hosts that cannot sleep. */
  sleep?: Sleep;
  /** Free-form identification for GetVersion / status output. */
  platform: string;
}
