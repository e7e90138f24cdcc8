// Board model `esp32`: GPIO pins, ADC1 analog readers and rising-edge counters, all through the
// host's ECMA-419 IO classes.
import type { Analog, Device, Host } from "../../host.ts";
import { childPath } from "../../config/json-path.ts";
import type { CaptureRead, Command, ResourceName } from "../resource.ts";
import { ResourceConfigError } from "../resource.ts";
import type { BuildContext, Model } from "../model.ts";
import { unsupportedMethod } from "../model.ts";
import type { AnalogReading, Board } from "./board.ts";
import { DigitalInterrupt } from "./digital-interrupt.ts";
import { GpioPin } from "./gpio-pin.ts";
import { gpioProblem, isAdc1, isInputOnly, pwmFrequencyProblem } from "./esp32-gpio.ts";
import { DEFAULT_PWM_HZ, PwmPin } from "./pwm-pin.ts";
import { commandName } from "../do-command.ts";
import { frozen } from "../../frozen.ts";
import { errorMessage } from "../../error-message.ts";

/** Nominal full scale of the ESP32 ADC at 11 dB attenuation, the setting viam-micro-server uses. */
export const ANALOG_FULL_SCALE_VOLTS = 3.3;

export interface PinEntry {
  pin: number;
  /** JSON path of the entry relative to the component, for error reports. */
  path?: string;
}

export interface NamedPinEntry extends PinEntry {
  name: string;
}

export interface Esp32BoardOptions {
  name: ResourceName;
  io: Device["io"];
  pins?: PinEntry[];
  analogs?: NamedPinEntry[];
  digitalInterrupts?: NamedPinEntry[];
  /** Where DoCommand's `status` learns the uptime and free heap. */
  system?: Pick<Host, "clock" | "freeHeapBytes">;
}

type Located<T> = T & { path: string };

interface AnalogReader {
  name: string;
  pin: number;
  analog: Analog;
}

export class Esp32Board implements Board {
  readonly name: ResourceName;
  get model(): string {
    return "esp32";
  }
  readonly commands: readonly string[];
  #system: Esp32BoardOptions["system"];
  #analogs = new Map<string, AnalogReader>();
  #interrupts = new Map<string, DigitalInterrupt>();
  #pins = new Map<number, GpioPin>();
  #pwms = new Map<number, PwmPin>();
  readonly #io: Device["io"];

  constructor(options: Esp32BoardOptions) {
    this.name = options.name;
    this.#system = options.system;
    this.#io = options.io;
    this.commands = options.system ? ["status"] : [];
    const { Analog, Digital } = options.io;
    try {
      for (const entry of options.analogs ?? []) {
        const analog = open(entry, () => new Analog({ pin: entry.pin }));
        this.#analogs.set(entry.name, { name: entry.name, pin: entry.pin, analog });
      }
      for (const entry of options.digitalInterrupts ?? []) {
        const interrupt = open(entry, () => new DigitalInterrupt({ name: entry.name, pin: entry.pin, Digital }));
        this.#interrupts.set(entry.name, interrupt);
      }
    } catch (error) {
      this.close();
      throw error;
    }
    for (const { pin } of options.pins ?? []) {
      if (!this.interruptOn(pin)) this.#pins.set(pin, new GpioPin({ pin, Digital }));
    }
  }

  get analogReaderNames(): string[] {
    return [...this.#analogs.keys()];
  }

  get digitalInterruptNames(): string[] {
    return [...this.#interrupts.keys()];
  }

  readAnalog(readerName: string): AnalogReading {
    const { analog } = this.analogReader(readerName);
    return { value: analog.read(), ...rangeOf(analog) };
  }

  getGpio(pin: number): boolean {
    const interrupt = this.interruptOn(pin);
    if (interrupt) return interrupt.read();
    const gpio = this.gpio(pin);
    if (this.#pwms.has(pin)) throw new ResourceConfigError(`GPIO ${pin} is a PWM output: PWM reports its duty cycle`);
    return gpio.read();
  }

  setGpio(pin: number, high: boolean): void {
    if (this.interruptOn(pin)) throw new ResourceConfigError(`GPIO ${pin} is a digital interrupt on board "${this.name.name}"`);
    if (isInputOnly(pin)) throw new ResourceConfigError(`GPIO ${pin} is input-only`);
    const gpio = this.gpio(pin);
    // A level set by hand ends PWM on the pin, as it does on viam-server's boards.
    this.#pwms.get(pin)?.close();
    this.#pwms.delete(pin);
    gpio.write(high);
  }

  setPwm(pin: number, duty: number): void {
    if (!(duty >= 0 && duty <= 1)) throw new ResourceConfigError(`duty cycle ${duty} is outside 0 to 1`);
    this.pwmPin(pin).duty = duty;
  }

  pwm(pin: number): number {
    this.gpio(pin);
    return this.#pwms.get(pin)?.duty ?? 0;
  }

  pwmFrequency(pin: number): number {
    this.gpio(pin);
    return this.#pwms.get(pin)?.hz ?? 0;
  }

  setPwmFrequency(pin: number, hz: number): void {
    const wanted = hz === 0 ? DEFAULT_PWM_HZ : hz;
    const problem = pwmFrequencyProblem(wanted);
    if (problem) throw new ResourceConfigError(problem);
    const existing = this.#pwms.get(pin);
    if (existing) existing.hz = wanted;
    else this.pwmPin(pin, wanted);
  }

  interruptValue(name: string): number {
    const interrupt = this.#interrupts.get(name) ?? (/^\d+$/.test(name) ? this.interruptOn(Number(name)) : undefined);
    if (!interrupt) throw new ResourceConfigError(`no digital interrupt "${name}" on board "${this.name.name}"`);
    return interrupt.value;
  }

  claims(pin: number): boolean {
    return this.#pins.has(pin) || this.interruptOn(pin) !== undefined || this.analogOn(pin) !== undefined;
  }

  captureReader(method: string, params: Record<string, string>): CaptureRead {
    if (method === "Analogs") {
      const { analog } = this.analogReader(params.reader_name ?? "", "additional_params.reader_name");
      // viam-server records the range with each value; it never changes, so only the value is stored.
      const { minRange, maxRange, stepSize } = rangeOf(analog);
      return Object.assign(() => ({ value: analog.read() }), { constants: { min_range: minRange, max_range: maxRange, step_size: stepSize } });
    }
    if (method === "Gpios") {
      const pin = this.configuredPin(params.pin_name ?? "", "additional_params.pin_name");
      return () => ({ high: this.getGpio(pin) });
    }
    throw unsupportedMethod(this.name, this.model, method);
  }

  /** `status`: how long the firmware has run and, where the host can tell, the free heap. */
  doCommand(command: Command): Command {
    commandName(this, command);
    const system = this.#system!;
    const status: Command = { uptime_ms: system.clock.monotonic() };
    if (system.freeHeapBytes) status.free_heap_bytes = system.freeHeapBytes();
    return status;
  }

  close(): void {
    for (const pwm of this.#pwms.values()) pwm.close();
    this.#pwms.clear();
    for (const { analog } of this.#analogs.values()) analog.close();
    for (const interrupt of this.#interrupts.values()) interrupt.close();
    for (const pin of this.#pins.values()) pin.close();
    this.#analogs.clear();
    this.#interrupts.clear();
    this.#pins.clear();
  }

  private analogReader(name: string, subPath?: string): AnalogReader {
    const reader = this.#analogs.get(name);
    if (!reader) throw new ResourceConfigError(`no analog reader "${name}" on board "${this.name.name}"`, subPath);
    return reader;
  }

  private configuredPin(text: string, subPath: string): number {
    const pin = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!this.interruptOn(pin)) this.gpio(pin, subPath, text);
    return pin;
  }

  private gpio(pin: number, subPath?: string, label = String(pin)): GpioPin {
    const gpio = this.#pins.get(pin);
    if (!gpio) {
      throw new ResourceConfigError(`no GPIO pin "${label}" in the pins or digital_interrupts of board "${this.name.name}"`, subPath);
    }
    const reader = this.analogOn(pin);
    if (reader) throw new ResourceConfigError(`GPIO ${pin} is analog reader "${reader.name}" on board "${this.name.name}"`, subPath);
    return gpio;
  }

  /** The pin's PWM output, opened (at `hz`) from a GPIO in `pins` that can drive one. */
  private pwmPin(pin: number, hz?: number): PwmPin {
    const existing = this.#pwms.get(pin);
    if (existing) return existing;
    const gpio = this.gpio(pin);
    if (isInputOnly(pin)) throw new ResourceConfigError(`GPIO ${pin} is input-only and cannot drive PWM`);
    const PWM = this.#io.PWM;
    if (PWM === undefined) throw new ResourceConfigError("PWM is not available: this host has no PWM outputs");
    gpio.close();
    const output = new PwmPin({ pin, PWM, ...(hz !== undefined && { hz }) });
    this.#pwms.set(pin, output);
    return output;
  }

  private interruptOn(pin: number): DigitalInterrupt | undefined {
    for (const interrupt of this.#interrupts.values()) if (interrupt.pin === pin) return interrupt;
    return undefined;
  }

  private analogOn(pin: number): AnalogReader | undefined {
    for (const reader of this.#analogs.values()) if (reader.pin === pin) return reader;
    return undefined;
  }
}

/** What an ADC's counts span, as ReadAnalogReader reports it. */
function rangeOf(analog: Analog): Omit<AnalogReading, "value"> {
  const maxRange = ANALOG_FULL_SCALE_VOLTS;
  return { minRange: 0, maxRange, stepSize: maxRange / (2 ** analog.resolution - 1) };
}

function open<T>(entry: PinEntry, create: () => T): T {
  try {
    return create();
  } catch (error) {
    throw new ResourceConfigError(`GPIO ${entry.pin} could not be opened: ${errorMessage(error)}`, entry.path && `${entry.path}.pin`);
  }
}

function readPins(context: BuildContext): Located<PinEntry>[] {
  const attributes = context.attributes;
  return attributes.integers("pins").map((pin, index) => {
    const path = childPath(attributes.pathOf("pins"), index);
    const problem = gpioProblem(pin);
    if (problem) throw new ResourceConfigError(problem, path);
    return { pin, path };
  });
}

function readNamedPins(
  context: BuildContext,
  key: string,
  defaultName: (pin: number) => string | undefined,
): Located<NamedPinEntry>[] {
  const seen = new Map<string, string>();
  return context.attributes.objects(key).map((entry) => {
    const pin = entry.integer("pin");
    const problem = gpioProblem(pin);
    if (problem) entry.fail("pin", problem);
    const name = entry.optionalString("name") ?? defaultName(pin) ?? entry.fail("name", "is required");
    const first = seen.get(name);
    if (first) entry.fail("name", `"${name}" is already used by ${first}`);
    seen.set(name, entry.path);
    return { name, pin, path: entry.path };
  });
}

function checkNoSharedPins(analogs: Located<NamedPinEntry>[], interrupts: Located<NamedPinEntry>[]): void {
  const owners = new Map<number, string>();
  for (const entry of [...analogs, ...interrupts]) {
    const owner = owners.get(entry.pin);
    if (owner) throw new ResourceConfigError(`GPIO ${entry.pin} is already used by ${owner}`, `${entry.path}.pin`);
    owners.set(entry.pin, entry.path);
  }
}

export const esp32Board: Model = frozen({
  create(context) {
    const pins = readPins(context);
    const analogs = readNamedPins(context, "analogs", () => undefined);
    for (const entry of analogs) {
      if (!isAdc1(entry.pin)) {
        throw new ResourceConfigError(`GPIO ${entry.pin} is not an ADC1 pin (32..39); ADC2 is unusable while Wi-Fi runs`, `${entry.path}.pin`);
      }
    }
    // viam-micro-server names an interrupt by its pin number; a name is our optional extension.
    const digitalInterrupts = readNamedPins(context, "digital_interrupts", (pin) => String(pin));
    checkNoSharedPins(analogs, digitalInterrupts);
    const system = context.host;
    return new Esp32Board({ name: context.name, io: system.device.io, pins, analogs, digitalInterrupts, system });
  },
});
