// What `faktaark hefte` tells its user, in one place, so tests can assert the exact words.

export const chooseSelection = (): string =>
  "Si hvilke kommuner heftet skal ha: --fylke NR eller --kommuner FIL (én av dem).";

export const unsafeTitle = (title: string): string =>
  `--tittel kan ikke inneholde <, > eller & (tittelen skrives uendret inn i PDF/A-metadataene), fant «${title}».`;

export const listMissing = (file: string): string =>
  `fant ikke kommunelisten ${file}. Gi en fil med ett kommunenummer eller navn per linje.`;

export const listLine = (file: string, line: number, problem: string): string => `${file}, linje ${line}: ${problem}`;

export const listedTwice = (value: string, code: string, name: string, firstLine: number): string =>
  `«${value}» er ${code} ${name}, som allerede står på linje ${firstLine}.`;

export const listEmpty = (file: string): string =>
  `${file}: fant ingen kommuner. Skriv ett kommunenummer eller navn per linje.`;

export const noSheets = (count: number): string =>
  `ingen av de ${count} arkene kunne lages, så heftet er ikke skrevet.`;

export const leftOut = (code: string, name: string, reason: string): string => `IKKE MED ${code} ${name}: ${reason}`;

export const written = (path: string, pages: number, sheets: number, megabytes: string, seconds: string): string =>
  `Skrev ${path}: ${pages} sider, ${sheets} ark, ${megabytes} MB, på ${seconds} s.`;
