// The shapes that Moddable SDK 8.2.3 declares in typings/wifi.d.ts and typings/sntp.d.ts, as far as
// the board's host uses them, restated so that `npm run typecheck` checks hosts/esp32 without the SDK.
declare module "wifi" {
  export type WiFiMessage = "connect" | "gotIP" | "lostIP" | "disconnect" | "station_connect" | "station_disconnect";
  class WiFi {
    static readonly gotIP: "gotIP";
    static readonly Mode: { off: -5; none: 0; station: 1; accessPoint: 2 };
    static mode: -5 | 0 | 1 | 2 | 3;
    constructor(options?: { bssid?: ArrayBuffer; ssid: string; password?: string }, callback?: (message: WiFiMessage) => void);
    close(): void;
    static connect(options?: { bssid?: ArrayBuffer; ssid: string; password?: string }): void;
    static disconnect(): void;
  }
  export { WiFi as default };
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
