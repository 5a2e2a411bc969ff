// fontkit ships no types; faktaark opens font files with it (src/pdf/font-cache.ts) and describes the part of a
// font it uses where it uses it.
declare module "fontkit" {
  export function create(buffer: Uint8Array): unknown;
}
