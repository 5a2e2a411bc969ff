// The one setting faktaark changes in Vega (src/charts/vega.ts): Vega's layout measures text through
// `textMetrics.width`, which faktaark sets to measure with the sheet's own faces. If Vega stopped calling it (or
// loadVega stopped setting it), labels would be placed by canvas's or Vega's estimated widths and this fails.
import { describe, expect, it } from "vitest";
import { FontMetrics } from "../../src/charts/fontMetrics.js";
import { loadVega } from "../../src/charts/vega.js";

/** The bounds Vega gives one text item, after laying it out. */
async function textBounds(text: string, limit?: number): Promise<{ x1: number; x2: number }> {
  const vega = await loadVega();
  const spec = {
    width: 300,
    height: 40,
    marks: [
      {
        type: "text",
        encode: {
          enter: {
            x: { value: 0 },
            y: { value: 20 },
            text: { value: text },
            fontSize: { value: 7.5 },
            fontWeight: { value: 600 },
            ...(limit === undefined ? {} : { limit: { value: limit } }),
          },
        },
      },
    ],
  };
  const view = new vega.View(vega.parse(spec as Parameters<typeof vega.parse>[0]), { renderer: "none" });
  await view.runAsync();
  const root = view.scenegraph() as unknown as {
    root: { items: { items: { items: { bounds: { x1: number; x2: number } }[] }[] }[] };
  };
  const bounds = root.root.items[0]!.items[0]!.items[0]!.bounds;
  view.finalize();
  return { x1: bounds.x1, x2: bounds.x2 };
}

describe("Vega measuring text with the sheet's faces", () => {
  const metrics = new FontMetrics();

  it("lays out a label exactly as wide as PDFKit will draw it in the semibold face", async () => {
    const text = "Sammenlignbare kommuner";
    const bounds = await textBounds(text);
    expect(bounds.x2 - bounds.x1).toBeCloseTo(metrics.measure("semibold", text, 7.5), 6);
  });

  it("truncates with an ellipsis where the sheet's face runs out of room", async () => {
    const text = "Sammenlignbare kommuner";
    const bounds = await textBounds(text, 40);
    const width = bounds.x2 - bounds.x1;
    expect(width).toBeLessThanOrEqual(40);
    expect(width).toBeGreaterThan(metrics.measure("semibold", "\u2026", 7.5));
    expect(
      [...Array(text.length).keys()].map((n) => metrics.measure("semibold", `${text.slice(0, n)}\u2026`, 7.5)),
    ).toContain(width);
  });
});
