// The comparison section says which rule chose the comparison municipalities, in bokmål and nynorsk, with the
// numbers of the sample's KOSTRA groups and counties; the sentences pass the statement check on the rendered PDF.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ChartRenderer } from "../../src/charts/renderer.js";
import type { ComparisonRule } from "../../src/compare/rules.js";
import type { Dataset } from "../../src/model/dataset.js";
import { loadDataset } from "../../src/model/load.js";
import { renderSheetPdf } from "../../src/pdf/render.js";
import { SheetPlanner } from "../../src/pipeline.js";
import type { Lang } from "../../src/sheet/format.js";
import type { SheetModel, TableBlock, TextBlock } from "../../src/sheet/model.js";
import { checkSheet } from "../../src/verify/checks.js";
import { readPdfText } from "../../src/verify/read-pdf.js";
import { groupOf, readGroups } from "../compare/kostra-groups.js";

const SAMPLE = "data/sample";
const groups = readGroups(join(SAMPLE, "klass", "kostragrupper-2024.csv"));
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadDataset(SAMPLE);
});

async function modelOf(
  code: string,
  lang: Lang,
  rule: ComparisonRule,
  count?: number,
  manualComparisonsFile?: string,
): Promise<SheetModel> {
  const planner = await SheetPlanner.create(dataset, {
    comparisonRule: rule,
    ...(count === undefined ? {} : { comparisonCount: count }),
    ...(manualComparisonsFile === undefined ? {} : { manualComparisonsFile }),
  });
  return planner.model(planner.record(code), lang);
}

function comparisonOf(model: SheetModel) {
  const section = model.sections.find((s) => s.id === "comparison");
  if (!section) throw new Error("no comparison section");
  const method = section.blocks.find((b) => b.kind === "text") as TextBlock;
  const table = section.blocks.find((b) => b.kind === "table") as TableBlock;
  return { lead: plain(section.lead), paragraphs: method.paragraphs.map(plain), rows: table.rows };
}

describe("the sheet names the rule that chose its comparison municipalities", () => {
  const group = groupOf(groups, "4001");
  const others = (groups.get(group)?.length ?? 0) - 1;

  it("kostra, bokmål: the group in the lead, and how many of its members in the method", async () => {
    const { lead, paragraphs, rows } = comparisonOf(await modelOf("4001", "nb", "kostra"));
    expect(lead).toBe(`Porsgrunn sammenlignet med kommuner i samme KOSTRA-gruppe (gruppe ${group}).`);
    expect(paragraphs[0]).toBe(
      `Sammenlignet med kommuner i samme KOSTRA-gruppe (gruppe ${group}): 5 av de ${others} andre kommunene i ` +
        "gruppen, de med minst avstand til Porsgrunn i standardiserte nøkkeltall for folketall, sentralitet, " +
        "befolkningsvekst, alderssammensetning, innvandrerandel, husholdningsstørrelse, boligtyper og boligbygging. " +
        "KOSTRA-gruppene er SSBs inndeling av kommunene etter folketall, bundne kostnader og frie disponible " +
        "inntekter (grupperingen per 2020).",
    );
    // The table: Porsgrunn, then five members of its group.
    const names = new Map(dataset.records.map((r) => [r.shortName, r.code]));
    const codes = rows.slice(1).map((row) => names.get(row[0] ?? ""));
    expect(codes).toHaveLength(5);
    expect(codes.every((code) => code !== undefined && groups.get(group)?.includes(code))).toBe(true);
  });

  it("kostra, nynorsk", async () => {
    const { lead, paragraphs } = comparisonOf(await modelOf("4001", "nn", "kostra"));
    expect(lead).toBe(`Porsgrunn samanlikna med kommunar i same KOSTRA-gruppe (gruppe ${group}).`);
    expect(paragraphs[0]).toMatch(
      new RegExp(
        `^Samanlikna med kommunar i same KOSTRA-gruppe \\(gruppe ${group}\\): 5 av dei ${others} andre kommunane i gruppa, dei med minst avstand til Porsgrunn .* KOSTRA-gruppene er inndelinga SSB gjer av kommunane etter folketal, bundne kostnader og frie disponible inntekter \\(grupperinga per 2020\\)\\.$`,
      ),
    );
  });

  it("kostra, every member when the group is smaller than the count asked for", async () => {
    // Group 17 of the sample: the eight with the highest drawn income.
    const members = groups.get("17") ?? [];
    const code = members[0] ?? "";
    const model = await modelOf(code, "nb", "kostra", 20);
    const { paragraphs, rows } = comparisonOf(model);
    expect(paragraphs[0]).toBe(
      `Sammenlignet med kommuner i samme KOSTRA-gruppe (gruppe 17): alle de ${members.length - 1} andre kommunene ` +
        "i gruppen. KOSTRA-gruppene er SSBs inndeling av kommunene etter folketall, bundne kostnader og frie " +
        "disponible inntekter (grupperingen per 2020).",
    );
    expect(rows).toHaveLength(members.length);
  });

  it("kostra: Oslo, alone in group 13, is said to have no comparison municipalities", async () => {
    const { lead, rows } = comparisonOf(await modelOf("0301", "nb", "kostra"));
    expect(lead).toBe("Oslo er den eneste kommunen i KOSTRA-gruppe 13, så arket har ingen sammenligningskommuner.");
    expect(rows).toHaveLength(1);
  });

  it("fylke, bokmål and nynorsk: the county in the lead and the method", async () => {
    const inCounty = dataset.records.filter((r) => r.county.code === "40").length - 1;
    const nb = comparisonOf(await modelOf("4001", "nb", "fylke"));
    expect(nb.lead).toBe("Porsgrunn sammenlignet med kommuner i samme fylke (Telemark).");
    expect(nb.paragraphs[0]).toMatch(
      new RegExp(
        `^Sammenlignet med kommuner i samme fylke \\(Telemark\\): 5 av de ${inCounty} andre kommunene i fylket, de med minst avstand til Porsgrunn i standardiserte nøkkeltall for folketall, .* og boligbygging\\.$`,
      ),
    );
    const nn = comparisonOf(await modelOf("4001", "nn", "fylke"));
    expect(nn.lead).toBe("Porsgrunn samanlikna med kommunar i same fylke (Telemark).");
    expect(nn.paragraphs[0]).toMatch(
      new RegExp(
        `^Samanlikna med kommunar i same fylke \\(Telemark\\): 5 av dei ${inCounty} andre kommunane i fylket, dei med minst avstand`,
      ),
    );
  });

  it("an adviser's list first, in the lead too; the rule fills up and says how", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "faktaark-list-")), "sammenligning.csv");
    await writeFile(file, "knr;sammenligningskommuner\n4001;0301,5001\n");
    const { lead, paragraphs } = comparisonOf(await modelOf("4001", "nb", "kostra", undefined, file));
    expect(lead).toBe("Porsgrunn sammenlignet med kommuner Husbankens rådgivere har valgt.");
    expect(paragraphs[0]).toBe(
      "2 av de 5 sammenligningskommunene er valgt av Husbankens rådgivere for Porsgrunn, resten etter regelen nedenfor.",
    );
    expect(paragraphs[1]).toMatch(
      new RegExp(
        `^Sammenlignet med kommuner i samme KOSTRA-gruppe \\(gruppe ${group}\\): 3 av de ${others} andre kommunene i gruppen, de med minst avstand`,
      ),
    );
  });

  it("nearest: the sentences of before", async () => {
    const { lead, paragraphs } = comparisonOf(await modelOf("4001", "nb", "nearest"));
    expect(lead).toBe("Porsgrunn sammenlignet med kommunene som ligner mest på nøkkeltall for befolkning og boliger.");
    expect(paragraphs[0]).toMatch(/^Sammenligningskommunene er de 5 kommunene som ligner mest på Porsgrunn i /);
  });

  it("passes the statement check on the rendered PDF in both written forms", async () => {
    const charts = await ChartRenderer.create();
    for (const lang of ["nb", "nn"] as const) {
      const model = await modelOf("4001", lang, "kostra");
      expect(checkSheet(model, await readPdfText((await renderSheetPdf(model, charts)).pdf))).toEqual([]);
    }
  });
});
