"""The official Python SDK (viam-sdk from PyPI) dials the board directly, with WebRTC disabled and the
part's credentials, and reads the board, a sensor and a movement sensor. Prints what it read as JSON
for test/python-sdk.test.ts to check. The address, part id and secret come from the environment."""

import asyncio
import json
import os

from viam.components.board import Board
from viam.components.movement_sensor import MovementSensor
from viam.components.sensor import Sensor
from viam.robot.client import RobotClient
from viam.rpc import dial
from viam.rpc.dial import Credentials, DialOptions

# viam-sdk (0.80 to at least 0.85.1) cannot dial a cleartext server with credentials: its
# authenticated channel always hands asyncio a TLS server name, and asyncio refuses one without TLS
# ("server_hostname is only meaningful with ssl"). Passing the name only with TLS is the whole fix.
_channel_init = dial.AuthenticatedChannel.__init__


def _cleartext_safe_init(self, host=None, port=None, *, ssl=None, server_hostname=None):
    _channel_init(self, host, port, ssl=ssl, server_hostname=server_hostname if ssl else None)


dial.AuthenticatedChannel.__init__ = _cleartext_safe_init


async def main() -> None:
    options = RobotClient.Options(
        dial_options=DialOptions(
            disable_webrtc=True,
            insecure=True,
            auth_entity=os.environ["VIAM_BOARD_PART"],
            credentials=Credentials(type="robot-secret", payload=os.environ["VIAM_BOARD_SECRET"]),
            timeout=10,
        ),
        # The board answers StartSession UNIMPLEMENTED; the SDK then runs without sessions anyway.
        disable_sessions=True,
    )
    robot = await RobotClient.at_address(os.environ["VIAM_BOARD_ADDRESS"], options)
    try:
        board = Board.from_robot(robot, "board")
        light = await (await board.analog_by_name("light")).read()
        high = await (await board.gpio_pin_by_name("15")).get()
        readings = await Sensor.from_robot(robot, "temperature").get_readings()
        imu = MovementSensor.from_robot(robot, "imu")
        acceleration = await imu.get_linear_acceleration()
        position, altitude = await imu.get_position()
        print(
            json.dumps(
                {
                    "resources": sorted(f"{name.subtype}/{name.name}" for name in robot.resource_names),
                    "light": {"value": light.value, "min_range": light.min_range, "max_range": light.max_range},
                    "gpio15": high,
                    "temperature": readings,
                    "acceleration": {"x": acceleration.x, "y": acceleration.y, "z": acceleration.z},
                    "position": {"latitude": position.latitude, "longitude": position.longitude, "altitude": altitude},
                }
            )
        )
    finally:
        await robot.close()


asyncio.run(main())
