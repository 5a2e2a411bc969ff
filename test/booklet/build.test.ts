// The booklet model of a county: its summary says what the figures say, with base and period, in bokmål and
// nynorsk, and every sentence rests on the figures it prints (as `faktaark verify` checks).
import { beforeAll, describe, expect, it } from "vitest";
import { type BookletInput, buildBookletModel } from "../../src/booklet/build.js";
import { loadDataset } from "../../src/model/load.js";
import type { MunicipalityRecord } from "../../src/model/record.js";
import { SheetPlanner } from "../../src/pipeline.js";
import { formatNumber } from "../../src/sheet/format.js";
import { checkSentence } from "../../src/verify/checks.js";

let planner: SheetPlanner;
let input: BookletInput;

/** Population on 1 January of the data year, read straight off the record's series. */
function populationOf(record: MunicipalityRecord): number {
  const point = record.population?.data.total.find((entry) => entry.year === planner.dataset.dataYear);
  return point?.value as number;
}

beforeAll(async () => {
  planner = await SheetPlanner.create(await loadDataset("data/sample"));
  const records = planner.inCounty("40");
  const { ranking, nationalCount } = planner.rankSelection(records.map((record) => record.code));
  input = {
    lang: "nb",
    title: null,
    regionName: "Telemark",
    records,
    sheets: records.map((record) => planner.model(record, planner.languageOf(record))),
    leftOut: [],
    ranking,
    nationalCount,
    dataYear: planner.dataset.dataYear,
    isSample: true,
    publisher: "Husbanken",
  };
});

/** Every sentence of the booklet's own pages against what it rests on. */
function problemsOf(model: ReturnType<typeof buildBookletModel>) {
  const statements = new Map(model.statements.map((statement) => [statement.text, statement]));
  return [model.subtitle, ...model.overview.summary, ...model.overview.method.paragraphs].flatMap((sentence) =>
    checkSentence(sentence, statements.get(sentence)),
  );
}

describe("the booklet model for Telemark", () => {
  it("sums the population and names the largest and smallest, with the date", () => {
    const model = buildBookletModel(input);
    const people = input.records.map((record) => ({ name: record.shortName, population: populationOf(record) }));
    const total = people.reduce((sum, entry) => sum + entry.population, 0);
    const sorted = [...people].sort((a, b) => b.population - a.population);
    const largest = sorted[0]!;
    const smallest = sorted.at(-1)!;
    expect(model.overview.summary[0]).toBe(
      `De 17 kommunene i utvalget hadde til sammen ${formatNumber(total)} innbyggere 1. januar 2026. ` +
        `Flest innbyggere hadde ${largest.name} (${formatNumber(largest.population)}), ` +
        `færrest ${smallest.name} (${formatNumber(smallest.population)}).`,
    );
    expect(model.overview.summarySource).toBe("Kilde: SSB, tabell 07459 (2026), og indikatormodellen");
  });

  it("names the highest and lowest score in the selection with their national rank, and counts the top quarter", () => {
    const model = buildBookletModel(input);
    const { rows } = input.ranking;
    const first = rows[0]!;
    const last = rows.at(-1)!;
    const quarter = Math.floor(input.nationalCount / 4);
    const inQuarter = rows.filter((row) => row.rankNational <= quarter).length;
    expect(model.overview.summary[1]).toBe(
      "I indikatormodellen for boligsosiale utfordringer (datagrunnlaget for 2026) har " +
        `${first.name} høyest skår i utvalget: nummer ${first.rankNational} av ${input.nationalCount} kommuner i landet ` +
        "(1 = størst boligsosiale utfordringer). " +
        `Lavest skår i utvalget har ${last.name}: nummer ${last.rankNational} av ${input.nationalCount}. ` +
        `Av de 17 rangerte kommunene i utvalget er ${inQuarter || "ingen"} blant de ${quarter} kommunene i landet ` +
        "med høyest skår, den fjerdedelen med størst boligsosiale utfordringer.",
    );
    // A municipality without a number for some indicator is marked «*», as `rank` marks it.
    expect(model.overview.ranking.rows.map((row) => row[0])).toEqual(
      rows.map((row) => `${row.name}${row.missing.length > 0 ? "*" : ""}`),
    );
    expect(rows.some((row) => row.missing.length > 0)).toBe(true);
    expect(model.overview.ranking.rows.map((row) => Number(row[3]))).toEqual(rows.map((row) => row.rankNational));
    expect(model.overview.ranking.columns).toEqual([
      "Kommune",
      "Rang i utvalget",
      "Skår",
      `Rang i landet (av ${input.nationalCount})`,
    ]);
    expect(problemsOf(model)).toEqual([]);
  });

  it("says the same in nynorsk", () => {
    const model = buildBookletModel({ ...input, lang: "nn" });
    expect(model.title).toBe("Faktaark 2026 – Telemark");
    expect(model.subtitle).toBe("Bustader og innbyggjarar i 17 kommunar");
    expect(model.overview.summary[0]).toMatch(
      /^Dei 17 kommunane i utvalet hadde til saman [\d\u00a0]+ innbyggjarar 1\. januar 2026\./,
    );
    expect(model.overview.summary[1]).toMatch(
      /^I indikatormodellen for bustadsosiale utfordringar \(datagrunnlaget for 2026\) har /,
    );
    expect(model.overview.method.title).toBe("Slik er skåren rekna ut");
    expect(problemsOf(model)).toEqual([]);
  });

  it("says how many have figures when some lack them, names the unranked and those left out", () => {
    const [first, second, ...rest] = input.records;
    const records = [{ ...first!, population: null }, second!, ...rest];
    const unranked = { code: second!.code, name: second!.name, county: second!.county, coverage: 0.4, missing: [] };
    const model = buildBookletModel({
      ...input,
      records,
      sheets: input.sheets.slice(1),
      leftOut: [first!],
      ranking: {
        ...input.ranking,
        rows: input.ranking.rows.filter((row) => row.code !== second!.code),
        unranked: [unranked],
      },
    });
    const total = rest.reduce((sum, record) => sum + populationOf(record), populationOf(second!));
    expect(model.overview.summary[0]).toMatch(
      new RegExp(
        `^De 16 av de 17 kommunene i utvalget som har tall for 1\\. januar 2026, hadde til sammen ${formatNumber(total)} innbyggere\\.`,
      ),
    );
    expect(model.overview.summary[1]).toMatch(
      new RegExp(
        `Ikke rangert, fordi tallene dekker mindre enn 50\u00a0% av vekten i modellen: ${second!.shortName}\\.$`,
      ),
    );
    expect(model.leftOut).toEqual([`${first!.shortName} (${first!.code}): arket kunne ikke lages.`]);
    expect(model.subtitle).toBe("Bolig og befolkning i 16 kommuner");
    expect(problemsOf(model)).toEqual([]);
  });

  it("takes the title asked for, and without a county counts the list", () => {
    expect(buildBookletModel({ ...input, title: "Region Sør" }).pdf.title).toBe("Region Sør");
    expect(buildBookletModel({ ...input, regionName: null }).title).toBe("Faktaark 2026 – 17 kommuner");
  });
});
