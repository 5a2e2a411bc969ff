import { describe, expect, it } from "vitest";
import { PdfContext, type PdfTarget } from "../../src/charts/pdfContext.js";
import { createDoc, finishDoc, readPdfText } from "./pdfText.js";

/** Records what the context writes, standing in for PDFKit where only the operators matter. */
function createRecorder(): { target: PdfTarget; content: () => string } {
  const written: string[] = [];
  const target = {
    addContent(data: string) {
      written.push(data);
      return target;
    },
    fillOpacity(opacity: number) {
      written.push(`fillOpacity ${opacity}`);
      return target;
    },
    strokeOpacity(opacity: number) {
      written.push(`strokeOpacity ${opacity}`);
      return target;
    },
  } as unknown as PdfTarget;
  return { target, content: () => written.join("\n") };
}

describe("PdfContext", () => {
  it("transforms path points when they are added, as a canvas does (Vega's symbols rely on it)", () => {
    const { target, content } = createRecorder();
    const context = new PdfContext(target);
    context.translate(100, 50);
    context.beginPath();
    context.moveTo(1, 2);
    context.lineTo(3, 4);
    context.translate(-100, -50);
    context.strokeStyle = "#1f3b5a";
    context.stroke();
    context.finish();
    expect(content()).toContain("101 52 m\n103 54 l\nS");
    expect(content()).toContain("0.122 0.231 0.353 RG");
  });

  it("fills and then strokes the same path, writing colour and opacity only when they change", () => {
    const { target, content } = createRecorder();
    const context = new PdfContext(target);
    context.beginPath();
    context.rect(10, 20, 30, 40);
    context.fillStyle = "rgba(255, 0, 0, 0.5)";
    context.fill();
    context.strokeStyle = "black";
    context.lineWidth = 0.5;
    context.setLineDash([4, 2]);
    context.stroke();
    context.beginPath();
    context.rect(0, 0, 1, 1);
    context.fill();
    context.finish();
    expect(content()).toBe(
      [
        "1 0 0 rg",
        "fillOpacity 0.5",
        "10 20 30 40 re\nf\n0 0 0 RG\n0.5 w\n0 J\n0 j\n10 M\n[4 2] 0 d",
        "strokeOpacity 1",
        "10 20 30 40 re\nS\n0 0 1 1 re\nf",
      ].join("\n"),
    );
  });

  it("draws a full circle as four Bézier quarters", () => {
    const { target, content } = createRecorder();
    const context = new PdfContext(target);
    context.beginPath();
    context.arc(0, 0, 10, 0, 2 * Math.PI);
    context.fillStyle = "#000";
    context.fill();
    context.finish();
    const curves = content().match(/ c$/gm) ?? [];
    expect(curves).toHaveLength(4);
    expect(content()).toContain("10 0 m");
    expect(content()).toContain("0 10 c");
  });

  it("keeps nothing invisible: a transparent fill writes no path", () => {
    const { target, content } = createRecorder();
    const context = new PdfContext(target);
    context.beginPath();
    context.rect(0, 0, 5, 5);
    context.fillStyle = "transparent";
    context.fill();
    context.finish();
    expect(content()).toBe("");
  });

  it("places aligned and rotated text in the registered faces", async () => {
    const doc = createDoc();
    const context = new PdfContext(doc);
    context.fillStyle = "#222222";
    context.font = "600 8px 'Source Sans 3'";
    context.textAlign = "right";
    context.fillText("Høyrejustert", 200, 100);
    context.save();
    context.translate(50, 300);
    context.rotate(-Math.PI / 2);
    context.textAlign = "center";
    context.font = "italic 8px 'Source Sans 3'";
    context.fillText("Rotert", 0, 0);
    context.restore();
    context.finish();
    const text = readPdfText(await finishDoc(doc));
    expect(text).toContain("Høyrejustert");
    expect(text).toContain("Rotert");
  });

  it("refuses what it cannot draw instead of drawing something else", () => {
    const context = new PdfContext(createRecorder().target);
    expect(() => context.createLinearGradient()).toThrow("PDF-tegningen støtter ikke fargeoverganger (gradient)");
    expect(() => {
      context.globalCompositeOperation = "multiply";
    }).toThrow("PDF-tegningen støtter ikke blandingsmodusen «multiply»");
  });

  it("writes Vega-Lite's solid pattern [1, 0] as a solid line", () => {
    const { target, content } = createRecorder();
    const context = new PdfContext(target);
    context.beginPath();
    context.moveTo(0, 0);
    context.lineTo(10, 0);
    context.setLineDash([1, 0]);
    context.stroke();
    context.finish();
    expect(content()).toContain("[] 0 d");
    expect(content()).not.toContain("[1 0]");
  });

  it("balances the graphics state when drawing stops half-way", () => {
    const { target, content } = createRecorder();
    const context = new PdfContext(target);
    context.save();
    context.save();
    context.finish();
    expect(content()).toBe("q\nq\nQ\nQ");
  });
});
