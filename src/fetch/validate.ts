// Checks a response body before it may replace a file on disk: it must parse as JSON and have the shape the
// readers expect (JSON-stat2 `class: "dataset"` with id/size/value, or KLASS `codes`/`codeChanges`).
import * as message from "./messages.js";
import type { ResponseKind } from "./queries.js";

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const describe = (value: unknown): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? `en liste med ${value.length} elementer`
      : isObject(value)
        ? `et objekt med ${Object.keys(value).slice(0, 6).join(", ") || "ingen felt"}`
        : typeof value;

/** Null when the body is usable, else the message saying why not. */
export function findBodyProblem(text: string, kind: ResponseKind, what: string, url: string): string | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const reported = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    return message.notJson(what, url, reported ? Number(reported[1]) : text.length, text.length);
  }
  const wrong = (expected: string, found: string): string => message.wrongShape(what, url, expected, found);
  if (!isObject(doc)) return wrong("et JSON-objekt", describe(doc));
  switch (kind) {
    case "json-stat": {
      if (doc.class !== "dataset") return wrong("JSON-stat2 med «class»: «dataset»", describe(doc));
      const { id, size, value } = doc;
      if (!Array.isArray(id) || !Array.isArray(size) || id.length !== size.length)
        return wrong("«id» og «size» som like lange lister", `id: ${describe(id)}, size: ${describe(size)}`);
      if (!isObject(doc.dimension)) return wrong("«dimension» som objekt", describe(doc.dimension));
      const cells = size.reduce((product: number, n: unknown) => product * (typeof n === "number" ? n : Number.NaN), 1);
      if (!Array.isArray(value) && !isObject(value)) return wrong("«value» som liste", describe(value));
      if (Array.isArray(value) && value.length !== cells)
        return wrong(`${cells} verdier (produktet av «size»)`, `${value.length}`);
      return null;
    }
    case "klass-codes":
      return Array.isArray(doc.codes) && doc.codes.length > 0 ? null : wrong("KLASS «codes» med koder", describe(doc));
    case "klass-changes":
      return Array.isArray(doc.codeChanges) ? null : wrong("KLASS «codeChanges»", describe(doc));
  }
}
