// The sheet model a batch keeps beside each PDF, so `faktaark verify` (and next year's comparison) can read the
// sheet back against what it was meant to say: output/<year>/modeller/<sheet>.json.gz.
import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import type { SheetModel } from "../sheet/model.js";

export const MODELS_DIR = "modeller";

/** Where the model of the sheet at `pdfPath` is kept. */
export function storedModelPath(pdfPath: string): string {
  return join(dirname(pdfPath), MODELS_DIR, basename(pdfPath).replace(/\.pdf$/, ".json.gz"));
}

export function encodeModel(model: SheetModel): Buffer {
  return gzipSync(JSON.stringify(model));
}

/** A stored model's bytes as JSON, unchecked. */
export function decodeModel(bytes: Buffer): unknown {
  return JSON.parse(gunzipSync(bytes).toString("utf8"));
}

export async function readStoredModel(pdfPath: string): Promise<SheetModel> {
  return decodeModel(await readFile(storedModelPath(pdfPath))) as SheetModel;
}
