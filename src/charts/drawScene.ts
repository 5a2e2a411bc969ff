// Draws a Vega scenegraph onto a PDFKit page with Vega's own canvas mark drawers and a PDF-backed context.
import { unsupportedInPdf } from "./messages.js";
import { PdfContext, type PdfTarget } from "./pdfContext.js";

/** A node of Vega's scenegraph: a mark holding items (an item of a group mark holds marks in turn). */
export interface SceneMark {
  readonly marktype: string;
  readonly role?: string;
  readonly items: readonly unknown[];
  readonly clip?: boolean | ((context: PdfContext) => void);
  readonly group?: { readonly width?: number; readonly height?: number };
}

/** The part of a Vega mark module (vega's `Marks`) that draws on a canvas context. */
export interface MarkDrawer {
  draw(this: SceneDispatcher, context: PdfContext, scene: SceneMark, bounds: null): void;
}

export type MarkDrawers = Readonly<Record<string, MarkDrawer>>;

/** Vega's group drawer calls `this.draw` for each child mark: this plays the part of Vega's CanvasRenderer. */
export interface SceneDispatcher {
  draw(context: PdfContext, scene: SceneMark, bounds: null): void;
}

/** What drawing takes from Vega: its mark drawers and its tuple ids (vega's `Marks` and `tupleid`). */
export interface SceneVega {
  readonly Marks: MarkDrawers;
  tupleid(tuple: object): unknown;
}

function createDispatcher(vega: SceneVega): SceneDispatcher {
  const marks = vega.Marks;
  return {
    draw(context, given) {
      const scene = inMadeOrder(given, vega);
      const mark = marks[scene.marktype];
      if (!mark) throw new Error(unsupportedInPdf(`merketypen «${scene.marktype}»`));
      if (scene.clip) {
        context.save();
        context.beginPath();
        if (typeof scene.clip === "function") scene.clip(context);
        else context.rect(0, 0, scene.group?.width ?? 0, scene.group?.height ?? 0);
        context.clip();
      }
      mark.draw.call(this, context, scene, null);
      if (scene.clip) context.restore();
    },
  };
}

/**
 * The marks of axes and legends (ticks, grid lines, labels, legend entries) with their items in the order their
 * rows were made, as a new view draws them. Vega keeps such an item from one run to the next while its value
 * stays (a tick at 2020, a legend entry «Landet») and adds new ones after it, so a reused view would draw them in
 * an order that depends on the charts it drew before, and the same sheet would come out with other bytes in a
 * batch than alone. Axes and legends make new rows every run, in their own order; the item's row is the newest.
 */
function inMadeOrder(scene: SceneMark, vega: SceneVega): SceneMark {
  if (!scene.role || !ORDERED_ROLE.test(scene.role) || scene.items.length < 2) return scene;
  const made = (item: unknown) => {
    const datum = (item as { datum?: unknown }).datum;
    return typeof datum === "object" && datum !== null ? vega.tupleid(datum) : undefined;
  };
  if (!scene.items.every((item) => typeof made(item) === "number")) return scene;
  const items = [...scene.items].sort((a, b) => (made(a) as number) - (made(b) as number));
  return { ...scene, items };
}

const ORDERED_ROLE = /^(?:axis|legend)-/;

/** Where a scene is placed: the page position of the chart box's top-left corner plus Vega's own offset. */
export interface ScenePlacement {
  readonly x: number;
  readonly y: number;
}

/** Draws `root` (view.scenegraph().root) with its origin at `at`; leaves PDFKit's graphics state as it was. */
export function drawScene(doc: PdfTarget, vega: SceneVega, root: SceneMark, at: ScenePlacement): void {
  const context = new PdfContext(doc);
  context.save();
  try {
    context.translate(at.x, at.y);
    createDispatcher(vega).draw(context, root, null);
  } finally {
    // Even when a mark cannot be drawn, the page's graphics state must be balanced for what follows.
    context.finish();
  }
}
