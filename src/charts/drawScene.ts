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

/** What drawing takes from Vega: its mark drawers (vega's `Marks`). */
export interface SceneVega {
  readonly Marks: MarkDrawers;
}

function createDispatcher(vega: SceneVega): SceneDispatcher {
  const marks = vega.Marks;
  return {
    draw(context, scene) {
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
