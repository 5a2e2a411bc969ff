// What a dataset's sheets are computed from, as one hash: the key part that keeps cached sheets of one dataset
// from ever being served for another.
import { createHash } from "node:crypto";
import type { Dataset } from "../model/dataset.js";

export function fingerprintDataset(dataset: Dataset): string {
  const lines = dataset.files.map((file) => `${file.path} ${file.sha256}`).sort();
  const head = `sample=${dataset.isSample} year=${dataset.dataYear} records=${dataset.records.length}`;
  return createHash("sha256")
    .update([head, ...lines].join("\n"))
    .digest("hex");
}
