import { describe, expect, it } from "vitest";
import { FontMetrics, selectFontName } from "../../src/charts/fontMetrics.js";
import { createDoc } from "./pdfText.js";

describe("FontMetrics", () => {
  it("measures exactly what PDFKit draws, per face", () => {
    const metrics = new FontMetrics();
    const doc = createDoc();
    for (const face of ["regular", "italic", "semibold", "bold"] as const) {
      for (const text of ["12 500", "Sammenlignbare kommuner", "Bostøtte per 1 000", "AVæøå Tj"]) {
        const expected = doc.font(face).fontSize(7.5).widthOfString(text);
        expect(metrics.measure(face, text, 7.5)).toBeCloseTo(expected, 6);
      }
    }
  });

  it("maps Vega font weights and styles onto the sheet's four faces", () => {
    expect(selectFontName({})).toBe("regular");
    expect(selectFontName({ fontWeight: "bold" })).toBe("bold");
    expect(selectFontName({ fontWeight: 700 })).toBe("bold");
    expect(selectFontName({ fontWeight: 600 })).toBe("semibold");
    expect(selectFontName({ fontWeight: "normal" })).toBe("regular");
    expect(selectFontName({ fontWeight: 400 })).toBe("regular");
    expect(selectFontName({ fontStyle: "italic", fontWeight: 700 })).toBe("italic");
  });
});
