// A dataset directory after reading and joining: one record per municipality plus what the reading found.
import type { Diagnostic } from "../data/types.js";
import type { AreaFigures, MunicipalityRecord } from "./record.js";

export interface DatasetFile {
  /** Path relative to the dataset directory. */
  readonly path: string;
  readonly sha256: string;
  /** What the file was recognised as ("SSB 07459 (JSON-stat2)"), or null when it was not. */
  readonly recognisedAs: string | null;
  /** Observations (or register rows) read from it. */
  readonly rows: number;
}

export interface Dataset {
  readonly dir: string;
  /** True when the dataset declares itself sample data: every sheet then says "Eksempeldata" on every page. */
  readonly isSample: boolean;
  /** The latest population year (1 January) in the data: the sheets' data year. */
  readonly dataYear: number;
  /** Whether the files hold the municipality register (KLASS 131); without it the dataset is not usable. */
  readonly hasRegister: boolean;
  /** All municipalities of the register, sorted by code. */
  readonly records: readonly MunicipalityRecord[];
  /** The country's and counties' own figures where the files publish them; they win over faktaark's sums. */
  readonly areas: readonly AreaFigures[];
  readonly files: readonly DatasetFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** Municipalities whose own rows have errors ("file, linje 12: …"): their sheets are not made. */
  readonly regionErrors: ReadonlyMap<string, string>;
  /** The same municipalities, each with every file that has an error in its rows: a county's or the country's sum
   * of a part read from such a file would lack that municipality's figure (SheetPlanner.dataErrorIn). */
  readonly regionErrorFiles: ReadonlyMap<string, readonly string[]>;
}
