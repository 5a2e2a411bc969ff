// Texts the batch layer shows a user, in one place, so tests can assert the exact words.
import { basename } from "node:path";
import { formatNumber } from "../sheet/format.js";

export const yearNotANumber = (found: string): string =>
  `--year må være et årstall med fire sifre, f.eks. 2026, ikke «${found}».`;

export const yearNotDataYear = (year: number, dataYear: number): string =>
  `--year ${year}, men datagrunnlaget har dataår ${dataYear} (siste år med folketall, SSB 07459): ` +
  `arkene for ${year} lages bare av et datagrunnlag for ${year}.`;

export const dataYearBeforeLastRun = (dataYear: number, lastYear: number, outDir: string): string =>
  `Datagrunnlaget har dataår ${dataYear} (siste år med folketall, SSB 07459), men ${outDir} er laget for ${lastYear}: ` +
  `et eldre datagrunnlag skriver ikke over arkene i ${dataYear}-mappen uten at du ber om det. ` +
  `Gi --year ${dataYear} for å lage arkene for ${dataYear} på nytt, eller bruk datagrunnlaget for ${lastYear}.`;

export const previousNotFound = (dir: string): string =>
  `--forrige ${dir}: fant ingen manifest.json, verken her eller i en årsmappe (${dir}/ÅÅÅÅ). ` +
  "Gi mappen med forrige årgangs faktaark, f.eks. output/2025.";

export const previousOnlyLater = (dir: string, years: readonly number[], dataYear: number): string =>
  `--forrige ${dir}: har faktaark for ${years.join(", ")}, men ingen årgang før dataåret ${dataYear}. ` +
  `Gi årsmappen (f.eks. ${dir}/${Math.max(...years)}) hvis det er den arkene skal sammenlignes med.`;

export const previousIsOutput = (dir: string): string =>
  `--forrige ${dir}: det er mappen arkene nå skrives til; gi mappen med forrige årgang.`;

export const previousEmpty = (dir: string): string =>
  `--forrige ${dir}: manifest.json lister ingen faktaark, så det er ingenting å sammenligne med.`;

export const previousNoModels = (dir: string): string =>
  `--forrige ${dir}: mappen modeller/ med arkmodellene mangler, så tallene på arkene der kan ikke leses. ` +
  "Lag den årgangen på nytt med faktaark build.";

export const previousLater = (dir: string, year: number, dataYear: number): string =>
  `--forrige ${dir}: arkene der er laget for ${year}, etter dataåret ${dataYear} for arkene som lages nå.`;

export const previousModelUnreadable = (file: string, reason: string): string =>
  `${file}: arkmodellen kan ikke leses (${reason}).`;

export const previousModelOld = (file: string): string =>
  `${file}: arkmodellen er laget av en eldre faktaark, uten tallene bak nøkkeltallene (keyFigures[].figures) ` +
  "og navnene på funnene (keyFindings[].id). Lag den årgangen på nytt med denne versjonen " +
  "(faktaark build --all --year ÅÅÅÅ --data <årgangens datagrunnlag> --out …).";

export const previousModelField = (file: string, field: string, expected: string, found: unknown): string =>
  `${file}: ${field} skal være ${expected}, men er ${JSON.stringify(found) ?? String(found)}.`;

export const previousModelCode = (file: string, found: string, listed: string): string =>
  `${file}: arkmodellen gjelder kommune ${found}, men manifest.json sier ${listed}.`;

export const previousModelYear = (file: string, found: number, year: number): string =>
  `${file}: arkmodellen er for ${found}, men resten av mappen er for ${year}.`;

export const previousUsed = (dir: string, year: number, without: number): string =>
  `Endringer sammenlignet med faktaarkene i ${dir} (årgang ${year})` +
  (without > 0 ? `; ${formatNumber(without)} ark har ikke noe forrige ark å sammenligne med.` : ".");

export const workbookFailed = (path: string, error: unknown): string =>
  `regnearket ${basename(path)} kunne ikke lages: ${error instanceof Error ? error.message : String(error)}`;

/** The closing line of a run over a dataset with errors in some regions' rows (see RunSummary.damaged). */
export const damagedData = (regions: readonly { code: string; name: string; reason: string }[]): string =>
  `Feil i datagrunnlaget: ${regions.map((region) => `${region.code}${region.name === "" ? "" : ` ${region.name}`} (${region.reason})`).join("; ")}. ` +
  "Arkene som trenger radene, lages ikke, og fylkets og landets summer av kommunene viser «..» der tallene mangler. " +
  "Rett radene og kjør på nytt.";
