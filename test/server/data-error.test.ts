// Damaged data rows on the web: a sheet whose county or country row is damaged (here the country's price per m²) is
// refused with the file and value, as `build` refuses it, instead of being shown with «..»; a municipality whose own
// rows are damaged is left out of the ranking, which says so.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ChartRenderer } from "../../src/charts/renderer.js";
import { loadDataset } from "../../src/model/load.js";
import { SheetPlanner } from "../../src/pipeline.js";
import { createApp } from "../../src/server/app.js";
import { inThreadRenderer } from "../../src/server/sheet-renderer.js";
import { copySample, writeJsonStatValue } from "../cli/run-cli.js";

const DETAIL = "ssb/14545-kvadratmeterpris.json, value[0]: forventet et tall";

let app: ReturnType<typeof createApp>["app"];
const errors: unknown[] = [];
let damagedLine = 0;

beforeAll(async () => {
  const data = await copySample();
  await writeJsonStatValue(data, "ssb/14545-kvadratmeterpris.json", 0, "12 345");
  // And one municipality's own row: Porsgrunn's start loans for 2024.
  const husbanken = join(data, "husbanken", "husbanken-virkemidler.csv");
  const lines = (await readFile(husbanken, "utf8")).split("\n");
  damagedLine = lines.findIndex((line) => line.startsWith("Husbanken;husbanken;4001;2024;startlan_antall;")) + 1;
  expect(damagedLine).toBeGreaterThan(1);
  lines[damagedLine - 1] = "Husbanken;husbanken;4001;2024;startlan_antall;12a";
  await writeFile(husbanken, lines.join("\n"));
  const [dataset, charts] = await Promise.all([loadDataset(data), ChartRenderer.create()]);
  const planner = await SheetPlanner.create(dataset);
  ({ app } = createApp({ planner, renderer: inThreadRenderer(charts), logError: (error) => errors.push(error) }));
});

describe("web page: a damaged row the sheet prints", () => {
  it("answers the municipality's page with the file and value, not a sheet with «..»", async () => {
    const response = await app.request("/kommune/4003");
    expect(response.status).toBe(500);
    const page = await response.text();
    expect(page).toContain("Faktaarket kan ikke vises");
    expect(page).toContain(`Datagrunnlaget har en feil som må rettes før faktaarket kan lages: ${DETAIL}`);
    expect(page).not.toContain("Last ned Excel");
  });

  it("serves no PDF, workbook or chart for it, and logs each refusal", async () => {
    errors.length = 0;
    for (const path of [
      "/kommune/4003/faktaark.pdf",
      "/kommune/4003/faktaark.xlsx",
      "/kommune/4003/figur/befolkning.png",
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(500);
      expect(response.headers.get("content-type"), path).toContain("text/html");
      expect(await response.text(), path).toContain(DETAIL);
    }
    expect(errors).toHaveLength(3);
  });

  it("ranks the others without the municipality whose own rows are damaged, and says so above the table", async () => {
    const response = await app.request("/rangering?fylke=40");
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("Ikke med i rangeringen fordi datagrunnlaget har feil");
    expect(page).toContain(`Porsgrunn (husbanken/husbanken-virkemidler.csv, linje ${damagedLine}:`);
    expect(page).toContain(">Skien<");
  });
});
