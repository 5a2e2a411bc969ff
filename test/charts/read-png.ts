// Reads a PNG back for the tests with node-canvas (in the test process's main thread): its size, its resolution,
// and its pixels.
import { createCanvas, loadImage } from "canvas";

export interface ReadPng {
  readonly width: number;
  readonly height: number;
  /** Pixels per inch from the pHYs chunk, or null without one. */
  readonly dpi: number | null;
  /** How many different RGBA values the pixels have. */
  readonly colours: number;
  /** The RGBA of the pixel at (x, y). */
  pixel(x: number, y: number): [number, number, number, number];
}

export async function readPng(bytes: Buffer): Promise<ReadPng> {
  const image = await loadImage(bytes);
  const context = createCanvas(image.width, image.height).getContext("2d");
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    colours.add(
      (((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0)) >>> 0,
    );
  }
  const at = (x: number, y: number, channel: number) => data[(y * image.width + x) * 4 + channel] ?? -1;
  return {
    width: image.width,
    height: image.height,
    dpi: readDpi(bytes),
    colours: colours.size,
    pixel: (x, y) => [at(x, y, 0), at(x, y, 1), at(x, y, 2), at(x, y, 3)],
  };
}

/** The pHYs chunk: pixels per unit in x and y, and the unit (1: metre). */
function readDpi(bytes: Buffer): number | null {
  const at = bytes.indexOf("pHYs", 8, "latin1");
  if (at < 0 || bytes[at + 12] !== 1) return null;
  return Math.round(bytes.readUInt32BE(at + 4) * 0.0254);
}

/** The width and height the IHDR chunk gives, read without decoding. */
export function readPngHeader(bytes: Buffer): { width: number; height: number } {
  if (bytes.toString("latin1", 12, 16) !== "IHDR") throw new Error("not a PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
