// The shapes that Moddable SDK 8.2.3 declares in typings/embedded_network/interface/wifi.d.ts and
// typings/sntp.d.ts, as far as the board's host uses them, restated so that `npm run typecheck`
// checks hosts/esp32 without the SDK. On the ESP32 the IO manifest brings both in through
// manifest_net.json (modules/io/wifi and modules/network/sntp); Moddable's older "wifi" module is not
// in that build.
declare module "embedded:network/interface/wifi" {
  class WiFi {
    constructor(options: { port?: unknown; onChanged?: (this: WiFi, property: "connection" | "address") => void });
    close(): void;
    connect(options: { SSID: string; password?: string }): void;
    disconnect(): void;
    readonly connection: number;
    readonly address: string | undefined;
    readonly SSID: string | undefined;
    readonly RSSI: number | undefined;
  }
  export default WiFi;
}

declare module "sntp" {
  class SNTP {
    static readonly time: 1;
    static readonly retry: 2;
    static readonly error: -1;
    constructor(options: { host: string }, callback: (message: -1 | 1 | 2, value?: number) => void);
  }
  export { SNTP as default };
}
