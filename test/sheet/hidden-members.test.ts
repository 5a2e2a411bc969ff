// A county's or the country's Husbanken rate when a member's count is hidden («:»): the sum leaves the member out,
// so the population it is divided by must leave it out too, and the chart says so. In the sample, Utsira's
// households with bostøtte are hidden every year.
import { beforeAll, describe, expect, it } from "vitest";
import { aggregateRecords } from "../../src/model/aggregate.js";
import { loadDataset } from "../../src/model/load.js";
import type { MunicipalityRecord, Series } from "../../src/model/record.js";
import { SheetPlanner } from "../../src/pipeline.js";
import type { ChartBlock } from "../../src/sheet/model.js";
import { husbankenPer1000 } from "../../src/sheet/sections/husbanken.js";

let planner: SheetPlanner;
beforeAll(async () => {
  planner = await SheetPlanner.create(await loadDataset("data/sample"));
});

const YEAR = 2025;
const numberIn = (record: MunicipalityRecord, get: (r: MunicipalityRecord) => Series) =>
  get(record).find((point) => point.year === YEAR)?.value;
const allowance = (r: MunicipalityRecord) => r.husbanken?.data.housingAllowanceHouseholds ?? [];
const population = (r: MunicipalityRecord) => r.population?.data.total ?? [];

describe("a Husbanken rate over members with a hidden count", () => {
  it("divides Rogaland's sum by the population of the municipalities in it, not Utsira's too", () => {
    const members = planner.inCounty("11");
    const utsira = members.find((member) => member.code === "1151")!;
    expect(numberIn(utsira, allowance)).toBe(":");
    const counted = members.filter((member) => typeof numberIn(member, allowance) === "number");
    expect(counted).toHaveLength(members.length - 1);
    const households = counted.reduce((sum, member) => sum + (numberIn(member, allowance) as number), 0);
    const people = counted.reduce((sum, member) => sum + (numberIn(member, population) as number), 0);
    const allPeople = people + (numberIn(utsira, population) as number);

    const rogaland = aggregateRecords(members, "11", "Rogaland");
    const rate = husbankenPer1000(rogaland, "housingAllowanceHouseholds", YEAR)!;
    expect(rate).toBeCloseTo((households / people) * 1000, 9);
    // What it was: Utsira's households left out, its inhabitants not.
    expect(Math.abs(rate - (households / allPeople) * 1000)).toBeGreaterThan(1e-6);
  });

  it("leaves an area with no hidden member as it was", () => {
    const telemark = aggregateRecords(planner.inCounty("40"), "40", "Telemark");
    expect(telemark.husbanken?.data.hiddenPopulation).toBeUndefined();
  });

  it("says on Stavanger's bostøtte chart that Rogaland and the country count the others only, in both forms", () => {
    const stavanger = planner.findRecord("1103")!;
    for (const [lang, text] of [
      [
        "nb",
        "Rogaland og Landet: per 1000 innbyggere i kommunene som har tall for 2025. Kommuner med skjulte tall («:») er verken med i antallet eller i folketallet det deles på.",
      ],
      [
        "nn",
        "Rogaland og Landet: per 1000 innbyggjarar i kommunane som har tal for 2025. Kommunar med skjerma tal («:») er verken med i talet eller i folketalet det blir delt på.",
      ],
    ] as const) {
      const model = planner.model(stavanger, lang);
      const chart = model.sections
        .flatMap((section) => section.blocks)
        .find((block): block is ChartBlock => block.kind === "chart" && block.id === "bostotte")!;
      expect(chart.footnotes.map((n) => model.footnotes[n - 1]!.text)).toContain(text);
      // The start loans have no hidden member: no such note.
      const startLoans = model.sections
        .flatMap((section) => section.blocks)
        .find((block): block is ChartBlock => block.kind === "chart" && block.id === "startlan")!;
      expect(startLoans.footnotes.map((n) => model.footnotes[n - 1]!.text).join(" ")).not.toMatch(/skjulte|skjerma/);
    }
  });
});

describe("a tenure share over members with a hidden count", () => {
  it("leaves a member with owners or renters hidden out of both sums, so the share is over the same households", () => {
    const hidden = (r: MunicipalityRecord) => r.tenure?.data.owners === ":" || r.tenure?.data.renters === ":";
    const member = planner.records.find(
      (r) => hidden(r) && (r.tenure?.data.owners !== ":" || r.tenure?.data.renters !== ":"),
    )!;
    // A municipality with its renters hidden but its owners given.
    expect(member).toBeDefined();
    const members = planner.inCounty(member.county.code);
    const county = aggregateRecords(members, member.county.code, member.county.name);
    const counted = members.filter((r) => !hidden(r));
    const sum = (get: (r: MunicipalityRecord) => unknown) =>
      counted.reduce((total, r) => total + (get(r) as number), 0);
    expect(county.tenure?.data.owners).toBe(sum((r) => r.tenure?.data.owners));
    expect(county.tenure?.data.renters).toBe(sum((r) => r.tenure?.data.renters));
    expect(county.tenure?.notes).toContainEqual({ key: "suppressedLeftOut", params: {} });
  });
});
