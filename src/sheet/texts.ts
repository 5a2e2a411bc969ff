// The sheet's words: templates/<lang>/tekster.json (short texts) and funn.hbs (key findings), both Handlebars,
// editable without touching code. Loaded and compiled once per language and process.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { UserError } from "../errors.js";
import type { Lang } from "./format.js";
import * as say from "./messages.js";
import {
  type Direction,
  markDirection,
  numbersIn,
  numbersInValues,
  type Statement,
  takeDirections,
} from "./statements.js";

export type TextContext = Readonly<Record<string, unknown>>;

export interface SheetTexts {
  readonly lang: Lang;
  /** The text at a dotted key ("charts.ageGroups"), filled in from `context`. */
  text(key: string, context?: TextContext): string;
  /** The same text with the numbers it was given and the figures behind its direction words. */
  statement(key: string, context?: TextContext): Statement;
  /** The key findings: one paragraph per finding, empty ones dropped, each with the name its template gives it. */
  findings(context: TextContext): FindingStatement[];
}

/** A key finding's paragraph and its name (`{{#finding "growth"}}`). */
export interface FindingStatement {
  readonly id: string;
  readonly statement: Statement;
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
  const compiled = new Map<string, CompiledText>();
  const options = { noEscape: true, strict: false } as const;
  const findings = compileText(findingsFile.content, findingsFile.path, options);
  const statement = (key: string, context: TextContext = {}): Statement => {
    let template = compiled.get(key);
    if (!template) {
      const source = lookup(tree, key);
      if (typeof source !== "string") {
        throw new UserError(`${textsFile.path}: mangler teksten «${key}».`);
      }
      template = compileText(source, `${textsFile.path} (${key})`, options);
      compiled.set(key, template);
    }
    const directions: Direction[] = [];
    const marked = template.render(context, directions).trim();
    return { ...takeDirections(marked, directions), figures: figuresOf(template, context) };
  };
  return {
    lang,
    text: (key, context) => statement(key, context).text,
    statement,
    findings(context) {
      const directions: Direction[] = [];
      const figures = figuresOf(findings, context);
      const named = findings
        .render(context, directions)
        .split(/\n\s*\n/)
        // Only the template's own line breaks and indentation are folded: \s would also take the no-break spaces
        // that hold a figure together («5 153», «12,5 %»), and the line breaker could then split it.
        .flatMap((paragraph) => takeFindingName(paragraph.replace(/[ \t\r\n]+/g, " "), findingsFile.path));
      const seen = new Set<string>();
      return named.map(({ id, text }) => {
        if (id === null) throw new UserError(say.findingWithoutName(findingsFile.path, text));
        if (seen.has(id)) throw new UserError(say.findingNameTwice(findingsFile.path, id));
        seen.add(id);
        return { id, statement: { ...takeDirections(text, directions), figures } };
      });
    },
  };
}

/** A compiled text, and the numbers its template writes itself. */
interface CompiledText {
  render(context: TextContext, directions: Direction[]): string;
  readonly constants: readonly string[];
}

/** The numbers a sentence may print: those it was given and those its template writes. */
function figuresOf(template: CompiledText, context: TextContext): string[] {
  return [...numbersInValues(context, new Set(template.constants))];
}

/**
 * The template language: Handlebars with one helper of our own. `{{dir value "økte" "gikk ned" "like mange"}}`
 * writes the first word when `value` is above zero, the second below, the third (if given) at zero, and records
 * the word with its value so `faktaark verify` can check that the two agree.
 */
const handlebars = Handlebars.create();
handlebars.registerHelper("dir", function (this: unknown, value: unknown, ...args: unknown[]) {
  const options = args.pop() as { data?: { directions?: Direction[] } };
  const [up, down, same] = args as [string, string, string | undefined];
  const directions = options.data?.directions;
  // Compiling a template runs it once on an empty context, without a place for directions.
  if (!directions) return up;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Error(`{{dir}}: verdien foran «${up}»/«${down}» er ${String(value)}, ikke et tall`);
  }
  const word = value > 0 ? up : value < 0 ? down : (same ?? up);
  directions.push({ word, value });
  return markDirection(directions.length - 1, word);
});

/**
 * `{{#finding "growth"}} … {{/finding}}` names the finding its paragraph makes, so next year's sheet can tell a new
 * finding from one it had (src/sheet/changes.ts). The name goes before the paragraph behind a mark, and
 * `takeFindingName` takes it off again.
 */
const FINDING_MARK = "\uE002";
const FINDING_NAME = /^[a-z][a-zA-Z0-9]*$/;
const MARKED_NAME = new RegExp(`${FINDING_MARK}([^${FINDING_MARK}]*)${FINDING_MARK}`);
handlebars.registerHelper("finding", function (this: unknown, name: unknown, options: Handlebars.HelperOptions) {
  if (typeof name !== "string" || !FINDING_NAME.test(name)) {
    throw new Error(say.findingNameInvalid(name));
  }
  return `${FINDING_MARK}${name}${FINDING_MARK}${options.fn(this)}`;
});

/**
 * The finding a paragraph makes, without its name mark, and the name (null when it has none); none for an empty
 * paragraph. A finding left empty leaves its mark in the paragraph of the next one, and is dropped.
 */
function takeFindingName(paragraph: string, path: string): { id: string | null; text: string }[] {
  // [text before any name, a name, its text, a name, its text, …]
  const [before = "", ...named] = paragraph.split(MARKED_NAME);
  const findings: { id: string | null; text: string }[] = [{ id: null, text: before.trim() }];
  for (let i = 0; i < named.length; i += 2) findings.push({ id: named[i] ?? "", text: (named[i + 1] ?? "").trim() });
  const made = findings.filter(({ text }) => text.length > 0);
  if (made.length > 1)
    throw new UserError(
      say.findingsRunTogether(
        path,
        made.map(({ id }) => id ?? "(uten navn)"),
      ),
    );
  return made;
}

/** Handlebars' expressions and comments, which hold no printed numbers of the template's own. */
const EXPRESSION = /\{\{!--[\s\S]*?--\}\}|\{\{[\s\S]*?\}\}/g;

function compileText(source: string, where: string, options: CompileOptions): CompiledText {
  const constants = numbersIn(source.replace(EXPRESSION, " "));
  const render = compileTemplate(source, where, options);
  return {
    render(context, directions) {
      try {
        return render(context, { data: { directions } });
      } catch (error) {
        throw new Error(`${where}: ${(error as Error).message}`);
      }
    },
    constants,
  };
}

/** A compiled Handlebars template. */
type RenderText = (context: TextContext, runtime?: { data: { directions: Direction[] } }) => string;

/**
 * Compiles a text. One without `{{` has nothing for Handlebars to fill in and is its own output: it is kept as it
 * is. (Handlebars would return it unchanged, but merges and wraps all its helpers on every call: 132 of the 212
 * texts a sheet renders are such texts, and those calls were ~30 % of what the main thread allocates while it
 * builds a batch's sheet models.)
 */
function compileTemplate(source: string, where: string, options: CompileOptions): RenderText {
  if (!source.includes("{{")) return () => source;
  try {
    const template = handlebars.compile(source, options);
    template({}); // compile now, so a syntax error names the file rather than the first sheet that uses it
    return template;
  } catch (error) {
    throw new UserError(`${where}: feil i Handlebars-malen: ${(error as Error).message}`);
  }
}

type CompileOptions = Parameters<typeof handlebars.compile>[1];

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
