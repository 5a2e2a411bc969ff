import { describe, expect, it } from "vitest";
import { formatCell, formatNumber, formatPercent, formatSigned } from "../../src/sheet/format.js";

/** Folds the no-break space and the real minus sign so expectations read plainly. */
const plain = (text: string) => text.replace(/\u00a0/g, " ").replace(/\u2212/g, "-");

describe("Norwegian number formatting", () => {
  it("separates thousands with a no-break space and uses a decimal comma", () => {
    expect(formatNumber(36924)).toBe("36\u00a0924");
    expect(plain(formatNumber(1234567.891, 2))).toBe("1 234 567,89");
    expect(formatNumber(2025)).toBe("2\u00a0025");
  });

  it("writes per cent with a space before the sign", () => {
    expect(plain(formatPercent(12.43))).toBe("12,4 %");
    expect(plain(formatPercent(7, 0))).toBe("7 %");
  });

  it("signs changes and never prints a negative zero", () => {
    expect(plain(formatSigned(4.21, 1, " %"))).toBe("+4,2 %");
    expect(plain(formatSigned(-56))).toBe("-56");
    expect(plain(formatSigned(-0.04, 1))).toBe("0,0");
  });

  it("prints SSB's symbols, not 0, for cells without a number", () => {
    expect(formatCell("..")).toBe("..");
    expect(formatCell(":")).toBe(":");
    expect(formatCell("-")).toBe("-");
    expect(formatCell(".")).toBe(".");
    expect(formatCell(null)).toBe("..");
  });
});
