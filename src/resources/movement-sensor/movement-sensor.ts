// The movement sensor API and how its methods map onto captured data.
import type { CaptureRead, Resource } from "../resource.ts";
import { unsupportedMethod } from "../model.ts";
import type { Readings } from "../sensor/sensor.ts";

export interface Vector3 {
  x: number;
  y: number;
  z: number;
}

export interface GeoPosition {
  latitude: number;
  longitude: number;
  altitudeM: number;
}

/** An orientation vector in degrees: the axis the body's z axis points along, and the rotation about it. */
export interface Orientation {
  oX: number;
  oY: number;
  oZ: number;
  theta: number;
}

/** What GetAccuracy reports; each figure only where the model knows it. */
export interface Accuracy {
  accuracy: Record<string, number>;
  positionHdop?: number;
  positionVdop?: number;
  positionNmeaGgaFix?: number;
  compassDegreesError?: number;
}

/** Which methods a model implements, as GetProperties reports them. */
export interface MovementSensorProperties {
  position: boolean;
  linearVelocity: boolean;
  angularVelocity: boolean;
  linearAcceleration: boolean;
  compassHeading: boolean;
  orientation: boolean;
}

/** Methods outside a model's properties throw the unsupported-method ResourceConfigError. */
export interface MovementSensor extends Resource {
  readonly properties: MovementSensorProperties;
  readings(): Readings;
  /** Degrees per second. */
  angularVelocity(): Vector3;
  /** Metres per second squared. */
  linearAcceleration(): Vector3;
  /** Metres per second. */
  linearVelocity(): Vector3;
  position(): GeoPosition;
  /** Degrees clockwise from north. */
  compassHeading(): number;
  orientation(): Orientation;
  /** Absent on models that cannot say how accurate they are. */
  accuracy?(): Accuracy;
}

export function isMovementSensor(resource: Resource): resource is MovementSensor {
  return resource.name.subtype === "movement_sensor";
}

/** GetReadings of a movement sensor: one entry per supported method, keyed as viam-micro-server keys them. */
export function movementReadings(sensor: MovementSensor): Readings {
  const supported = sensor.properties;
  const readings: Readings = {};
  if (supported.position) {
    const { latitude, longitude, altitudeM } = sensor.position();
    readings.position = { lat: latitude, lon: longitude, alt: altitudeM };
  }
  if (supported.linearVelocity) readings.linear_velocity = sensor.linearVelocity();
  if (supported.linearAcceleration) readings.linear_acceleration = sensor.linearAcceleration();
  if (supported.angularVelocity) readings.angular_velocity = sensor.angularVelocity();
  if (supported.compassHeading) readings.compass_heading = sensor.compassHeading();
  if (supported.orientation) readings.orientation = orientationData(sensor.orientation());
  return readings;
}

export function movementCapture(sensor: MovementSensor, method: string): CaptureRead {
  const supported = sensor.properties;
  switch (method) {
    case "Readings":
      return () => ({ readings: sensor.readings() });
    case "AngularVelocity":
      if (supported.angularVelocity) return () => ({ angular_velocity: sensor.angularVelocity() });
      break;
    case "LinearAcceleration":
      if (supported.linearAcceleration) return () => ({ linear_acceleration: sensor.linearAcceleration() });
      break;
    case "LinearVelocity":
      if (supported.linearVelocity) return () => ({ linear_velocity: sensor.linearVelocity() });
      break;
    case "Position":
      if (supported.position) {
        return () => {
          const { latitude, longitude, altitudeM } = sensor.position();
          return { coordinate: { latitude, longitude }, altitude_m: altitudeM };
        };
      }
      break;
    case "CompassHeading":
      if (supported.compassHeading) return () => ({ value: sensor.compassHeading() });
      break;
    case "Orientation":
      if (supported.orientation) return () => ({ orientation: orientationData(sensor.orientation()) });
      break;
  }
  throw unsupportedMethod(sensor.name, sensor.model, method);
}

/** An orientation as viam-server records it: the Orientation message's fields under their proto names. */
function orientationData({ oX, oY, oZ, theta }: Orientation): Readings {
  return { o_x: oX, o_y: oY, o_z: oZ, theta };
}
