import { describe, expect, it } from "vitest";
import { splitNameForms } from "../../src/model/name-forms.js";

describe("the language of each form of an official name", () => {
  it("marks Northern Sami and Kven forms, leaving the Norwegian form to the document", () => {
    expect(splitNameForms("5622", "Porsanger - Porsángu - Porsanki", "Porsanger")).toEqual([
      { text: "Porsanger", lang: null },
      { text: "Porsángu", lang: "se" },
      { text: "Porsanki", lang: "fkv" },
    ]);
    expect(splitNameForms("5540", "Gáivuotna - Kåfjord - Kaivuono", "Kåfjord").map((f) => f.lang)).toEqual([
      "se",
      null,
      "fkv",
    ]);
  });

  it("knows the South and Lule Sami areas", () => {
    expect(splitNameForms("5041", "Snåase - Snåsa", "Snåsa")[0]).toEqual({ text: "Snåase", lang: "sma" });
    expect(splitNameForms("0301", "Oslo - Oslove", "Oslo")[1]).toEqual({ text: "Oslove", lang: "sma" });
    expect(splitNameForms("1875", "Hábmer - Hamarøy", "Hamarøy")[0]).toEqual({ text: "Hábmer", lang: "smj" });
  });

  it("leaves a one-form name alone", () => {
    expect(splitNameForms("4001", "Porsgrunn", "Porsgrunn")).toEqual([{ text: "Porsgrunn", lang: null }]);
  });
});
