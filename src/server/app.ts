// The adviser web page as a Hono app: thin routes over the same pipeline as `faktaark build`. A pure factory —
// it is given the planner and the chart renderer — so tests run it with `app.request` and no network.
//
//   GET /                              search page (GET /?q= lists results without JavaScript)
//   GET /api/sok?q=                    search as JSON, for search-as-you-type
//   GET /kommune/:knr                  the municipality's sheet as a page (?lang=nb|nn); an ended number (5401) is
//                                      redirected to today's municipality (302, with ?fra=5401 for the page's note),
//                                      or, when it was split (1507), answered with the municipalities it went into (300)
//   GET /kommune/:knr/faktaark.pdf     the sheet's PDF (?lang=nb|nn), as an attachment
//   GET /kommune/:knr/faktaark.xlsx    the workbook `build --xlsx` writes beside the PDF (?lang=nb|nn), as an attachment
//   GET /kommune/:knr/figur/:navn.png  one chart of the sheet as a PNG at 300 dpi (?lang=nb|nn), as an attachment
//   GET /sammenlign?k=…&k=…            two to four municipalities side by side, by number or name (?lang=nb|nn);
//                                      the form alone without k, 400 with the reason for one, five or an unknown name
//   GET /rangering                     the ranking of `faktaark rank`, each row linked to its sheet (?fylke=50,
//                                      ?vekstklasse=vekstpress)
//   GET /health                        for monitoring
//   GET /static/…                      the fixed list of assets in assets.ts
//
// Sheets, their pages, comparisons and rankings carry an ETag known before drawing (If-None-Match gives 304 without
// rendering); HEAD never renders and gives Content-Length once the answer has been drawn; other methods get 405 with
// Allow; a path with a trailing slash is redirected to the one without.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context } from "hono";
import { Hono } from "hono";
import { methodNotAllowed } from "hono/method-not-allowed";
import { secureHeaders } from "hono/secure-headers";
import { trimTrailingSlash } from "hono/trailing-slash";
import { workbookPath } from "../batch/files.js";
import { SheetDataError } from "../errors.js";
import { GROWTH_GROUPS } from "../indicators/growth-classes.js";
import { createChangeMap } from "../model/changes.js";
import { findMunicipalities } from "../model/find.js";
import type { MunicipalityRecord } from "../model/record.js";
import type { SheetPlanner } from "../pipeline.js";
import { findChartBlock, listChartBlocks } from "../sheet/chart-blocks.js";
import type { Lang } from "../sheet/format.js";
import type { ChartBlock, SheetModel } from "../sheet/model.js";
import { loadStaticAssets } from "./assets.js";
import { parseCompareRequest } from "./compare-request.js";
import { fingerprintDataset } from "./fingerprint.js";
import { parseLangParam, parseMunicipalityParam, parseQueryParam } from "./input.js";
import { findMovedFrom, followOldCode, type OldCode } from "./old-codes.js";
import { renderComparePage } from "./pages/compare-page.js";
import {
  renderAmbiguousPage,
  renderBadRequestPage,
  renderNotFoundPage,
  renderSheetDataErrorPage,
  renderSplitMunicipalityPage,
  renderUnknownFigurePage,
  renderUnknownMunicipalityPage,
  SERVER_ERROR_PAGE,
  type SiteInfo,
} from "./pages/error-pages.js";
import { type Html, toHtmlString } from "./pages/layout.js";
import { groupByCounty } from "./pages/municipality-list.js";
import { renderMunicipalityPage } from "./pages/municipality-page.js";
import { renderRankingPage } from "./pages/ranking-page.js";
import { renderSearchPage } from "./pages/search-page.js";
import { pathOf } from "./paths.js";
import { searchMunicipalities, suggestMunicipalities, toHit } from "./search.js";
import { ServerBusy, SheetCache } from "./sheet-cache.js";
import type { SheetRenderer } from "./sheet-renderer.js";

/** What Excel opens: an Office Open XML workbook. */
const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface AppOptions {
  readonly planner: SheetPlanner;
  /** Draws sheets and charts: in this thread (inThreadRenderer) or on a worker pool (poolRenderer). */
  readonly renderer: SheetRenderer;
  /** How many different drawings may wait before visitors get 503 (SheetCache). */
  readonly maxPending?: number;
  /** Part of every cache key; by default the hash of the dataset's files (fingerprintDataset). */
  readonly fingerprint?: string;
  /** Bound of the in-memory cache of rendered PDFs and pages. */
  readonly cacheBytes?: number;
  /** Where an internal error goes; the visitor only sees a generic page. Default: stderr. */
  readonly logError?: (error: unknown, request: Request) => void;
}

export interface FaktaarkApp {
  readonly app: Hono;
  readonly cache: SheetCache;
}

export function createApp(options: AppOptions): FaktaarkApp {
  const { planner } = options;
  const dataset = planner.dataset;
  const site: SiteInfo = { isSample: dataset.isSample, dataYear: dataset.dataYear };
  const byCode = new Map(planner.records.map((record) => [record.code, record]));
  const changes = createChangeMap(planner.records);
  const counties = groupByCounty(planner.records).map(({ code, name }) => ({ code, name }));
  const assets = loadStaticAssets();
  const cache = new SheetCache({
    planner,
    renderer: options.renderer,
    ...(options.maxPending === undefined ? {} : { maxPending: options.maxPending }),
    fingerprint: options.fingerprint ?? fingerprintDataset(dataset),
    ...(options.cacheBytes === undefined ? {} : { maxBytes: options.cacheBytes }),
  });
  const logError = options.logError ?? defaultLogError;

  const app = new Hono();
  app.use(methodNotAllowed({ app }));
  app.use(trimTrailingSlash());

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      // Same-origin only: the page loads nothing from elsewhere.
      crossOriginResourcePolicy: "same-origin",
    }),
  );

  const sendPage = async (c: Context, page: Html, status: 200 | 300 | 400 | 404 | 500 = 200) =>
    c.html(await toHtmlString(page), status);

  /** Today's municipality an ended number leads to, with the number for the page's note; or, when it was split, the
   * old number's own address, which lists the municipalities it went into. */
  const movedPath = (old: OldCode, rest = "", query: Record<string, string> = {}): string => {
    const [only, ...more] = old.successors;
    if (!only || more.length > 0) return `/kommune/${old.code}${queryOf(query)}`;
    return `${pathOf(only)}${rest}${queryOf(rest === "" ? { fra: old.code, ...query } : query)}`;
  };

  app.get("/", async (c) => {
    const query = parseQueryParam(c.req.query("q"));
    if (!query.ok) return sendPage(c, renderBadRequestPage("Søketeksten er for lang.", site), 400);
    const searched = c.req.query("q") !== undefined;
    if (searched) {
      const { exact } = findMunicipalities(planner.records, query.text);
      // A search that names one municipality goes straight to it, as choosing it in the list would.
      if (exact.length === 1) return c.redirect(`/kommune/${exact[0]!.code}`, 302);
      const old = /^\d{4}$/.test(query.text) ? followOldCode(changes, byCode, query.text) : null;
      if (old) return c.redirect(movedPath(old), 302);
    }
    const hits = searched ? (query.text === "" ? [] : searchMunicipalities(planner.records, query.text)) : null;
    return sendPage(c, renderSearchPage({ query: query.text, hits, records: planner.records, ...site }));
  });

  app.get("/api/sok", (c) => {
    const query = parseQueryParam(c.req.query("q"));
    if (!query.ok) return c.json({ error: "Søketeksten er for lang (høyst 100 tegn)." }, 400);
    const found = query.text === "" ? [] : searchMunicipalities(planner.records, query.text);
    // An ended number finds the municipalities it went into.
    const old = found.length === 0 && /^\d{4}$/.test(query.text) ? followOldCode(changes, byCode, query.text) : null;
    return c.json({ query: query.text, results: (old?.successors ?? found).map(toHit) });
  });

  /** The record a `:knr` names, or the response that says why there is none. */
  const resolveParam = async (c: Context, raw: string, rest = ""): Promise<MunicipalityRecord | Response> => {
    const param = parseMunicipalityParam(raw);
    if (param.kind === "invalid") {
      const message =
        param.reason === "too-long"
          ? "Adressen er for lang til å være et kommunenummer."
          : "Et kommunenummer har fire sifre, for eksempel 5501 for Tromsø.";
      return sendPage(c, renderBadRequestPage(message, site), 400);
    }
    const lang = parseLangParam(c.req.query("lang"));
    const langQuery: Record<string, string> = lang === "nb" || lang === "nn" ? { lang } : {};
    if (param.kind === "code") {
      const record = byCode.get(param.code);
      if (record) return record;
      const old = followOldCode(changes, byCode, param.code);
      if (old && old.successors.length > 1) return sendPage(c, renderSplitMunicipalityPage(old, site), 300);
      // 302, as for a name: where an ended number leads is read from the KLASS changes of the dataset served, which
      // a later dataset may revise. A 301 would be kept by browsers for good.
      if (old) return c.redirect(movedPath(old, rest, langQuery), 302);
      return sendPage(
        c,
        renderUnknownMunicipalityPage(param.code, suggestMunicipalities(planner.records, param.code), site),
        404,
      );
    }
    const { exact } = findMunicipalities(planner.records, param.text);
    if (exact.length === 1) return c.redirect(`/kommune/${exact[0]!.code}${rest}${queryOf(langQuery)}`, 302);
    if (exact.length > 1) return sendPage(c, renderAmbiguousPage(param.text, exact, site), 300);
    return sendPage(
      c,
      renderUnknownMunicipalityPage(param.text, suggestMunicipalities(planner.records, param.text), site),
      404,
    );
  };

  const resolveLang = (c: Context, record: MunicipalityRecord): Lang | null => {
    const lang = parseLangParam(c.req.query("lang"));
    if (lang === "invalid") return null;
    return lang === "default" ? planner.languageOf(record) : lang;
  };

  const badLang = (c: Context) =>
    sendPage(c, renderBadRequestPage("Målform må være lang=nb (bokmål) eller lang=nn (nynorsk).", site), 400);

  app.get("/kommune/:knr", async (c) => {
    const record = await resolveParam(c, c.req.param("knr"));
    if (record instanceof Response) return record;
    const lang = resolveLang(c, record);
    if (lang === null) return badLang(c);
    const movedFrom = findMovedFrom(changes, byCode, record, c.req.query("fra"));
    const key = cache.keyOf(movedFrom ? `page:fra=${movedFrom.code}` : "page", record, lang);
    const known = answerWithoutRendering(c, cache, key, "text/html; charset=UTF-8");
    if (known) return known;
    const page = await cache.rendered(key, async () => {
      const model = cache.model(record, lang);
      return toHtmlString(
        renderMunicipalityPage({
          record,
          model,
          charts: await drawCharts(cache, model),
          neighbours: planner.inCounty(record.county.code).filter((other) => other.code !== record.code),
          records: planner.records,
          movedFrom,
          ownLang: planner.languageOf(record),
          dataYear: dataset.dataYear,
        }),
      );
    });
    return c.html(page, 200, { etag: cache.etagOf(key), "cache-control": "no-cache" });
  });

  /** A file made from the sheet (?lang=nb|nn), as an attachment named as `build` names it beside the others. */
  const sendSheetFile = async (
    c: Context,
    param: string,
    ext: "pdf" | "xlsx",
    contentType: string,
    make: (record: MunicipalityRecord, lang: Lang) => Promise<Buffer>,
  ) => {
    const record = await resolveParam(c, param, `/faktaark.${ext}`);
    if (record instanceof Response) return record;
    const lang = resolveLang(c, record);
    if (lang === null) return badLang(c);
    // The name is ASCII by construction (sheetFileName folds æ, ø, å and drops everything else).
    const name = planner.fileNameFor(record, lang);
    c.header("content-disposition", `attachment; filename="${ext === "pdf" ? name : workbookPath(name)}"`);
    const key = cache.keyOf(ext, record, lang);
    const known = answerWithoutRendering(c, cache, key, contentType);
    if (known) return known;
    const bytes = await make(record, lang);
    return c.body(new Uint8Array(bytes), 200, {
      "content-type": contentType,
      etag: cache.etagOf(key),
      "cache-control": "no-cache",
    });
  };

  app.get("/kommune/:knr/faktaark.pdf", (c) =>
    sendSheetFile(c, c.req.param("knr"), "pdf", "application/pdf", (record, lang) => cache.pdf(record, lang)),
  );
  app.get("/kommune/:knr/faktaark.xlsx", (c) =>
    sendSheetFile(c, c.req.param("knr"), "xlsx", XLSX_CONTENT_TYPE, (record, lang) => cache.workbook(record, lang)),
  );

  app.get("/kommune/:knr/figur/:file", async (c) => {
    const file = c.req.param("file");
    const record = await resolveParam(c, c.req.param("knr"), `/figur/${encodeURIComponent(file)}`);
    if (record instanceof Response) return record;
    const lang = resolveLang(c, record);
    if (lang === null) return badLang(c);
    const model = cache.model(record, lang);
    const name = /^([a-z-]+)\.png$/.exec(file)?.[1];
    const block = name === undefined ? undefined : findChartBlock(model, name);
    if (!block) {
      return sendPage(c, renderUnknownFigurePage(file, record, lang, listChartBlocks(model), site), 404);
    }
    // ASCII by construction, as the PDF's name.
    c.header(
      "content-disposition",
      `attachment; filename="${planner.figureFileNameFor(record, lang, block.id, "png")}"`,
    );
    const key = cache.keyOf(`png:${block.id}`, record, lang);
    const known = answerWithoutRendering(c, cache, key, "image/png");
    if (known) return known;
    const png = await cache.chartPng(record, lang, block);
    return c.body(new Uint8Array(png), 200, {
      "content-type": "image/png",
      etag: cache.etagOf(key),
      "cache-control": "no-cache",
    });
  });

  app.get("/sammenlign", async (c) => {
    const asked = parseLangParam(c.req.query("lang"));
    if (asked === "invalid") return badLang(c);
    // One language for all, so that the labels line up: bokmål unless nynorsk is asked for.
    const lang: Lang = asked === "default" ? "nb" : asked;
    const fields = c.req.queries("k") ?? [];
    const request = parseCompareRequest(planner.records, fields, (code) => followOldCode(changes, byCode, code));
    const shared = { lang, records: planner.records, ...site };
    if (request.kind === "empty") return sendPage(c, renderComparePage({ sheets: [], ...shared }));
    if (request.kind === "invalid") {
      return sendPage(c, renderComparePage({ sheets: [], asked: fields, error: request.message, ...shared }), 400);
    }
    const key = cache.keyOfParts("compare", request.records.map((record) => record.code).join(","), lang);
    const known = answerWithoutRendering(c, cache, key, "text/html; charset=UTF-8");
    if (known) return known;
    const page = await cache.rendered(key, async () => {
      const sheets = await Promise.all(
        request.records.map(async (record) => {
          const model = cache.model(record, lang);
          return { record, model, charts: await drawCharts(cache, model) };
        }),
      );
      return toHtmlString(renderComparePage({ sheets, ...shared }));
    });
    return c.html(page, 200, { etag: cache.etagOf(key), "cache-control": "no-cache" });
  });

  app.get("/rangering", async (c) => {
    const asked = (c.req.query("fylke") ?? "").trim();
    if (asked !== "" && !/^\d{2}$/.test(asked)) {
      const message = "Fylket må være et fylkesnummer med to sifre, for eksempel 50 for Trøndelag.";
      return sendPage(c, renderBadRequestPage(message, site), 400);
    }
    const county = counties.find((candidate) => candidate.code === asked) ?? null;
    if (asked !== "" && county === null) {
      return sendPage(c, renderBadRequestPage(`Ingen fylker har nummer ${asked}.`, site), 404);
    }
    const askedGroup = (c.req.query("vekstklasse") ?? "").trim().toLowerCase();
    const growthGroup = GROWTH_GROUPS.find((group) => group === askedGroup) ?? null;
    if (askedGroup !== "" && growthGroup === null) {
      const message = `Vekstklassen må være en av ${GROWTH_GROUPS.map((group) => `«${group}»`).join(", ")}.`;
      return sendPage(c, renderBadRequestPage(message, site), 400);
    }
    const key = cache.keyOfParts("rank", asked, askedGroup);
    const known = answerWithoutRendering(c, cache, key, "text/html; charset=UTF-8");
    if (known) return known;
    const page = await cache.rendered(key, async () => {
      const ranking = planner.rank(county?.code, growthGroup ?? undefined);
      const modelFile = ranking ? relative(PROJECT_ROOT, ranking.model.file) : "";
      return toHtmlString(renderRankingPage({ ranking, county, counties, growthGroup, modelFile, ...site }));
    });
    return c.html(page, 200, { etag: cache.etagOf(key), "cache-control": "no-cache" });
  });

  app.get("/health", (c) =>
    c.json({
      status: "ok",
      municipalities: planner.records.length,
      dataYear: dataset.dataYear,
      sample: dataset.isSample,
      cache: cache.stats,
    }),
  );

  app.get("/static/*", async (c) => {
    const asset = assets.get(c.req.path);
    if (!asset) return sendPage(c, renderNotFoundPage(site), 404);
    return c.body(new Uint8Array(asset.body), 200, {
      "content-type": asset.contentType,
      "cache-control": "public, max-age=3600",
    });
  });

  app.notFound((c) => sendPage(c, renderNotFoundPage(site), 404));

  app.onError((error, c) => {
    if (error instanceof ServerBusy) {
      const headers = { "retry-after": String(error.retryAfterSeconds) };
      if (c.req.path.startsWith("/api/")) return c.json({ error: BUSY_TEXT }, 503, headers);
      return c.html(BUSY_PAGE, 503, headers);
    }
    logError(error, c.req.raw);
    if (error instanceof SheetDataError) {
      if (c.req.path.startsWith("/api/")) return c.json({ error: error.message }, 500);
      return sendPage(c, renderSheetDataErrorPage(site, error.detail), 500);
    }
    if (c.req.path.startsWith("/api/")) return c.json({ error: "Intern feil. Prøv igjen senere." }, 500);
    return c.html(SERVER_ERROR_PAGE, 500);
  });

  return { app, cache };
}

/**
 * The answer to a request that needs no drawing: 304 when the client holds the current version, or a HEAD's
 * headers (with the size once known). Null when the body must be rendered.
 */
function answerWithoutRendering(c: Context, cache: SheetCache, key: string, contentType: string): Response | null {
  const etag = cache.etagOf(key);
  const headers: Record<string, string> = { etag, "cache-control": "no-cache", "content-type": contentType };
  const held = c.req.header("if-none-match");
  if (held?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return c.body(null, 304, headers);
  }
  if (c.req.method !== "HEAD") return null;
  const size = cache.sizeOf(key);
  return c.body(null, 200, size === null ? headers : { ...headers, "content-length": String(size) });
}

/** Every chart of the sheet as SVG, drawn by the same views as the PDF's charts. */
async function drawCharts(cache: SheetCache, model: SheetModel): Promise<Map<ChartBlock, string>> {
  const blocks = listChartBlocks(model);
  const svgs = await cache.chartSvgs(blocks.map((block) => block.chart));
  return new Map(blocks.map((block, index) => [block, svgs[index] ?? ""]));
}

/** "?fra=5401&lang=nn", or "" without parameters. */
function queryOf(params: Readonly<Record<string, string>>): string {
  const query = new URLSearchParams(params).toString();
  return query === "" ? "" : `?${query}`;
}

/** The project's root, from src/server and dist/server alike: the ranking names the indicator model's file from
 * there, as `faktaark rank` run there does ("data/config/indikatormodell.csv"). */
const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

const BUSY_TEXT = "Mange ark lages akkurat nå. Prøv igjen om noen sekunder.";
const BUSY_PAGE = `<!doctype html><html lang="nb"><meta charset="utf-8"><title>Prøv igjen om litt</title><p>${BUSY_TEXT}</p></html>`;

function defaultLogError(error: unknown, request: Request): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`faktaark serve: ${request.method} ${new URL(request.url).pathname}: ${detail}\n`);
}
