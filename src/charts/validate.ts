// Checks chart templates against the Vega-Lite JSON schema that ships with vega-lite, and against our own
// template rules (a "table" data source, declared fields), so an editor's mistake shows before a batch runs.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import { DEFAULT_TEMPLATES_DIR, listTemplateFiles, parseTemplate } from "./templates.js";
import { CHART_CONFIG } from "./theme.js";
import { createWarningLogger } from "./vegaLiteLogger.js";

const require = createRequire(import.meta.url);

export interface TemplateProblem {
  readonly template: string;
  readonly file: string;
  readonly message: string;
}

let validator: ValidateFunction | undefined;

/** Compiling the large Vega-Lite schema takes a moment: do it once per process. */
function loadValidator(): ValidateFunction {
  if (!validator) {
    // ajv is CommonJS whose module.exports is the class; require() gets it without ESM-interop guessing.
    const Ajv = require("ajv") as typeof import("ajv").default;
    const schema = JSON.parse(readFileSync(require.resolve("vega-lite/vega-lite-schema.json"), "utf8"));
    // The schema uses keywords and union types that ajv's strict mode rejects; they are valid draft-07.
    validator = new Ajv({
      strict: false,
      allErrors: true,
      allowUnionTypes: true,
      // Without ajv-formats, name the schema's formats: URIs pass as written, hex colours are checked.
      formats: { uri: true, "uri-reference": true, "color-hex": /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i },
    }).compile(schema);
  }
  return validator;
}

/** The deepest error says most: a union's other branches fail at the top ("must have property mark"). */
function describe(errors: readonly ErrorObject[] | null | undefined): string {
  const first = [...(errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  if (!first) return "ukjent feil";
  const where = first.instancePath || "/";
  return `${where}: ${first.message ?? first.keyword} ${JSON.stringify(first.params)}`;
}

/**
 * Every problem in the templates of `dir` (default templates/charts): not JSON, against the Vega-Lite schema,
 * breaking our template rules, or warned about by the Vega-Lite compiler. An empty list means all are valid.
 */
export async function validateTemplates(dir: string = DEFAULT_TEMPLATES_DIR): Promise<TemplateProblem[]> {
  const validate = loadValidator();
  const { compile } = await import("vega-lite");
  const problems: TemplateProblem[] = [];
  for (const [template, file] of listTemplateFiles(dir)) {
    try {
      const parsed = parseTemplate(template, file, readFileSync(file, "utf8"));
      if (!validate(parsed.spec)) {
        problems.push({
          template,
          file,
          message: `Diagrammalen ${file} følger ikke Vega-Lite-skjemaet: ${describe(validate.errors)}`,
        });
        continue;
      }
      const warnings: string[] = [];
      const spec = { ...parsed.spec, width: 250, height: 150, autosize: { type: "fit", contains: "padding" } };
      compile(spec as Parameters<typeof compile>[0], { config: CHART_CONFIG, logger: createWarningLogger(warnings) });
      for (const warning of warnings) {
        problems.push({ template, file, message: `Diagrammalen ${file}: Vega-Lite varsler: ${warning}` });
      }
    } catch (error) {
      problems.push({ template, file, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return problems;
}
