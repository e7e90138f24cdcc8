// hosts/node/sockets.ts: the ECMA-419 socket shapes on Node, as the firmware relies on them.
import assert from "node:assert/strict";
import net from "node:net";
import { afterEach, describe, it } from "node:test";
import { NodeSockets } from "../hosts/node/sockets.ts";
import { SimWifi } from "../hosts/sim/wifi.ts";
import type { TCPSocket } from "../src/host.ts";

const tick = (ms = 1) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check: () => boolean): Promise<void> {
  while (!check()) await tick(2);
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function setup(options: { sendBufferBytes?: number } = {}) {
  const wifi = new SimWifi();
  const sockets = new NodeSockets({ wifi, ...options });
  cleanups.push(() => {
    assert.equal(sockets.openCount, 0, "a socket or listener was left open");
    sockets.close();
  });
  return { wifi, sockets };
}

/** A client TCP that records what happens to it. */
function connect(sockets: NodeSockets, port: number) {
  const events = { writable: [] as number[], received: [] as number[], errors: [] as unknown[] };
  const socket: TCPSocket = new sockets.TCP({
    address: "127.0.0.1",
    port,
    onWritable(count) {
      events.writable.push(count);
    },
    onReadable(count) {
      const data = this.read(count);
      if (data) events.received.push(...new Uint8Array(data));
    },
    onError(error) {
      events.errors.push(error);
    },
  });
  return { socket, events };
}

describe("Node sockets", () => {
  it("connects a TCP to a Listener and carries bytes both ways", async () => {
    const { sockets } = setup();
    const accepted: TCPSocket[] = [];
    const serverReceived: number[] = [];
    const listener = new sockets.Listener({
      port: 0,
      onReadable(count) {
        assert.ok(count >= 1);
        const from = this.read();
        accepted.push(
          new sockets.TCP({
            from,
            onReadable(n) {
              const data = new Uint8Array(this.read(n) ?? new ArrayBuffer(0));
              serverReceived.push(...data);
              this.write(data.map((b) => b + 1));
            },
          }),
        );
      },
    });
    await listener.ready;
    const { socket, events } = connect(sockets, listener.port);
    assert.equal(events.writable.length, 0, "onWritable before the constructor returned");
    await until(() => events.writable.length > 0);
    assert.equal(events.writable[0], 8 * 1024);
    socket.write(Uint8Array.of(1, 2, 3));
    await until(() => events.received.length === 3);
    assert.deepEqual(serverReceived, [1, 2, 3]);
    assert.deepEqual(events.received, [2, 3, 4]);
    socket.close();
    for (const s of accepted) s.close();
    listener.close();
  });

  it("throws when write() is given more than onWritable reported", async () => {
    const { sockets } = setup({ sendBufferBytes: 16 });
    const accepted: TCPSocket[] = [];
    const listener = new sockets.Listener({ port: 0, onReadable() {
      accepted.push(new sockets.TCP({ from: this.read() }));
    } });
    await listener.ready;
    const { socket, events } = connect(sockets, listener.port);
    await until(() => events.writable.length > 0);
    assert.equal(events.writable[0], 16);
    assert.throws(() => socket.write(new Uint8Array(17)), RangeError);
    socket.write(new Uint8Array(16));
    assert.throws(() => socket.write(new Uint8Array(1)), RangeError);
    await until(() => events.writable.length > 1);
    assert.equal(events.writable.at(-1), 16);
    socket.close();
    for (const s of accepted) s.close();
    listener.close();
  });

  it("reports a refused connection through onError, asynchronously", async () => {
    const { sockets } = setup();
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const { events } = connect(sockets, port);
    assert.equal(events.errors.length, 0);
    await until(() => events.errors.length === 1);
    assert.equal(events.writable.length, 0);
  });

  it("reports the peer closing through onError, after the data it sent", async () => {
    const { sockets } = setup();
    const server = net.createServer((peer) => peer.end(Buffer.from([7, 8])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    const { events } = connect(sockets, (server.address() as net.AddressInfo).port);
    await until(() => events.errors.length === 1);
    assert.deepEqual(events.received, [7, 8]);
  });

  it("fails new connections while Wi-Fi is down, and breaks open ones when it drops", async () => {
    const { sockets, wifi } = setup();
    const accepted: TCPSocket[] = [];
    const listener = new sockets.Listener({ port: 0, onReadable() {
      accepted.push(new sockets.TCP({ from: this.read() }));
    } });
    await listener.ready;
    wifi.down();
    const offline = connect(sockets, listener.port);
    assert.equal(offline.events.errors.length, 0, "onError must not run inside the constructor");
    await until(() => offline.events.errors.length === 1);
    assert.match(String(offline.events.errors[0]), /Wi-Fi/);
    assert.equal(accepted.length, 0);

    wifi.up();
    const online = connect(sockets, listener.port);
    await until(() => online.events.writable.length > 0 && accepted.length === 1);
    wifi.down();
    await until(() => online.events.errors.length === 1);
    assert.throws(() => online.socket.write(Uint8Array.of(1)));
    for (const s of accepted) s.close();
    listener.close();
  });

  it("refuses a `from` that did not come from a Listener, and a second take of the same connection", async () => {
    const { sockets } = setup();
    assert.throws(() => new sockets.TCP({ from: {} }), TypeError);
    let taken: TCPSocket | undefined;
    let from: unknown;
    const listener = new sockets.Listener({ port: 0, onReadable() {
      from = this.read();
      taken = new sockets.TCP({ from });
    } });
    await listener.ready;
    const { socket } = connect(sockets, listener.port);
    await until(() => taken !== undefined);
    assert.throws(() => new sockets.TCP({ from }), /already taken/);
    taken?.close();
    socket.close();
    listener.close();
  });

  it("reports a port that is already in use through `ready`", async () => {
    const { sockets } = setup();
    const first = new sockets.Listener({ port: 0 });
    await first.ready;
    const second = new sockets.Listener({ port: first.port });
    await assert.rejects(second.ready, /EADDRINUSE/);
    second.close();
    first.close();
  });
});
