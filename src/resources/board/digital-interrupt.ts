// Counts rising edges on one input pin, as viam-micro-server's esp32 digital interrupts do.
import type { Digital, DigitalConstructor } from "../../host.ts";

export class DigitalInterrupt {
  readonly name: string;
  readonly pin: number;
  #digital: Digital;
  #count = 0;

  constructor(options: { name: string; pin: number; Digital: DigitalConstructor }) {
    this.name = options.name;
    this.pin = options.pin;
    const Digital = options.Digital;
    this.#digital = new Digital({
      pin: options.pin,
      mode: Digital.Input,
      edge: Digital.Rising,
      onReadable: () => {
        this.#count++;
      },
    });
  }

  get value(): number {
    return this.#count;
  }

  read(): boolean {
    return this.#digital.read() === 1;
  }

  close(): void {
    this.#digital.close();
  }
}
