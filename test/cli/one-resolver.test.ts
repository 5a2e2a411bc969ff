// Every command reads a municipality and --count the same way: the same query gets the same answer from `build`
// and `compare` (they used to word the same mistake differently and disagree on whether 0 is a count).
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

describe("one municipality resolver and one --count parser", () => {
  it("answers an ambiguous name and a name that matches nothing alike in build and compare", async () => {
    for (const query of ["heroy", "trondhjem"]) {
      const build = await runCli(["build", query]);
      const compare = await runCli(["compare", query]);
      expect(build.code, query).toBe(2);
      expect(compare.code, query).toBe(2);
      expect(compare.stderr, query).toBe(build.stderr);
    }
    expect((await runCli(["compare", "heroy"])).stderr).toBe(
      "faktaark: «heroy» passer på flere kommuner:\n  1515 Herøy (Møre og Romsdal)\n  1818 Herøy (Nordland)\n",
    );
  });

  it.each(["0", "fem", "2.5"])("refuses --count %s alike in build and compare", async (count) => {
    const build = await runCli(["build", "5001", "--count", count]);
    const compare = await runCli(["compare", "5001", "--count", count]);
    expect(build.stderr).toBe(`faktaark: --count må være et helt tall fra 1 og opp, ikke «${count}».\n`);
    expect(compare.stderr).toBe(build.stderr);
    expect([build.code, compare.code]).toEqual([2, 2]);
  });
});
