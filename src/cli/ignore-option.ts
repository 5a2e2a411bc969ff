// `--ignore FIL`, the same on `check`, `build`, `serve` and `figur`: a file of the dataset to pass over, repeatable.

export const IGNORE_HELP =
  "en fil i datamappen som ikke skal leses (sti i mappen, f.eks. husbanken/gammel.csv); kan gis flere ganger";

/** Commander's collector for a repeatable option. */
export function collectIgnored(value: string, previous: readonly string[]): string[] {
  return [...previous, value];
}
