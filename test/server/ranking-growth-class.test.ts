// GET /rangering?vekstklasse=…: the ranking page limited to one growth class, as `faktaark rank --vekstklasse`.
import { beforeAll, describe, expect, it } from "vitest";
import { createSampleApp, type SampleApp } from "./sample-app.js";

let sample: SampleApp;

beforeAll(async () => {
  sample = await createSampleApp();
});

const get = (path: string) => sample.app.request(path);
const codesOn = (page: string) => [...page.matchAll(/<tr data-rang="(\d{4})">/g)].map(([, code]) => code);

describe("GET /rangering?vekstklasse=", () => {
  it("lists only the class's municipalities, in the order and with the ranks of the whole ranking", async () => {
    const response = await get("/rangering?vekstklasse=nedgang");
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("<h1>Boligsosiale utfordringer – rangering, hele landet, vekstklasse nedgang</h1>");
    expect(page).toContain('<option value="nedgang" selected>nedgang</option>');
    const inClass = sample.planner.rank(undefined, "nedgang")!.rows.map((row) => row.code);
    expect(codesOn(page)).toEqual(inClass);
    expect(inClass).toContain("1826"); // Hattfjelldal: −8,6 % registered, −12,6 % projected in the sample
    expect(inClass).not.toContain("5001");
    const all = sample.planner.rank()!.rows.map((row) => row.code);
    expect(inClass).toEqual(all.filter((code) => inClass.includes(code)));
  });

  it("combines with the county, and refuses a class it does not know", async () => {
    const page = await (await get("/rangering?fylke=50&vekstklasse=vekstpress")).text();
    expect(page).toContain("rangering, Trøndelag - Trööndelage, vekstklasse vekstpress</h1>");
    const codes = codesOn(page);
    expect(codes).toContain("5001");
    expect(codes.every((code) => code?.startsWith("50"))).toBe(true);
    const unknown = await get("/rangering?vekstklasse=boom");
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain(
      "Vekstklassen må være en av «vekstpress», «vekst», «stabil», «nedgang», «sterk-nedgang».",
    );
  });
});
