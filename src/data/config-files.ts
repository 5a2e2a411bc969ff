// The configuration files faktaark ships in data/config/. This module finds them from its own place, two folders
// below the project as every module that finds the project's files is: dist/data/ after tsc, dist/bundle/ in the
// bundle that bin/faktaark.js runs (scripts/bundle.ts), src/data/ in the tests.
import { fileURLToPath } from "node:url";

const configFile = (name: string): string => fileURLToPath(new URL(`../../data/config/${name}`, import.meta.url));

export const DEFAULT_INDICATOR_MODEL = configFile("indikatormodell.csv");
export const DEFAULT_MANUAL_COMPARISONS = configFile("sammenligning.csv");
export const DEFAULT_SHEET_SETTINGS = configFile("ark.csv");
export const DEFAULT_GROWTH_RULE = configFile("vekstklasser.csv");
