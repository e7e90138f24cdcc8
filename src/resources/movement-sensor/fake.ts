// Movement sensor model `fake`: every method, with fixed values. The attributes viam-micro-server's
// fake accepts (fake_lat, fake_lon, fake_alt, lin_acc_x/y/z) override the defaults.
import type { CaptureRead, ResourceName } from "../resource.ts";
import type { Model } from "../model.ts";
import type { Readings } from "../sensor/sensor.ts";
import type { Accuracy, GeoPosition, MovementSensor, MovementSensorProperties, Orientation, Vector3 } from "./movement-sensor.ts";
import { movementCapture, movementReadings } from "./movement-sensor.ts";
import { frozen } from "../../frozen.ts";

export interface FakeMovementSensorOptions {
  name: ResourceName;
  position?: GeoPosition;
  linearAcceleration?: Vector3;
}

export const FAKE_MOVEMENT_DEFAULTS = frozen({
  position: { latitude: 40.7128, longitude: -74.006, altitudeM: 10 },
  linearAcceleration: { x: 0, y: 0, z: 9.80665 },
  linearVelocity: { x: 1.5, y: 0, z: 0 },
  angularVelocity: { x: 0, y: 0, z: 5 },
  compassHeading: 90,
  // Level, z up, turned 90° about the vertical.
  orientation: { oX: 0, oY: 0, oZ: 1, theta: 90 },
  accuracy: { accuracy: {}, positionHdop: 0.8, positionVdop: 1.2, positionNmeaGgaFix: 1, compassDegreesError: 2 },
} as const);

export class FakeMovementSensor implements MovementSensor {
  readonly name: ResourceName;
  get model(): string {
    return "fake";
  }
  readonly properties: MovementSensorProperties = {
    position: true,
    linearVelocity: true,
    angularVelocity: true,
    linearAcceleration: true,
    compassHeading: true,
    orientation: true,
  };
  #position: GeoPosition;
  #linearAcceleration: Vector3;

  constructor(options: FakeMovementSensorOptions) {
    this.name = options.name;
    this.#position = { ...(options.position ?? FAKE_MOVEMENT_DEFAULTS.position) };
    this.#linearAcceleration = { ...(options.linearAcceleration ?? FAKE_MOVEMENT_DEFAULTS.linearAcceleration) };
  }

  readings(): Readings {
    return movementReadings(this);
  }

  angularVelocity(): Vector3 {
    return { ...FAKE_MOVEMENT_DEFAULTS.angularVelocity };
  }

  linearAcceleration(): Vector3 {
    return { ...this.#linearAcceleration };
  }

  linearVelocity(): Vector3 {
    return { ...FAKE_MOVEMENT_DEFAULTS.linearVelocity };
  }

  position(): GeoPosition {
    return { ...this.#position };
  }

  compassHeading(): number {
    return FAKE_MOVEMENT_DEFAULTS.compassHeading;
  }

  orientation(): Orientation {
    return { ...FAKE_MOVEMENT_DEFAULTS.orientation };
  }

  accuracy(): Accuracy {
    const { accuracy, ...figures } = FAKE_MOVEMENT_DEFAULTS.accuracy;
    return { accuracy: { ...accuracy }, ...figures };
  }

  captureReader(method: string): CaptureRead {
    return movementCapture(this, method);
  }

  close(): void {}
}

export const fakeMovementSensor: Model = frozen({
  create(context) {
    const attributes = context.attributes;
    const position = FAKE_MOVEMENT_DEFAULTS.position;
    const acceleration = FAKE_MOVEMENT_DEFAULTS.linearAcceleration;
    return new FakeMovementSensor({
      name: context.name,
      position: {
        latitude: attributes.number("fake_lat", position.latitude),
        longitude: attributes.number("fake_lon", position.longitude),
        altitudeM: attributes.number("fake_alt", position.altitudeM),
      },
      linearAcceleration: {
        x: attributes.number("lin_acc_x", acceleration.x),
        y: attributes.number("lin_acc_y", acceleration.y),
        z: attributes.number("lin_acc_z", acceleration.z),
      },
    });
  },
});
