// The CLI's status block stays in place while log lines scroll above it.
import assert from "node:assert/strict";
import { it } from "node:test";
import { StatusScreen } from "../hosts/node/status-screen.ts";

function terminal(isTTY: boolean): { out: NodeJS.WriteStream; text: () => string } {
  let text = "";
  const out = { isTTY, write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WriteStream;
  return { out, text: () => text };
}

it("on a terminal, a log line takes the status block's place and the block is drawn again below it", () => {
  const { out, text } = terminal(true);
  const screen = new StatusScreen({ out });
  screen.show("status\n  row\n");
  screen.log("[warn] Wi-Fi is down");
  screen.show("status\n  row 2\n");
  assert.equal(
    text(),
    "status\n  row\n" + "\x1b[2A\x1b[J[warn] Wi-Fi is down\nstatus\n  row\n" + "\x1b[2A\x1b[Jstatus\n  row 2\n",
  );
});

it("without a terminal, status blocks and log lines are appended as they come", () => {
  const { out, text } = terminal(false);
  const screen = new StatusScreen({ out });
  screen.show("status\n");
  screen.log("[warn] x");
  screen.show("status\n");
  assert.equal(text(), "status\n[warn] x\nstatus\n");
});
