// Every model this firmware can build, keyed "subtype/model". Adding a model is one line here.
import type { Model } from "./model.ts";
import { esp32Board } from "./board/esp32.ts";
import { fakeSensor } from "./sensor/fake.ts";
import { tmp36Sensor } from "./sensor/tmp36.ts";
import { wifiRssiSensor } from "./sensor/wifi-rssi.ts";
import { sht3xSensor } from "./sensor/sht3x.ts";
import { syncConditionSensor } from "./sensor/sync-condition.ts";
import { mpu6050 } from "./movement-sensor/mpu6050.ts";
import { fakeMovementSensor } from "./movement-sensor/fake.ts";
import { singleEncoder } from "./encoder/single.ts";
import { ina219, ina226 } from "./power-sensor/ina.ts";
import { gpioServo } from "./servo/gpio-servo.ts";
import { gpioMotor } from "./motor/gpio-motor.ts";

export const models: ReadonlyMap<string, Model> = new Map([
  ["board/esp32", esp32Board],
  ["sensor/fake", fakeSensor],
  ["sensor/tmp36", tmp36Sensor],
  ["sensor/wifi-rssi", wifiRssiSensor],
  ["sensor/sht3x", sht3xSensor],
  ["sensor/sync-condition", syncConditionSensor],
  ["movement_sensor/mpu6050", mpu6050],
  ["movement_sensor/gyro-mpu6050", mpu6050],
  ["movement_sensor/fake", fakeMovementSensor],
  ["encoder/single", singleEncoder],
  ["power_sensor/ina219", ina219],
  ["power_sensor/ina226", ina226],
  ["servo/gpio", gpioServo],
  ["motor/gpio", gpioMotor],
]);
