import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { CompiledSpecs } from "../../src/charts/compiled-specs.js";
import { ChartRenderer } from "../../src/charts/renderer.js";
import { EXAMPLE_CHARTS } from "./examples.js";

const keptFiles = (dir: string): string[] => readdirSync(dir).filter((name) => name.startsWith("vega-lite-"));

describe("compiled chart specs kept between runs", () => {
  it("draws every template the same from a kept compilation as from a fresh one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "faktaark-specs-"));
    const fresh = await ChartRenderer.create();
    const first = await ChartRenderer.create({ compiledSpecsDir: dir });
    const second = await ChartRenderer.create({ compiledSpecsDir: dir });
    for (const chart of EXAMPLE_CHARTS) {
      const expected = await fresh.toSvg(chart);
      expect(await first.toSvg(chart)).toBe(expected);
      expect(await second.toSvg(chart)).toBe(expected);
    }
    expect(keptFiles(dir)).toHaveLength(EXAMPLE_CHARTS.length);
  });

  it("reads the kept compilation instead of compiling, and compiles anew over a damaged one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "faktaark-specs-"));
    const chart = EXAMPLE_CHARTS.find((c) => c.template === "bars-years");
    if (!chart) throw new Error("no bars-years example");
    const expected = await (await ChartRenderer.create({ compiledSpecsDir: dir })).toSvg(chart);
    const [name] = keptFiles(dir);
    const file = join(dir, name as string);
    const whole = readFileSync(file, "utf8");

    // A kept entry is what is drawn: a changed colour in it shows in the chart.
    const colour = /#[0-9a-f]{6}/.exec(expected)?.[0] as string;
    writeFileSync(file, whole.replaceAll(colour, "#123456"));
    const fromFile = await (await ChartRenderer.create({ compiledSpecsDir: dir })).toSvg(chart);
    expect(fromFile).toContain("#123456");
    expect(fromFile).not.toContain(colour);

    // A file cut short is compiled anew and written whole again.
    writeFileSync(file, whole.slice(0, whole.length / 2));
    expect(await (await ChartRenderer.create({ compiledSpecsDir: dir })).toSvg(chart)).toBe(expected);
    expect(readFileSync(file, "utf8")).toBe(whole);
  });

  it("keeps a compilation under what went in: another template, size or config is another entry", () => {
    const specs = new CompiledSpecs("/cache");
    const input = { spec: { mark: "bar", width: 200, height: 100 }, config: { font: "Source Sans 3" } };
    const file = specs.fileOf(input);
    expect(file).toMatch(/^\/cache\/vega-lite-[0-9a-f]{32}\.json$/);
    expect(specs.fileOf(structuredClone(input))).toBe(file);
    expect(specs.fileOf({ ...input, spec: { ...input.spec, mark: "line" } })).not.toBe(file);
    expect(specs.fileOf({ ...input, spec: { ...input.spec, width: 201 } })).not.toBe(file);
    expect(specs.fileOf({ ...input, config: { font: "Arial" } })).not.toBe(file);
    expect(new CompiledSpecs(null).fileOf(input)).toBeNull();
  });

  it("gives the warnings of the compilation again from a kept entry, and works where nothing can be written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "faktaark-specs-"));
    const compiled = { spec: { marks: [] }, warnings: ["Dropping color"] };
    const compile = vi.fn(async () => compiled);
    expect(await new CompiledSpecs(dir).get({ a: 1 }, compile)).toEqual(compiled);
    expect(await new CompiledSpecs(dir).get({ a: 1 }, compile)).toEqual(compiled);
    expect(compile).toHaveBeenCalledTimes(1);

    // A directory that cannot be made (a file is in the way): every get compiles, none fails.
    const blocked = join(dir, "file");
    writeFileSync(blocked, "");
    expect(await new CompiledSpecs(join(blocked, "cache")).get({ a: 1 }, compile)).toEqual(compiled);
    expect(compile).toHaveBeenCalledTimes(2);
  });
});
