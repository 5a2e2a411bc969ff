// A small canvas-2D-like context that writes PDF operators through PDFKit, so Vega's own canvas mark
// drawers (and its path generators) draw a scenegraph straight into the PDF: no SVG text in between.

import type { FontName } from "../pdf/fonts.js";
import { parseColor, type RgbaColor } from "./colors.js";
import { selectFontName } from "./fontMetrics.js";
import { unsupportedInPdf } from "./messages.js";

/** What a canvas context keeps across save()/restore(), plus what has been written to the PDF already. */
interface State {
  fillStyle: unknown;
  strokeStyle: unknown;
  globalAlpha: number;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  miterLimit: number;
  dash: readonly number[];
  lineDashOffset: number;
  font: string;
  textAlign: string;
  globalCompositeOperation: string;
  /** The current transform [a b c d e f], applied to path points as they are added, as a canvas does. */
  m: [number, number, number, number, number, number];
  // The PDF graphics state as written; undefined means "not known", so the next use writes it.
  pdfFill: string | undefined;
  pdfStroke: string | undefined;
  pdfFillAlpha: number | undefined;
  pdfStrokeAlpha: number | undefined;
  pdfLineWidth: number | undefined;
  pdfCap: number | undefined;
  pdfJoin: number | undefined;
  pdfMiter: number | undefined;
  pdfDash: string | undefined;
}

function createState(): State {
  return {
    fillStyle: "#000",
    strokeStyle: "#000",
    globalAlpha: 1,
    lineWidth: 1,
    lineCap: "butt",
    lineJoin: "miter",
    miterLimit: 10,
    dash: [],
    lineDashOffset: 0,
    font: "10px sans-serif",
    textAlign: "left",
    globalCompositeOperation: "source-over",
    m: [1, 0, 0, 1, 0, 0],
    pdfFill: undefined,
    pdfStroke: undefined,
    pdfFillAlpha: undefined,
    pdfStrokeAlpha: undefined,
    pdfLineWidth: undefined,
    pdfCap: undefined,
    pdfJoin: undefined,
    pdfMiter: undefined,
    pdfDash: undefined,
  };
}

const CAPS: Readonly<Record<string, number>> = { butt: 0, round: 1, square: 2 };
const JOINS: Readonly<Record<string, number>> = { miter: 0, round: 1, bevel: 2 };
const TAU = 2 * Math.PI;

/** A number as PDF content wants it: at most two decimals (1/100 pt), never exponent notation. */
function fmt(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? "0" : String(rounded);
}

interface ParsedFont {
  readonly name: FontName;
  readonly size: number;
}

const fontCache = new Map<string, ParsedFont>();

/** Reads the CSS font string Vega sets ("italic bold 8px 'Source Sans 3'") into a face and a size. */
function parseCssFont(css: string): ParsedFont {
  let parsed = fontCache.get(css);
  if (!parsed) {
    const match = /(?:^|\s)([\d.]+)px\s/.exec(css);
    const head = match ? css.slice(0, match.index) : "";
    const words = head.split(/\s+/);
    const fontStyle = words.includes("italic") ? "italic" : words.includes("oblique") ? "oblique" : undefined;
    const fontWeight = words.find((w) => /^(bold|bolder|semibold|normal|[1-9]00)$/.test(w));
    parsed = { name: selectFontName({ fontStyle, fontWeight }), size: match ? Number(match[1]) : 10 };
    fontCache.set(css, parsed);
  }
  return parsed;
}

/** The PDFKit calls this context makes; PDFKit's typings miss none of them. */
export type PdfTarget = Pick<
  PDFKit.PDFDocument,
  "addContent" | "font" | "fontSize" | "widthOfString" | "text" | "fillOpacity" | "strokeOpacity"
>;

/** How the chart's text is written: one line at the canvas's alphabetic baseline, never wrapped. */
const LINE = { lineBreak: false, baseline: "alphabetic" } as const;

export class PdfContext {
  /** Vega's canvas drawers scale some sizes by this; a PDF point is one Vega pixel. */
  readonly pixelRatio = 1;
  readonly #doc: PdfTarget;
  #state: State = createState();
  readonly #stack: State[] = [];
  #ops: string[] = [];
  #path: string[] = [];
  #hasPoint = false;
  #x = 0;
  #y = 0;
  #startX = 0;
  #startY = 0;

  constructor(doc: PdfTarget) {
    this.#doc = doc;
  }

  // --- state properties, as a canvas context has them ---
  get fillStyle(): unknown {
    return this.#state.fillStyle;
  }
  set fillStyle(value: unknown) {
    this.#state.fillStyle = value;
  }
  get strokeStyle(): unknown {
    return this.#state.strokeStyle;
  }
  set strokeStyle(value: unknown) {
    this.#state.strokeStyle = value;
  }
  get globalAlpha(): number {
    return this.#state.globalAlpha;
  }
  set globalAlpha(value: number) {
    this.#state.globalAlpha = value;
  }
  get lineWidth(): number {
    return this.#state.lineWidth;
  }
  set lineWidth(value: number) {
    this.#state.lineWidth = value;
  }
  get lineCap(): string {
    return this.#state.lineCap;
  }
  set lineCap(value: string) {
    this.#state.lineCap = value;
  }
  get lineJoin(): string {
    return this.#state.lineJoin;
  }
  set lineJoin(value: string) {
    this.#state.lineJoin = value;
  }
  get miterLimit(): number {
    return this.#state.miterLimit;
  }
  set miterLimit(value: number) {
    this.#state.miterLimit = value;
  }
  get lineDashOffset(): number {
    return this.#state.lineDashOffset;
  }
  set lineDashOffset(value: number) {
    this.#state.lineDashOffset = value;
  }
  get font(): string {
    return this.#state.font;
  }
  set font(value: string) {
    this.#state.font = value;
  }
  get textAlign(): string {
    return this.#state.textAlign;
  }
  set textAlign(value: string) {
    this.#state.textAlign = value;
  }
  get globalCompositeOperation(): string {
    return this.#state.globalCompositeOperation;
  }
  set globalCompositeOperation(value: string) {
    // PDFKit has no public blend-mode API; say so instead of drawing something else than asked for.
    if (value !== "source-over") throw new Error(unsupportedInPdf(`blandingsmodusen «${value}»`));
    this.#state.globalCompositeOperation = value;
  }
  setLineDash(dash: readonly number[]): void {
    this.#state.dash = dash.length % 2 === 1 ? [...dash, ...dash] : dash;
  }

  // --- graphics state stack and transforms ---
  save(): void {
    this.#stack.push({ ...this.#state, m: [...this.#state.m] });
    this.#ops.push("q");
  }
  restore(): void {
    const previous = this.#stack.pop();
    if (!previous) return;
    this.#state = previous;
    this.#ops.push("Q");
  }
  // Transforms only change the matrix: Vega translates while a path is being built (symbols), which a
  // PDF `cm` inside a path cannot express, so points are transformed as they are added.
  translate(x: number, y: number): void {
    const m = this.#state.m;
    m[4] += m[0] * x + m[2] * y;
    m[5] += m[1] * x + m[3] * y;
  }
  rotate(angle: number): void {
    if (angle === 0) return;
    const m = this.#state.m;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const [a, b, c, d] = m;
    m[0] = a * cos + c * sin;
    m[1] = b * cos + d * sin;
    m[2] = c * cos - a * sin;
    m[3] = d * cos - b * sin;
  }
  scale(x: number, y: number): void {
    const m = this.#state.m;
    m[0] *= x;
    m[1] *= x;
    m[2] *= y;
    m[3] *= y;
  }

  #point(x: number, y: number): string {
    const m = this.#state.m;
    return `${fmt(m[0] * x + m[2] * y + m[4])} ${fmt(m[1] * x + m[3] * y + m[5])}`;
  }

  // --- paths ---
  beginPath(): void {
    this.#path = [];
    this.#hasPoint = false;
  }
  moveTo(x: number, y: number): void {
    this.#path.push(`${this.#point(x, y)} m`);
    this.#x = this.#startX = x;
    this.#y = this.#startY = y;
    this.#hasPoint = true;
  }
  lineTo(x: number, y: number): void {
    if (!this.#hasPoint) {
      this.moveTo(x, y);
      return;
    }
    this.#path.push(`${this.#point(x, y)} l`);
    this.#x = x;
    this.#y = y;
  }
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    if (!this.#hasPoint) this.moveTo(x1, y1);
    this.#path.push(`${this.#point(x1, y1)} ${this.#point(x2, y2)} ${this.#point(x, y)} c`);
    this.#x = x;
    this.#y = y;
  }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    if (!this.#hasPoint) this.moveTo(cx, cy);
    // A quadratic Bézier is the cubic whose control points lie 2/3 of the way to the quadratic's.
    // (The current point is kept in the coordinates it was given in; Vega never transforms mid-curve.)
    const x0 = this.#x;
    const y0 = this.#y;
    this.bezierCurveTo(
      x0 + (2 / 3) * (cx - x0),
      y0 + (2 / 3) * (cy - y0),
      x + (2 / 3) * (cx - x),
      y + (2 / 3) * (cy - y),
      x,
      y,
    );
  }
  rect(x: number, y: number, width: number, height: number): void {
    const m = this.#state.m;
    if (m[1] === 0 && m[2] === 0) {
      const x0 = m[0] * x + m[4];
      const y0 = m[3] * y + m[5];
      this.#path.push(`${fmt(x0)} ${fmt(y0)} ${fmt(m[0] * width)} ${fmt(m[3] * height)} re`);
      this.#x = this.#startX = x;
      this.#y = this.#startY = y;
      this.#hasPoint = true;
      return;
    }
    this.moveTo(x, y);
    this.lineTo(x + width, y);
    this.lineTo(x + width, y + height);
    this.lineTo(x, y + height);
    this.closePath();
  }
  closePath(): void {
    if (!this.#hasPoint) return;
    this.#path.push("h");
    this.#x = this.#startX;
    this.#y = this.#startY;
  }
  /** Canvas arc semantics (a line from the current point, clockwise unless `counterclockwise`), as cubic Béziers. */
  arc(cx: number, cy: number, r: number, start: number, end: number, counterclockwise = false): void {
    let sweep: number;
    if (counterclockwise) {
      const d = start - end;
      sweep = d >= TAU ? -TAU : -(((d % TAU) + TAU) % TAU);
    } else {
      const d = end - start;
      sweep = d >= TAU ? TAU : ((d % TAU) + TAU) % TAU;
    }
    const x0 = cx + r * Math.cos(start);
    const y0 = cy + r * Math.sin(start);
    if (this.#hasPoint) this.lineTo(x0, y0);
    else this.moveTo(x0, y0);
    if (r <= 0 || sweep === 0) return;
    const segments = Math.ceil(Math.abs(sweep) / (Math.PI / 2) - 1e-9);
    const step = sweep / segments;
    const k = (4 / 3) * Math.tan(step / 4);
    let a = start;
    for (let i = 0; i < segments; i++) {
      const b = a + step;
      const cosA = Math.cos(a);
      const sinA = Math.sin(a);
      const cosB = Math.cos(b);
      const sinB = Math.sin(b);
      this.bezierCurveTo(
        cx + r * (cosA - k * sinA),
        cy + r * (sinA + k * cosA),
        cx + r * (cosB + k * sinB),
        cy + r * (sinB - k * cosB),
        cx + r * cosB,
        cy + r * sinB,
      );
      a = b;
    }
  }

  // --- painting ---
  fill(): void {
    if (this.#path.length === 0 || !this.#applyFill()) return;
    this.#ops.push(this.#path.join("\n"), "f");
  }
  stroke(): void {
    if (this.#path.length === 0 || !this.#applyStroke()) return;
    this.#ops.push(this.#path.join("\n"), "S");
  }
  clip(): void {
    if (this.#path.length === 0) return;
    this.#ops.push(this.#path.join("\n"), "W n");
  }

  fillText(text: string, x: number, y: number): void {
    if (text.length === 0 || !this.#applyFill()) return;
    this.#flush();
    const { name, size } = parseCssFont(this.#state.font);
    const doc = this.#doc;
    doc.font(name).fontSize(size);
    const align = this.#state.textAlign;
    let left = x;
    if (align !== "left" && align !== "start") {
      const width = doc.widthOfString(text);
      left -= align === "center" ? width / 2 : width;
    }
    const m = this.#state.m;
    if (m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1) {
      doc.text(text, left + m[4], y + m[5], LINE);
      return;
    }
    // Rotated text (axis titles, angled labels): PDFKit's text honours the current PDF transform.
    doc.addContent(`q ${m.map((v) => v.toFixed(5)).join(" ")} cm`);
    doc.text(text, left, y, LINE);
    doc.addContent("Q");
  }
  strokeText(): void {
    throw new Error(unsupportedInPdf("tekst med omriss (stroke på tekst)"));
  }
  createLinearGradient(): never {
    throw new Error(unsupportedInPdf("fargeoverganger (gradient)"));
  }
  createRadialGradient(): never {
    throw new Error(unsupportedInPdf("fargeoverganger (gradient)"));
  }
  createPattern(): never {
    throw new Error(unsupportedInPdf("mønsterfyll"));
  }
  drawImage(): never {
    throw new Error(unsupportedInPdf("bilder (image)"));
  }

  /** Closes any save() left open (a drawing that failed half-way) and writes what is buffered to the page. */
  finish(): void {
    while (this.#stack.length > 0) this.restore();
    this.#flush();
  }

  #flush(): void {
    if (this.#ops.length === 0) return;
    this.#doc.addContent(this.#ops.join("\n"));
    this.#ops = [];
  }

  #color(style: unknown, role: string): RgbaColor {
    if (typeof style !== "string") throw new Error(unsupportedInPdf(`annet enn en fargekode som ${role}`));
    return parseColor(style);
  }

  #applyFill(): boolean {
    const state = this.#state;
    const color = this.#color(state.fillStyle, "fill");
    const alpha = color.alpha * state.globalAlpha;
    if (alpha <= 0) return false;
    if (state.pdfFill !== color.rgb) {
      this.#ops.push(`${color.rgb} rg`);
      state.pdfFill = color.rgb;
    }
    if (state.pdfFillAlpha !== alpha) {
      this.#flush();
      this.#doc.fillOpacity(alpha);
      state.pdfFillAlpha = alpha;
    }
    return true;
  }

  #applyStroke(): boolean {
    const state = this.#state;
    const color = this.#color(state.strokeStyle, "stroke");
    const alpha = color.alpha * state.globalAlpha;
    if (alpha <= 0 || state.lineWidth <= 0) return false;
    const ops = this.#ops;
    if (state.pdfStroke !== color.rgb) {
      ops.push(`${color.rgb} RG`);
      state.pdfStroke = color.rgb;
    }
    if (state.pdfLineWidth !== state.lineWidth) {
      ops.push(`${fmt(state.lineWidth)} w`);
      state.pdfLineWidth = state.lineWidth;
    }
    const cap = CAPS[state.lineCap] ?? 0;
    if (state.pdfCap !== cap) {
      ops.push(`${cap} J`);
      state.pdfCap = cap;
    }
    const join = JOINS[state.lineJoin] ?? 0;
    if (state.pdfJoin !== join) {
      ops.push(`${join} j`);
      state.pdfJoin = join;
    }
    if (state.pdfMiter !== state.miterLimit) {
      ops.push(`${fmt(state.miterLimit)} M`);
      state.pdfMiter = state.miterLimit;
    }
    // A pattern whose gaps are all zero (Vega-Lite's [1, 0] for "solid") is written as solid: some viewers
    // draw zero-length gaps as breaks.
    const dash = state.dash.some((d, i) => i % 2 === 1 && d > 0)
      ? `[${state.dash.map(fmt).join(" ")}] ${fmt(state.lineDashOffset)} d`
      : "[] 0 d";
    if (state.pdfDash !== dash) {
      ops.push(dash);
      state.pdfDash = dash;
    }
    if (state.pdfStrokeAlpha !== alpha) {
      this.#flush();
      this.#doc.strokeOpacity(alpha);
      state.pdfStrokeAlpha = alpha;
    }
    return true;
  }
}
