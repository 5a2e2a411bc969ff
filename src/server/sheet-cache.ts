// Sheets made on demand with the same pipeline as `faktaark build`, kept by their inputs: municipality, language
// and the dataset's fingerprint. Concurrent requests for the same sheet share one rendering; the drawing itself is
// the renderer's (sheet-renderer.ts: this thread, or the worker pool). How many different drawings may wait is
// bounded: past that a request is told the server is busy (503) instead of queueing without end.
import { createHash } from "node:crypto";
import type { ChartSpec } from "../charts/types.js";
import type { MunicipalityRecord } from "../model/record.js";
import type { SheetPlanner } from "../pipeline.js";
import type { Lang } from "../sheet/format.js";
import type { ChartBlock, SheetModel } from "../sheet/model.js";
import { ByteLru } from "./lru.js";
import type { SheetRenderer } from "./sheet-renderer.js";

export interface SheetCacheOptions {
  readonly planner: SheetPlanner;
  readonly renderer: SheetRenderer;
  /** The dataset's fingerprint (fingerprintDataset): part of every key. */
  readonly fingerprint: string;
  /** Bound of the rendered PDFs and pages held in memory. */
  readonly maxBytes?: number;
  /** How many different drawings may be under way or waiting; more are refused with ServerBusy. */
  readonly maxPending?: number;
}

/** Thrown when more drawings are waiting than the cache takes: the visitor is asked to come back. */
export class ServerBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("for mange ark lages nå");
    this.name = "ServerBusy";
  }
}

/** Enough to keep the workers busy through a burst of visitors, few enough that a visitor waits a second or two
 * rather than twenty (measured with bench/load.ts: 32 let a cold sheet wait 21 s at p99 on 2 cores). */
const DEFAULT_MAX_PENDING = 8;

/** 64 MB holds every PDF of the country (357 × ~80 kB) with room for pages. */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Models are kept apart, small and bounded by their JSON size: a page and its PDF share one. */
const MODEL_MAX_BYTES = 16 * 1024 * 1024;

export type Rendered = Buffer | string;

export interface CacheStats {
  readonly entries: number;
  readonly bytes: number;
  readonly hits: number;
  readonly misses: number;
}

export class SheetCache {
  readonly #planner: SheetPlanner;
  readonly #renderer: SheetRenderer;
  readonly #fingerprint: string;
  readonly #rendered: ByteLru<Rendered>;
  readonly #models = new ByteLru<SheetModel>(MODEL_MAX_BYTES, (model) => JSON.stringify(model).length);
  readonly #pending = new Map<string, Promise<unknown>>();
  /** The size of everything rendered so far, kept after its bytes are evicted: a HEAD can say it without drawing. */
  readonly #sizes = new Map<string, number>();
  readonly #maxPending: number;
  #hits = 0;
  #misses = 0;

  constructor(options: SheetCacheOptions) {
    this.#planner = options.planner;
    this.#renderer = options.renderer;
    this.#maxPending = options.maxPending ?? DEFAULT_MAX_PENDING;
    this.#fingerprint = options.fingerprint;
    this.#rendered = new ByteLru<Rendered>(options.maxBytes ?? DEFAULT_MAX_BYTES, (value) =>
      typeof value === "string" ? Buffer.byteLength(value) : value.length,
    );
  }

  get stats(): CacheStats {
    return { entries: this.#rendered.size, bytes: this.#rendered.bytes, hits: this.#hits, misses: this.#misses };
  }

  keyOf(kind: string, record: MunicipalityRecord, lang: Lang): string {
    return this.keyOfParts(kind, record.code, lang);
  }

  /** The key of anything else a page makes from the dataset: a comparison of several sheets, a ranking. */
  keyOfParts(...parts: readonly string[]): string {
    return [...parts, this.#fingerprint].join("\u0000");
  }

  /** The entity tag of what `key` renders: the same inputs give the same bytes, so it is known before drawing. */
  etagOf(key: string): string {
    return `"${createHash("sha256").update(key).digest("hex").slice(0, 32)}"`;
  }

  /** The byte size of what `key` rendered, if it has been rendered by this process. */
  sizeOf(key: string): number | null {
    return this.#sizes.get(key) ?? null;
  }

  model(record: MunicipalityRecord, lang: Lang): SheetModel {
    const key = this.keyOf("model", record, lang);
    let model = this.#models.get(key);
    if (!model) {
      model = this.#planner.model(record, lang);
      this.#models.set(key, model);
    }
    return model;
  }

  /** The sheet's PDF, as `faktaark build` writes it. */
  pdf(record: MunicipalityRecord, lang: Lang): Promise<Buffer> {
    return this.rendered(this.keyOf("pdf", record, lang), async () => {
      return this.#renderer.pdf(this.model(record, lang));
    });
  }

  /** The sheet's figures as the workbook `build --xlsx` writes beside the PDF, kept like the PDFs; exceljs is loaded
   * by the first request for one. Its content is the key's (the zip's timestamps aside). */
  workbook(record: MunicipalityRecord, lang: Lang): Promise<Buffer> {
    return this.rendered(this.keyOf("xlsx", record, lang), async () => {
      const { buildSheetWorkbook } = await import("../xlsx/sheet-workbook.js");
      return buildSheetWorkbook(this.model(record, lang));
    });
  }

  /** One chart of the sheet as a PNG at print resolution, kept like the PDFs. */
  chartPng(record: MunicipalityRecord, lang: Lang, block: ChartBlock): Promise<Buffer> {
    return this.rendered(this.keyOf(`png:${block.id}`, record, lang), () => this.#renderer.chartPng(block.chart));
  }

  /** Draws one municipality's sheet in both languages, so that Vega's views are compiled and the texts read
   * before the first visitor asks (the first sheet of a process takes about a second longer than the rest). */
  async warmUp(record: MunicipalityRecord): Promise<void> {
    await this.pdf(record, "nb");
    await this.pdf(record, "nn");
  }

  /** Anything made from one sheet (a page, a preview), built once per key by `build` and kept like the PDFs. */
  rendered<T extends Rendered>(key: string, build: () => Promise<T>): Promise<T> {
    const cached = this.#rendered.get(key);
    if (cached !== undefined) {
      this.#hits += 1;
      return Promise.resolve(cached as T);
    }
    const pending = this.#pending.get(key);
    if (pending) return pending as Promise<T>;
    if (this.#pending.size >= this.#maxPending) throw new ServerBusy(5);
    this.#misses += 1;
    const stored = build()
      .then((value) => {
        this.#rendered.set(key, value);
        this.#sizes.set(key, typeof value === "string" ? Buffer.byteLength(value) : value.length);
        return value;
      })
      .finally(() => this.#pending.delete(key));
    this.#pending.set(key, stored);
    return stored;
  }

  /** The charts as SVG, drawn by the same views as the PDF's charts. */
  chartSvgs(charts: readonly ChartSpec[]): Promise<string[]> {
    return this.#renderer.chartSvgs(charts);
  }
}
