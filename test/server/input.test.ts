import { describe, expect, it } from "vitest";
import { parseLangParam, parseMunicipalityParam, parseQueryParam } from "../../src/server/input.js";

describe("parseMunicipalityParam", () => {
  it("takes four digits as a number and letters as a name", () => {
    expect(parseMunicipalityParam("5501")).toEqual({ kind: "code", code: "5501" });
    expect(parseMunicipalityParam("Tromsø")).toEqual({ kind: "name", text: "Tromsø" });
    expect(parseMunicipalityParam("Kárášjohka")).toEqual({ kind: "name", text: "Kárášjohka" });
    expect(parseMunicipalityParam("Herøy (Nordland)")).toEqual({ kind: "name", text: "Herøy (Nordland)" });
    expect(parseMunicipalityParam("Nord-Fron")).toEqual({ kind: "name", text: "Nord-Fron" });
  });

  it.each(["../../etc/passwd", "..", "5501/..", "..\\x", "%2e%2e", "550", "55011", "5501\u0000", ".env", ""])(
    "refuses %j",
    (raw) => {
      expect(parseMunicipalityParam(raw)).toEqual({ kind: "invalid", reason: "not-a-municipality" });
    },
  );

  it("refuses input over 100 characters", () => {
    expect(parseMunicipalityParam("a".repeat(101))).toEqual({ kind: "invalid", reason: "too-long" });
    expect(parseMunicipalityParam("a".repeat(100)).kind).toBe("name");
  });
});

describe("parseLangParam and parseQueryParam", () => {
  it("accepts nb, nn or nothing", () => {
    expect(parseLangParam(undefined)).toBe("default");
    expect(parseLangParam("nn")).toBe("nn");
    expect(parseLangParam("en")).toBe("invalid");
  });

  it("trims the query and refuses one over 100 characters", () => {
    expect(parseQueryParam("  tromso ")).toEqual({ ok: true, text: "tromso" });
    expect(parseQueryParam("x".repeat(101))).toEqual({ ok: false });
  });
});
