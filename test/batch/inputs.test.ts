// The manifest's record of where a sheet's own figures come from: every statistical file of the dataset that holds
// the municipality, with its checksum.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sheetInputs } from "../../src/batch/inputs.js";
import type { Dataset } from "../../src/model/dataset.js";
import { loadDataset } from "../../src/model/load.js";

const SAMPLE = "data/sample";
let dataset: Dataset;

beforeAll(async () => {
  dataset = await loadDataset(SAMPLE);
});

describe("a sheet's inputs in the manifest", () => {
  it("list every statistical file of the sample, a series joined from two exports included, with its checksum", () => {
    const porsgrunn = dataset.records.find((record) => record.code === "4001");
    const inputs = sheetInputs(dataset, porsgrunn as (typeof dataset.records)[number]);
    // Classifications (klass/) place a municipality; they hold none of its figures.
    // IMDi's page for 2026, a year still running, is not read: none of the sheet's figures come from it.
    const statistical = ["ssb", "fhi", "husbanken", "imdi"]
      .flatMap((dir) => readdirSync(join(SAMPLE, dir)).map((name) => `${dir}/${name}`))
      .filter((file) => file !== "imdi/nokkeltall-bosetting-2026.html");
    expect(Object.keys(inputs).sort()).toEqual(statistical.sort());
    for (const [file, sha256] of Object.entries(inputs)) {
      expect(sha256, file).toBe(
        createHash("sha256")
          .update(readFileSync(join(SAMPLE, file)))
          .digest("hex"),
      );
    }
  });
});
