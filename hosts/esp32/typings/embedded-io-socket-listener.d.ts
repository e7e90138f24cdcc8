// ECMA-419 TCP listener as Moddable implements it on ESP32. @moddable/typings 5.6.0 ships this
// module without close().
declare module "embedded:io/socket/listener" {
  import type TCP from "embedded:io/socket/tcp";

  class Listener {
    constructor(options: {
      port?: number;
      address?: string;
      /** `count` accepted connections are waiting to be read(). */
      onReadable?: (this: Listener, count: number) => void;
      format?: "socket/tcp";
    });
    /** The next accepted connection, to hand to `new TCP({from})`; undefined when none waits. */
    read(): TCP | undefined;
    close(): void;
    readonly port: number;
  }
  export default Listener;
}
