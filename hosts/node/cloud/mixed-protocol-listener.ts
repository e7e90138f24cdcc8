// Node's cleartext http2 server speaks only HTTP/2 with prior knowledge, and `allowHTTP1` works
// only with TLS. Firmware speaks gRPC-web over HTTP/1.1 while gRPC clients speak h2c, and both must
// reach one port, so this listener reads the first bytes of each connection, puts them back, and
// hands the socket to whichever server speaks that protocol.
import net from "node:net";
import type http from "node:http";
import type http2 from "node:http2";

const preface = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "latin1");

export class MixedProtocolListener {
  readonly #host: string;
  #port: number;
  readonly #http1: http.Server;
  readonly #http2: http2.Http2Server;
  readonly #sockets = new Set<net.Socket>();
  #server: net.Server | undefined;

  constructor(options: { host: string; port: number; http1: http.Server; http2: http2.Http2Server }) {
    this.#host = options.host;
    this.#port = options.port;
    this.#http1 = options.http1;
    this.#http2 = options.http2;
  }

  get port(): number {
    return this.#port;
  }

  get listening(): boolean {
    return this.#server !== undefined;
  }

  /** Starts accepting connections; the first call resolves a requested port 0 to a real one. */
  async listen(): Promise<void> {
    if (this.#server) return;
    // Answers are small writes; with Nagle on, each waits for the client's delayed ACK (~40 ms).
    const server = net.createServer({ noDelay: true }, (socket) => this.#accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.#port, this.#host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    this.#port = (server.address() as net.AddressInfo).port;
    this.#server = server;
  }

  /** Stops accepting (new connections are refused) and drops every open connection. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  #accept(socket: net.Socket): void {
    this.#sockets.add(socket);
    socket.on("close", () => this.#sockets.delete(socket));
    // A client that resets its connection must not take the cloud down with it.
    socket.on("error", () => socket.destroy());
    let head = Buffer.alloc(0);
    const onReadable = (): void => {
      for (let chunk: Buffer | null; (chunk = socket.read() as Buffer | null) !== null; ) head = Buffer.concat([head, chunk]);
      const seen = Math.min(head.length, preface.length);
      const isHttp2 = head.subarray(0, seen).equals(preface.subarray(0, seen));
      if (isHttp2 && seen < preface.length) return;
      socket.off("readable", onReadable);
      socket.unshift(head);
      (isHttp2 ? this.#http2 : this.#http1).emit("connection", socket);
    };
    socket.on("readable", onReadable);
  }
}
