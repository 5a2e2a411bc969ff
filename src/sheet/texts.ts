// The sheet's words: templates/<lang>/tekster.json (short texts) and funn.hbs (key findings), both Handlebars,
// editable without touching code. Loaded and compiled once per language and process.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { UserError } from "../errors.js";
import type { Lang } from "./format.js";

export type TextContext = Readonly<Record<string, unknown>>;

export interface SheetTexts {
  readonly lang: Lang;
  /** The text at a dotted key ("charts.ageGroups"), filled in from `context`. */
  text(key: string, context?: TextContext): string;
  /** The key findings: one paragraph per finding, empty ones dropped. */
  findings(context: TextContext): string[];
}

type TextTree = { readonly [key: string]: string | TextTree };

export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL("../../templates", import.meta.url));

const cache = new Map<string, SheetTexts>();

export function loadSheetTexts(lang: Lang, templatesDir = DEFAULT_TEMPLATES_DIR): SheetTexts {
  const cacheKey = `${templatesDir}\0${lang}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const texts = compileSheetTexts(
    lang,
    readTextFile(templatesDir, lang, "tekster.json"),
    readTextFile(templatesDir, lang, "funn.hbs"),
  );
  cache.set(cacheKey, texts);
  return texts;
}

function readTextFile(dir: string, lang: Lang, name: string): { path: string; content: string } {
  const path = join(dir, lang, name);
  try {
    return { path, content: readFileSync(path, "utf8") };
  } catch {
    throw new UserError(`Fant ikke malfilen ${path} (språk «${lang}»).`);
  }
}

export function compileSheetTexts(
  lang: Lang,
  textsFile: { path: string; content: string },
  findingsFile: { path: string; content: string },
): SheetTexts {
  let tree: TextTree;
  try {
    tree = JSON.parse(textsFile.content) as TextTree;
  } catch (error) {
    throw new UserError(`${textsFile.path}: er ikke gyldig JSON: ${(error as Error).message}`);
  }
  const compiled = new Map<string, RenderText>();
  const options = { noEscape: true, strict: false } as const;
  const findings = compileTemplate(findingsFile.content, findingsFile.path, options);
  return {
    lang,
    text(key, context = {}) {
      let template = compiled.get(key);
      if (!template) {
        const source = lookup(tree, key);
        if (typeof source !== "string") {
          throw new UserError(`${textsFile.path}: mangler teksten «${key}».`);
        }
        template = compileTemplate(source, `${textsFile.path} (${key})`, options);
        compiled.set(key, template);
      }
      return template(context).trim();
    },
    findings(context) {
      return (
        findings(context)
          .split(/\n\s*\n/)
          // Only the template's own line breaks and indentation are folded: \s would also take the no-break spaces
          // that hold a figure together («5 153», «12,5 %»), and the line breaker could then split it.
          .map((paragraph) => paragraph.replace(/[ \t\r\n]+/g, " ").trim())
          .filter((paragraph) => paragraph.length > 0)
      );
    },
  };
}

/** A compiled text: the text filled in from a context. */
type RenderText = (context: TextContext) => string;

/**
 * Compiles a text. One without `{{` has nothing for Handlebars to fill in and is its own output: it is kept as it
 * is. (Handlebars would return it unchanged, but merges and wraps all its helpers on every call: 132 of the 212
 * texts a sheet renders are such texts, and those calls were ~30 % of what the main thread allocates while it
 * builds a batch's sheet models.)
 */
function compileTemplate(source: string, where: string, options: CompileOptions): RenderText {
  if (!source.includes("{{")) return () => source;
  try {
    const template = Handlebars.compile(source, options);
    template({}); // compile now, so a syntax error names the file rather than the first sheet that uses it
    return template;
  } catch (error) {
    throw new UserError(`${where}: feil i Handlebars-malen: ${(error as Error).message}`);
  }
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

function lookup(tree: TextTree, key: string): string | TextTree | undefined {
  let node: string | TextTree | undefined = tree;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return node;
}

/** Every dotted key of a text tree, for checking that both languages say the same things. */
export function listTextKeys(content: string): string[] {
  const keys: string[] = [];
  const walk = (node: TextTree, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string") keys.push(prefix + key);
      else walk(value, `${prefix}${key}.`);
    }
  };
  walk(JSON.parse(content) as TextTree, "");
  return keys.sort();
}
