// Which of a sheet's sources are SSB tables, and their page in Statistikkbanken.

/** An SSB table number: five digits ("07459"); Husbanken's and FHI's files and the KLASS classifications are not. */
export function isSsbTable(table: string): boolean {
  return /^\d{5}$/.test(table);
}

/** The table's page in SSB's Statistikkbanken, the address SSB itself links to. */
export function statbankUrl(table: string): string {
  return `https://www.ssb.no/statbank/table/${table}/`;
}
