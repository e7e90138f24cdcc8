// `npm start`'s simulated board in a process of its own, as a user runs it: the interop tests with
// viam-server and the Python SDK dial it over loopback, and restart it to see peers reconnect.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import { dirname, join, resolve } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** A loopback port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => done(port));
    });
  });
}

export class BoardProcess {
  readonly port: number;
  readonly stateDir: string;
  #child: ChildProcess | undefined;
  #stdout = "";

  constructor(options: { port: number; stateDir: string }) {
    this.port = options.port;
    this.stateDir = options.stateDir;
  }

  /** The part that `npm start` made in its state dir (the same across restarts). */
  get part(): { id: string; secret: string } {
    return JSON.parse(readFileSync(join(this.stateDir, "local-part.json"), "utf8")) as { id: string; secret: string };
  }

  get output(): string {
    return this.#stdout;
  }

  /** Starts `npm start` and resolves once it prints the server's address. */
  async start(): Promise<void> {
    this.#stdout = "";
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(root, "hosts/node/cli.ts"), "--state-dir", this.stateDir, "--port", String(this.port), "--status", "600"],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    this.#child = child;
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (this.#stdout += chunk));
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (this.#stdout += chunk));
    const deadline = Date.now() + 30_000;
    while (!this.#stdout.includes(`server: http://localhost:${this.port} `)) {
      assert.ok(Date.now() < deadline && child.exitCode === null, `npm start printed no server address:\n${this.#stdout}`);
      await delay(20);
    }
  }

  /** Power off: the process dies at once, as a board loses power. */
  async kill(): Promise<void> {
    const child = this.#child;
    this.#child = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGKILL");
    await exited;
  }
}
