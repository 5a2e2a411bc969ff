// Failures of the machine rather than of the input: a full disk, a folder that cannot be written, a closed
// pipe. They end a run with exit code 3 and a message that names the path, never as an "intern feil". (A folder
// standing where one sheet's PDF goes, EISDIR, fails that sheet only.)
import { statfsSync } from "node:fs";
import { dirname } from "node:path";
import { formatNumber } from "./sheet/format.js";

export const ENVIRONMENT_EXIT_CODE = 3;

const CODES = new Set(["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "ENOTDIR", "EEXIST", "EIO", "EPIPE"]);

export function isEnvironmentError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    CODES.has((error as NodeJS.ErrnoException).code!)
  );
}

/** Free bytes for an unprivileged user on the file system holding `path`, or null where it cannot be read. */
export function freeBytesAt(path: string): number | null {
  for (let dir = path; ; dir = dirname(dir)) {
    try {
      const stats = statfsSync(dir);
      return stats.bavail * stats.bsize;
    } catch {
      if (dirname(dir) === dir) return null;
    }
  }
}

const megabytes = (bytes: number) => `${formatNumber(bytes / 1_048_576, bytes < 10_485_760 ? 1 : 0)} MB`;

/** What went wrong, in Norwegian, with the path and (for a full disk) the room there is and the room needed. */
export function describeEnvironmentError(error: NodeJS.ErrnoException, bytesNeeded: number | null = null): string {
  const path = error.path ?? "";
  switch (error.code) {
    case "ENOSPC":
    case "EDQUOT": {
      const free = path ? freeBytesAt(path) : null;
      const room = free === null ? "" : ` Ledig plass nå: ${megabytes(free)}.`;
      const need = bytesNeeded === null ? "" : ` Resten av kjøringen trenger om lag ${megabytes(bytesNeeded)}.`;
      return `Disken er full: kunne ikke skrive ${path || "til utmappen"} (${error.code}).${room}${need}`;
    }
    case "EROFS":
      return `Kan ikke skrive ${path}: filsystemet er skrivebeskyttet (EROFS).`;
    case "EACCES":
    case "EPERM":
      return `Har ikke tilgang til ${path} (${error.code}): sjekk eier og rettigheter, eller velg en annen mappe.`;
    case "ENOTDIR":
    case "EEXIST":
      return `Kan ikke bruke ${path} som mappe: en fil med samme navn står i veien (${error.code}).`;
    case "EPIPE":
      return "Utdataene ble lukket før kjøringen var ferdig (EPIPE); kjøringen er stoppet.";
    default:
      return `${error.message} (${error.code}).`;
  }
}
