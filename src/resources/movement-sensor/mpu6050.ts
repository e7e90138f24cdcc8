// Movement sensor model `mpu6050` (also registered under viam-micro-server's name `gyro-mpu6050`):
// the TDK InvenSense MPU-6050 accelerometer and gyroscope on I2C, at its power-on full scales
// (±2 g, ±250 °/s), which the driver also writes explicitly so that a warm restart cannot leave
// another range behind.
import type { CaptureRead, ResourceName } from "../resource.ts";
import type { Model } from "../model.ts";
import { unsupportedMethod } from "../model.ts";
import { I2cDevice } from "../i2c/i2c-device.ts";
import type { I2cDeviceOptions } from "../i2c/i2c-device.ts";
import { readI2cAttributes } from "../i2c/i2c-attributes.ts";
import type { Readings } from "../sensor/sensor.ts";
import type { GeoPosition, MovementSensor, MovementSensorProperties, Orientation, Vector3 } from "./movement-sensor.ts";
import { movementCapture } from "./movement-sensor.ts";
import { frozen } from "../../frozen.ts";
import { errorMessage } from "../../error-message.ts";

export const MPU6050_ADDRESS = 0x68;
export const MPU6050_ALT_ADDRESS = 0x69;

export const MPU6050_REGISTERS = frozen({
  GYRO_CONFIG: 0x1b,
  ACCEL_CONFIG: 0x1c,
  ACCEL_XOUT_H: 0x3b,
  TEMP_OUT_H: 0x41,
  GYRO_XOUT_H: 0x43,
  PWR_MGMT_1: 0x6b,
  WHO_AM_I: 0x75,
} as const);

const WHO_AM_I_VALUE = 0x68;
const SLEEP = 0x40;
const LSB_PER_G = 16384;
const LSB_PER_DEGREE_PER_SECOND = 131;
export const STANDARD_GRAVITY = 9.80665;

export class Mpu6050 implements MovementSensor {
  readonly name: ResourceName;
  readonly model: string;
  readonly properties: MovementSensorProperties = {
    position: false,
    linearVelocity: false,
    angularVelocity: true,
    linearAcceleration: true,
    compassHeading: false,
    // Gravity gives pitch and roll, but nothing on the chip knows the rotation about the vertical
    // (no magnetometer), and an orientation with a made-up yaw would mislead.
    orientation: false,
  };
  #device: I2cDevice;

  constructor(options: { name: ResourceName; model?: string; i2c: I2cDeviceOptions }) {
    this.name = options.name;
    this.model = options.model ?? "mpu6050";
    this.#device = new I2cDevice(options.i2c);
    try {
      const [identity] = this.#device.readRegisters(MPU6050_REGISTERS.WHO_AM_I, 1);
      if (identity !== WHO_AM_I_VALUE) {
        throw new Error(`WHO_AM_I reads 0x${hex(identity)}, expected 0x${hex(WHO_AM_I_VALUE)}`);
      }
      this.#device.write([MPU6050_REGISTERS.PWR_MGMT_1, 0]);
      this.#device.write([MPU6050_REGISTERS.GYRO_CONFIG, 0]);
      this.#device.write([MPU6050_REGISTERS.ACCEL_CONFIG, 0]);
    } catch (error) {
      this.#device.close();
      throw new Error(`no MPU-6050 at I2C address 0x${hex(options.i2c.address)}: ${errorMessage(error)}`);
    }
  }

  angularVelocity(): Vector3 {
    return angularVelocityOf(this.#device.readRegisters(MPU6050_REGISTERS.GYRO_XOUT_H, 6), 0);
  }

  linearAcceleration(): Vector3 {
    return accelerationOf(this.#device.readRegisters(MPU6050_REGISTERS.ACCEL_XOUT_H, 6), 0);
  }

  /** One burst from ACCEL_XOUT_H through GYRO_ZOUT_L, so every value comes from the same sample. */
  readings(): Readings {
    const bytes = this.#device.readRegisters(MPU6050_REGISTERS.ACCEL_XOUT_H, 14);
    return {
      angular_velocity: angularVelocityOf(bytes, 8),
      linear_acceleration: accelerationOf(bytes, 0),
      temperature_celsius: int16(bytes, 6) / 340 + 36.53,
    };
  }

  linearVelocity(): Vector3 {
    throw unsupportedMethod(this.name, this.model, "LinearVelocity");
  }

  position(): GeoPosition {
    throw unsupportedMethod(this.name, this.model, "Position");
  }

  compassHeading(): number {
    throw unsupportedMethod(this.name, this.model, "CompassHeading");
  }

  orientation(): Orientation {
    throw unsupportedMethod(this.name, this.model, "Orientation");
  }

  captureReader(method: string): CaptureRead {
    return movementCapture(this, method);
  }

  /** Puts the chip to sleep (a few µA instead of a few mA) before letting go of the bus. */
  close(): void {
    try {
      this.#device.write([MPU6050_REGISTERS.PWR_MGMT_1, SLEEP]);
    } catch {
      // A sensor that has gone from the bus cannot be put to sleep; the bus is released all the same.
    } finally {
      this.#device.close();
    }
  }
}

function int16(bytes: Uint8Array, offset: number): number {
  const value = (bytes[offset] << 8) | bytes[offset + 1];
  return value >= 0x8000 ? value - 0x10000 : value;
}

function accelerationOf(bytes: Uint8Array, offset: number): Vector3 {
  const axis = (at: number) => (int16(bytes, at) * STANDARD_GRAVITY) / LSB_PER_G;
  return { x: axis(offset), y: axis(offset + 2), z: axis(offset + 4) };
}

function angularVelocityOf(bytes: Uint8Array, offset: number): Vector3 {
  const axis = (at: number) => int16(bytes, at) / LSB_PER_DEGREE_PER_SECOND;
  return { x: axis(offset), y: axis(offset + 2), z: axis(offset + 4) };
}

function hex(value: number): string {
  return value.toString(16).padStart(2, "0");
}

export const mpu6050: Model = frozen({
  create(context) {
    const alternate = context.attributes.boolean("use_alt_i2c_address", false);
    const i2c = readI2cAttributes(context, alternate ? MPU6050_ALT_ADDRESS : MPU6050_ADDRESS);
    return new Mpu6050({ name: context.name, model: context.model, i2c });
  },
});
