// Power sensor models `ina219` and `ina226`: TI shunt monitors on I2C. The driver programs the
// chip's calibration so that it computes current and power itself, then reads the four result
// registers. Both chips convert continuously, so every read returns the latest conversion at once.
import type { CaptureRead, Command, ResourceName } from "../resource.ts";
import { ResourceConfigError } from "../resource.ts";
import type { Model } from "../model.ts";
import { I2cDevice } from "../i2c/i2c-device.ts";
import type { I2cDeviceOptions } from "../i2c/i2c-device.ts";
import { readI2cAttributes } from "../i2c/i2c-attributes.ts";
import type { Readings } from "../sensor/sensor.ts";
import type { Current, PowerSensor, Voltage } from "./power-sensor.ts";
import { powerCapture, powerReadings } from "./power-sensor.ts";
import type { InaChip } from "./ina-chip.ts";
import { INA219, INA226, INA_REGISTERS, calibrationFor, currentLsbFor } from "./ina-chip.ts";
import { commandName } from "../do-command.ts";
import { frozen } from "../../frozen.ts";
import { errorMessage } from "../../error-message.ts";

export const INA_DEFAULT_ADDRESS = 0x40;
/** Viam's default for both models: the 0.1 Ω shunt of the common breakout boards. */
export const DEFAULT_SHUNT_OHMS = 0.1;

export interface InaOptions {
  name: ResourceName;
  chip: InaChip;
  i2c: I2cDeviceOptions;
  shuntOhms: number;
  maxCurrentAmps: number;
}

export class InaPowerSensor implements PowerSensor {
  readonly name: ResourceName;
  readonly model: string;
  readonly commands: readonly string[] = ["registers"];
  readonly #chip: InaChip;
  readonly #device: I2cDevice;
  readonly #currentLsb: number;

  constructor(options: InaOptions) {
    const { chip, shuntOhms, maxCurrentAmps } = options;
    this.name = options.name;
    this.model = chip.model;
    this.#chip = chip;
    const calibration = calibrationFor(chip, shuntOhms, maxCurrentAmps);
    if (calibration === undefined) {
      throw new ResourceConfigError(
        `a ${chip.model} with a ${shuntOhms} Ω shunt cannot be calibrated for ${maxCurrentAmps} A: the calibration register would be outside 1 to ${chip.calibrationMax}`,
        "attributes.max_current_amps",
      );
    }
    this.#currentLsb = currentLsbFor(chip, shuntOhms, calibration);
    this.#device = new I2cDevice(options.i2c);
    try {
      if (chip.identity) {
        const found = this.register(chip.identity.register);
        if (found !== chip.identity.value) throw new Error(`register 0x${hex(chip.identity.register)} reads 0x${hex(found)}, expected 0x${hex(chip.identity.value)}`);
      }
      this.write(INA_REGISTERS.CONFIGURATION, chip.configuration);
      this.write(INA_REGISTERS.CALIBRATION, calibration);
      const readBack = this.register(INA_REGISTERS.CALIBRATION);
      if (readBack !== calibration) throw new Error(`calibration reads back 0x${hex(readBack)}, wrote 0x${hex(calibration)}`);
    } catch (error) {
      this.#device.close();
      throw new Error(`no ${chip.model.toUpperCase()} at I2C address 0x${options.i2c.address.toString(16)}: ${errorMessage(error)}`);
    }
  }

  voltage(): Voltage {
    const raw = this.register(INA_REGISTERS.BUS_VOLTAGE);
    return { volts: (raw >> this.#chip.busShift) * this.#chip.busLsbVolts, isAc: false };
  }

  current(): Current {
    this.checkOverflow();
    return { amperes: int16(this.register(INA_REGISTERS.CURRENT)) * this.#currentLsb, isAc: false };
  }

  power(): number {
    this.checkOverflow();
    return this.register(INA_REGISTERS.POWER) * this.#chip.powerRatio * this.#currentLsb;
  }

  readings(): Readings {
    return powerReadings(this);
  }

  /** `registers`: the raw registers, to check wiring and calibration against the datasheet. */
  doCommand(command: Command): Command {
    commandName(this, command);
    return this.registers();
  }

  /** Every register the datasheet names, as read now. */
  registers(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, register] of Object.entries(INA_REGISTERS)) out[name.toLowerCase()] = this.register(register);
    return out;
  }

  captureReader(method: string): CaptureRead {
    return powerCapture(this, method);
  }

  close(): void {
    this.#device.close();
  }

  /** A current or power result that overflowed its register is wrong, so it is an error, not a reading. */
  private checkOverflow(): void {
    const bit = this.#chip.mathOverflowBit;
    if (bit !== undefined && this.register(INA_REGISTERS.BUS_VOLTAGE) & bit) {
      throw new Error(`${this.#chip.model}: math overflow: the current is beyond the range max_current_amps calibrates for`);
    }
  }

  private register(register: number): number {
    const bytes = this.#device.readRegisters(register, 2);
    return (bytes[0] << 8) | bytes[1];
  }

  private write(register: number, value: number): void {
    this.#device.write([register, value >> 8, value & 0xff]);
  }
}

function int16(value: number): number {
  return value >= 0x8000 ? value - 0x10000 : value;
}

function hex(value: number): string {
  return value.toString(16).padStart(4, "0");
}

function inaModel(model: InaChip): Model {
  // A const for the closure: a parameter it captured would stay writable, which preload keeps in RAM.
  const chip = model;
  return frozen({
    create: (context) => {
      const shuntOhms = context.attributes.number("shunt_resistance", DEFAULT_SHUNT_OHMS);
      if (shuntOhms <= 0) context.attributes.fail("shunt_resistance", "must be > 0 (ohms)");
      const maxCurrentAmps = context.attributes.number("max_current_amps", chip.defaultMaxCurrentAmps);
      if (maxCurrentAmps <= 0) context.attributes.fail("max_current_amps", "must be > 0 (amperes)");
      const i2c = readI2cAttributes(context, INA_DEFAULT_ADDRESS);
      return new InaPowerSensor({ name: context.name, chip, i2c, shuntOhms, maxCurrentAmps });
    },
  });
}

export const ina219: Model = inaModel(INA219);
export const ina226: Model = inaModel(INA226);
