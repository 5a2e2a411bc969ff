import { describe, expect, it } from "vitest";
import { checkRows, DEFAULT_TEMPLATES_DIR, parseTemplate, readTemplates } from "../../src/charts/templates.js";
import type { ChartRow } from "../../src/charts/types.js";

describe("chart templates", () => {
  const templates = readTemplates(DEFAULT_TEMPLATES_DIR);

  for (const template of templates.values()) {
    it(`${template.name}: its documented example row fits its declared fields`, () => {
      const usermeta = template.spec.usermeta as { example?: ChartRow };
      expect(usermeta.example).toBeDefined();
      expect(() => checkRows(template, [usermeta.example!])).not.toThrow();
      expect(Object.keys(usermeta.example!).sort()).toEqual([...template.fields.keys()].sort());
    });
  }

  it("accepts null only where a field is nullable, and leaves out only optional fields", () => {
    const band = templates.get("projection-band")!;
    expect(() => checkRows(band, [{ year: 2030, value: null, kind: "framskrevet" }])).not.toThrow();
    expect(() => checkRows(band, [{ year: 2030, value: 1, low: 1, high: 2, kind: null }])).toThrow(
      "Diagrammalen «projection-band»: rad 1, feltet «kind» skal være en tekst, fant null",
    );
    expect(() => checkRows(band, [{ year: Number.NaN, value: 1, kind: "registrert" }])).toThrow(
      'Diagrammalen «projection-band»: rad 1, feltet «year» skal være et tall, fant "NaN"',
    );
  });

  it("names the file when a template is not JSON", () => {
    expect(() => parseTemplate("x", "/maler/x.vl.json", "{ not json")).toThrow(
      /^Diagrammalen \/maler\/x\.vl\.json er ikke gyldig JSON: /,
    );
  });
});
