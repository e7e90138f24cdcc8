// The CLI's terminal: a status block redrawn in place at the bottom, with log lines scrolling above
// it. A log line erases the block, is written where it stood, and the block is drawn again below
// it, so neither tears the other. Without a terminal (output to a file or pipe) both are appended.

export class StatusScreen {
  readonly #out: NodeJS.WriteStream;
  readonly #live: boolean;
  #status = "";
  #lines = 0;

  constructor(options: { out: NodeJS.WriteStream }) {
    this.#out = options.out;
    this.#live = options.out.isTTY === true;
  }

  /** Replaces the status block. */
  show(status: string): void {
    this.#erase();
    this.#status = status;
    this.#draw();
  }

  /** Writes a log line above the status block. */
  log(line: string): void {
    if (!this.#live) {
      this.#out.write(`${line}\n`);
      return;
    }
    this.#erase();
    this.#out.write(`${line}\n`);
    this.#draw();
  }

  #erase(): void {
    if (this.#live && this.#lines > 0) this.#out.write(`\x1b[${this.#lines}A\x1b[J`);
    this.#lines = 0;
  }

  #draw(): void {
    this.#out.write(this.#status);
    this.#lines = this.#live ? this.#status.split("\n").length - 1 : 0;
  }
}
