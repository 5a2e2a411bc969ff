// The sheet's one font family (Source Sans 3, OFL, full Norwegian coverage), opened once per process.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const fontDir = "@expo-google-fonts/source-sans-3";

export const FONT_FAMILY = "Source Sans 3";

/** The weights the sheet uses, by name as PDFKit and the chart renderer know them. */
export const FONT_FILES = {
  regular: require.resolve(`${fontDir}/400Regular/SourceSans3_400Regular.ttf`),
  italic: require.resolve(`${fontDir}/400Regular_Italic/SourceSans3_400Regular_Italic.ttf`),
  semibold: require.resolve(`${fontDir}/600SemiBold/SourceSans3_600SemiBold.ttf`),
  bold: require.resolve(`${fontDir}/700Bold/SourceSans3_700Bold.ttf`),
} as const;

export type FontName = keyof typeof FONT_FILES;
