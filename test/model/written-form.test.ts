import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MUNICIPALITIES } from "../../src/model/municipalities.js";
import { parseWrittenForms, readWrittenForms } from "../../src/model/written-form.js";

const reference = "../shared/data/reference/maalform_kommuner_2024.csv";
const NAMES = { bokmål: "nb", nynorsk: "nn", nøytral: "neutral" } as const;

describe("the written-form register", () => {
  it("gives every municipality of the register a written form", async () => {
    const forms = await readWrittenForms();
    expect([...forms.keys()].sort()).toEqual(MUNICIPALITIES.map((m) => m.code));
    expect(forms.get("4601")).toBe("neutral");
    expect(forms.get("4621")).toBe("nn");
  });

  it("names the line of a form it does not know", () => {
    expect(() => parseWrittenForms("kommunenummer,kommunenavn,maalform\n0301,Oslo,riksmål\n", "m.csv")).toThrow(
      "m.csv, linje 2: forventet kommunenummer med fire sifre og målform bokmål, nynorsk eller nøytral, fant «0301» og «riksmål».",
    );
  });

  it.skipIf(!existsSync(reference))("agrees with the published målvedtak per municipality", async () => {
    const forms = await readWrittenForms();
    const wrong: string[] = [];
    for (const line of readFileSync(reference, "utf8").trim().split(/\r?\n/).slice(1)) {
      const [code = "", , value = ""] = line.split(",");
      const expected = NAMES[value as keyof typeof NAMES];
      if (forms.get(code) !== expected) wrong.push(`${code} ${forms.get(code)}≠${expected}`);
    }
    expect(wrong).toEqual([]);
  });
});
