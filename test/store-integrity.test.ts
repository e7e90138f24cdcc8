// A small, seeded run of the store's corruption campaign (bench/integrity.ts; `npm run bench --
// integrity` runs 100,000 damages and 10,000 power cuts).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DAMAGE_KINDS, integrityCampaign } from "../bench/integrity.ts";

describe("ring store: integrity campaign", () => {
  it("never returns an altered reading, always boots, and loses only damaged readings", () => {
    const report = integrityCampaign({ seed: 11, damages: 1400, cuts: 300 });
    const { damage, powerCuts } = report;
    for (const kind of DAMAGE_KINDS) assert.equal(damage.byKind[kind].trials, 200, kind);
    // The third image is one a power cut left with unsealed tails, which format 2 lost to damage nearby.
    assert.equal(damage.baseImages, 3);
    assert.ok(damage.readingsDamaged > 1000, `only ${damage.readingsDamaged} readings damaged`);
    assert.equal(damage.uploadedAltered, 0);
    assert.equal(damage.failedBoots, 0);
    assert.equal(damage.lostBeyondDamaged, 0);
    assert.equal(powerCuts.cuts, 300);
    assert.ok(powerCuts.byKind.erase > 0 && powerCuts.byKind.seal > 0 && powerCuts.byKind.header > 0);
    assert.equal(powerCuts.uploadedAltered, 0);
    assert.equal(powerCuts.failedBoots, 0);
    assert.equal(powerCuts.lostBeyondDamaged, 0);
    assert.ok(report.met);
  });
});
