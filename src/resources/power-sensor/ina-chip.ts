// The register maps and scale factors of TI's INA219 and INA226 current/power monitors, from their
// datasheets (SBOS448, SBOS547). Both put the shunt voltage, bus voltage, power and current in
// 16-bit big-endian registers 0x01 to 0x04 and scale current and power by a calibration value in
// register 0x05; they differ in LSBs, the calibration constant, the power ratio and how the bus
// voltage register is laid out.
import { frozen } from "../../frozen.ts";

export interface InaChip {
  readonly model: "ina219" | "ina226";
  readonly shuntLsbVolts: number;
  readonly busLsbVolts: number;
  /** The bus voltage sits above this many status bits (INA219: CNVR and OVF). */
  readonly busShift: number;
  /** CAL = trunc(calibrationScale / (Current_LSB × R_shunt)). */
  readonly calibrationScale: number;
  /** The largest value the calibration register holds, which is also the mask of its used bits. */
  readonly calibrationMax: number;
  /** Power_LSB = powerRatio × Current_LSB. */
  readonly powerRatio: number;
  /** Written at start: continuous shunt and bus conversions (and, on the INA219, the 32 V, ±320 mV ranges). */
  readonly configuration: number;
  /** Viam's default max_current_amps for the model. */
  readonly defaultMaxCurrentAmps: number;
  /** The bus voltage register's flag for a current or power result that overflowed, where the chip
   *  has one (the INA226's registers saturate instead). */
  readonly mathOverflowBit?: number;
  /** Register and value that identify the chip, where it has one. */
  readonly identity?: { readonly register: number; readonly value: number };
}

export const INA_REGISTERS = frozen({
  CONFIGURATION: 0x00,
  SHUNT_VOLTAGE: 0x01,
  BUS_VOLTAGE: 0x02,
  POWER: 0x03,
  CURRENT: 0x04,
  CALIBRATION: 0x05,
} as const);

export const INA219: InaChip = frozen({
  model: "ina219",
  shuntLsbVolts: 10e-6,
  busLsbVolts: 4e-3,
  busShift: 3,
  calibrationScale: 0.04096,
  // Bit 0 of the INA219's calibration register is not used and reads 0.
  calibrationMax: 0xfffe,
  powerRatio: 20,
  configuration: 0x399f,
  defaultMaxCurrentAmps: 3.2,
  mathOverflowBit: 0x0001,
});

export const INA226: InaChip = frozen({
  model: "ina226",
  shuntLsbVolts: 2.5e-6,
  busLsbVolts: 1.25e-3,
  busShift: 0,
  calibrationScale: 0.00512,
  // Bit 15 is reserved.
  calibrationMax: 0x7fff,
  powerRatio: 25,
  configuration: 0x4127,
  defaultMaxCurrentAmps: 20,
  // Manufacturer ID "TI".
  identity: { register: 0xfe, value: 0x5449 },
});

/** The calibration register value for a shunt and a largest expected current, with the datasheet's
 *  finest Current_LSB (max current / 2^15), as the chip will hold it; undefined when the register
 *  cannot hold it. */
export function calibrationFor(chip: InaChip, shuntOhms: number, maxCurrentAmps: number): number | undefined {
  const calibration = Math.trunc(chip.calibrationScale / ((maxCurrentAmps / 32768) * shuntOhms));
  if (calibration > chip.calibrationMax) return undefined;
  // The INA219 drops bit 0; clearing it here keeps the LSB computed from it true.
  const held = calibration & chip.calibrationMax;
  return held >= 1 ? held : undefined;
}

/** The current one count of the current register stands for, given the calibration actually
 *  written: truncating CAL changes the LSB slightly, and this undoes exactly that. */
export function currentLsbFor(chip: InaChip, shuntOhms: number, calibration: number): number {
  return chip.calibrationScale / (calibration * shuntOhms);
}
