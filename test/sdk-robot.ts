// The official TypeScript SDK's RobotClient dialed straight at a board, as README's example does: no
// WebRTC, no sessions (the board answers StartSession UNIMPLEMENTED), the part's secret.
import { RobotClient } from "@viamrobotics/sdk";

/** Runs `use` with a RobotClient dialed at `port` on localhost and disconnects it after. The SDK keeps a
 *  10 s GetOperations heartbeat past disconnect(): every timer made meanwhile is unreferenced, so that
 *  one cannot hold the test run open. */
export async function withRobot(port: number, entity: string, secret: string, use: (robot: RobotClient) => Promise<void>): Promise<void> {
  await withUnreferencedTimers(async () => {
    const robot = new RobotClient();
    try {
      await robot.dial({
        host: `http://localhost:${port}`,
        noReconnect: true,
        disableSessions: true,
        credentials: { type: "robot-secret", payload: secret, authEntity: entity },
      });
      await use(robot);
    } finally {
      await robot.disconnect();
    }
  });
}

export async function withUnreferencedTimers<T>(run: () => Promise<T>): Promise<T> {
  const realSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => realSetTimeout(...args).unref()) as typeof setTimeout;
  try {
    return await run();
  } finally {
    globalThis.setTimeout = realSetTimeout;
  }
}
