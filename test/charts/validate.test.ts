import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateTemplates } from "../../src/charts/renderer.js";
import { DEFAULT_TEMPLATES_DIR, listTemplateFiles } from "../../src/charts/templates.js";

function copyWith(name: string, change: (spec: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "faktaark-templates-"));
  const spec = JSON.parse(readFileSync(join(DEFAULT_TEMPLATES_DIR, `${name}.vl.json`), "utf8"));
  change(spec);
  writeFileSync(join(dir, `${name}.vl.json`), JSON.stringify(spec));
  return dir;
}

describe("validateTemplates", () => {
  it("finds the shipped templates valid against the Vega-Lite schema", async () => {
    expect([...listTemplateFiles(DEFAULT_TEMPLATES_DIR).keys()]).toEqual([
      "age-groups",
      "bars-horizontal",
      "bars-years",
      "benchmark-strip",
      "line-years",
      "projection-band",
      "share-compare",
    ]);
    expect(await validateTemplates()).toEqual([]);
  });

  it("reports a template that breaks the schema, naming its file and the place", async () => {
    const dir = copyWith("bars-years", (spec) => {
      spec.mark = { type: "barr" };
    });
    const problems = await validateTemplates(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.template).toBe("bars-years");
    expect(problems[0]!.message).toContain(
      `Diagrammalen ${join(dir, "bars-years.vl.json")} følger ikke Vega-Lite-skjemaet: /mark`,
    );
  });

  it("reports a template that does not declare its fields", async () => {
    const dir = copyWith("age-groups", (spec) => {
      delete spec.usermeta;
    });
    expect((await validateTemplates(dir)).map((p) => p.message)).toEqual([
      `Diagrammalen ${join(dir, "age-groups.vl.json")} mangler «usermeta.fields»: list hvert felt i radene fra «table» med type («number», «string» eller «boolean»), og om det kan være null («nullable») eller utelates («optional»)`,
    ]);
  });

  it("reports a template that does not read the table data source", async () => {
    const dir = copyWith("line-years", (spec) => {
      spec.data = { values: [] };
    });
    expect((await validateTemplates(dir)).map((p) => p.message)).toEqual([
      `Diagrammalen ${join(dir, "line-years.vl.json")} må hente radene fra den navngitte datakilden «table» ("data": {"name": "table"})`,
    ]);
  });

  it("reports what the Vega-Lite compiler warns about, naming the template file", async () => {
    const dir = copyWith("bars-years", (spec) => {
      (spec.encoding as Record<string, unknown>).size = { field: "series", type: "nominal" };
    });
    expect((await validateTemplates(dir)).map((p) => p.message)).toEqual([
      `Diagrammalen ${join(dir, "bars-years.vl.json")}: Vega-Lite varsler: Channel size should not be used with an unsorted discrete field.`,
    ]);
  });
});
