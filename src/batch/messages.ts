// Texts the batch layer shows a user, in one place, so tests can assert the exact words.
import { basename } from "node:path";

export const yearNotANumber = (found: string): string =>
  `--year må være et årstall med fire sifre, f.eks. 2026, ikke «${found}».`;

export const yearNotDataYear = (year: number, dataYear: number): string =>
  `--year ${year}, men datagrunnlaget har dataår ${dataYear} (siste år med folketall, SSB 07459): ` +
  `arkene for ${year} lages bare av et datagrunnlag for ${year}.`;

export const dataYearBeforeLastRun = (dataYear: number, lastYear: number, outDir: string): string =>
  `Datagrunnlaget har dataår ${dataYear} (siste år med folketall, SSB 07459), men ${outDir} er laget for ${lastYear}: ` +
  `et eldre datagrunnlag skriver ikke over arkene i ${dataYear}-mappen uten at du ber om det. ` +
  `Gi --year ${dataYear} for å lage arkene for ${dataYear} på nytt, eller bruk datagrunnlaget for ${lastYear}.`;

export const workbookFailed = (path: string, error: unknown): string =>
  `regnearket ${basename(path)} kunne ikke lages: ${error instanceof Error ? error.message : String(error)}`;
