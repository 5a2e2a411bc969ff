// The catalogue of supported tables: SSB's table numbers, the dimension ids and the codes (or labels) faktaark reads.
// The readers use it to recognise files, the join to pick values, the sample generator to write them.
// A value matches an observation when its code equals the observation's key, or one of its labels does
// (Statistikkbanken CSV downloads carry labels only).

export interface DimensionValue {
  readonly code: string;
  readonly label: string;
  /** Other labels SSB has used for the same value. */
  readonly alsoLabels?: readonly string[];
}

export type Topic =
  | "population"
  | "populationByAgeSex"
  | "immigrants"
  | "households"
  | "dwellings"
  | "tenure"
  | "crowding"
  | "construction"
  | "projection"
  | "municipalDwellings"
  | "husbanken";

export interface TableSpec {
  readonly id: string;
  readonly publisher: "SSB" | "Husbanken" | "FHI";
  /** The title as the publisher gives it (Norwegian). */
  readonly title: string;
  readonly topics: readonly Topic[];
  /** Other table numbers that carry the same content (predecessors/successors). */
  readonly alsoIds?: readonly string[];
  /** Dimension id → semantic key → value. Dimensions not listed are eliminated (summed) or must be a total. */
  readonly dimensions: Readonly<Record<string, Readonly<Record<string, DimensionValue>>>>;
}

const v = (code: string, label: string, ...alsoLabels: string[]): DimensionValue =>
  alsoLabels.length > 0 ? { code, label, alsoLabels } : { code, label };

/** Single years of age as 07459 codes them: "000" … "104", "105+". */
export function ageCode(age: number): string {
  return age >= 105 ? "105+" : String(age).padStart(3, "0");
}

export const TABLES: readonly TableSpec[] = [
  {
    id: "07459",
    publisher: "SSB",
    title: "Befolkning, etter region, kjønn, alder, statistikkvariabel og år",
    topics: ["population", "populationByAgeSex"],
    dimensions: {
      Kjonn: { male: v("1", "Menn"), female: v("2", "Kvinner") },
      ContentsCode: { persons: v("Personer1", "Personer") },
    },
  },
  {
    id: "09817",
    publisher: "SSB",
    title:
      "Innvandrere og norskfødte med innvandrerforeldre, etter region, innvandringskategori, landbakgrunn, statistikkvariabel og år",
    topics: ["immigrants"],
    dimensions: {
      InnvandrKat: {
        immigrants: v("B", "Innvandrere"),
        norwegianBornToImmigrantParents: v("C", "Norskfødte med innvandrerforeldre"),
      },
      ContentsCode: { persons: v("Personer1", "Personer") },
    },
  },
  {
    id: "06070",
    publisher: "SSB",
    title: "Privathusholdninger, etter region, husholdningstype, statistikkvariabel og år",
    topics: ["households"],
    dimensions: {
      HushType: {
        "living-alone": v("001", "Aleneboende"),
        "couple-without-children": v("002", "Par uten hjemmeboende barn"),
        "couple-with-small-children": v("003", "Par med små barn (yngste barn 0-5 år)"),
        "couple-with-older-children": v("004", "Par med store barn (yngste barn 6-17 år)"),
        "single-parent": v("005", "Mor/far med barn (yngste barn 0-17 år)", "Aleneforsørger med barn under 18 år"),
        "multi-family": v("006", "Flerfamiliehusholdninger"),
        other: v("007", "Andre husholdninger", "Enfamiliehusholdninger med voksne barn (yngste barn 18 år og over)"),
      },
      ContentsCode: {
        households: v("Husholdninger", "Husholdninger"),
        persons: v("Personer", "Personer i privathusholdninger"),
      },
    },
  },
  {
    id: "06265",
    publisher: "SSB",
    title: "Boliger, etter region, bygningstype, statistikkvariabel og år",
    topics: ["dwellings"],
    dimensions: {
      BygnType: {
        detached: v("01", "Enebolig"),
        "semi-detached": v("02", "Tomannsbolig"),
        "row-house": v("03", "Rekkehus, kjedehus og andre småhus"),
        block: v("04", "Boligblokk"),
        communal: v("05", "Bygning for bofellesskap"),
        other: v("999", "Andre bygningstyper", "Annen bygning"),
      },
      ContentsCode: { dwellings: v("Boliger", "Boliger") },
    },
  },
  {
    id: "11084",
    publisher: "SSB",
    title: "Privathusholdninger, etter region, eierstatus, statistikkvariabel og år",
    topics: ["tenure"],
    dimensions: {
      EierStatus: {
        owner: v("2", "Selveier"),
        cooperative: v("3", "Andels-/aksjeeier"),
        renter: v("4", "Leier"),
      },
      ContentsCode: { households: v("Husholdning", "Privathusholdninger") },
    },
  },
  {
    id: "11036",
    publisher: "SSB",
    title: "Personer i privathusholdninger som er trangbodde, etter region, statistikkvariabel og år",
    topics: ["crowding"],
    dimensions: {
      ContentsCode: { share: v("AndelTrangbodde", "Andel trangbodde (prosent)") },
    },
  },
  {
    id: "05940",
    publisher: "SSB",
    title: "Boliger igangsatt og fullført, etter region, bygningstype, statistikkvariabel og år",
    topics: ["construction"],
    dimensions: {
      ContentsCode: {
        started: v("Igangsatte", "Igangsatte boliger"),
        completed: v("Fullforte", "Fullførte boliger"),
      },
    },
  },
  {
    id: "14288",
    publisher: "SSB",
    title: "Framskrevet folkemengde 1. januar, etter region, kjønn, alder, statistikkvariabel og år",
    topics: ["projection"],
    dimensions: {
      ContentsCode: {
        main: v("Personer", "Hovedalternativet (MMMM)"),
        low: v("Personer1", "Lav nasjonal vekst (LLML)"),
        high: v("Personer2", "Høy nasjonal vekst (HHMH)"),
      },
    },
  },
  {
    id: "12913",
    publisher: "SSB",
    title: "Kommunalt disponerte boliger (K), etter region, statistikkvariabel og år",
    topics: ["municipalDwellings"],
    dimensions: {
      ContentsCode: {
        count: v("KOSantallkombolig0000", "Kommunalt disponerte boliger"),
        per1000: v("KOSkombolig10000000", "Kommunalt disponerte boliger per 1000 innbyggere"),
      },
    },
  },
  {
    id: "husbanken",
    publisher: "Husbanken",
    title: "Husbankens virkemidler per kommune og år",
    topics: ["husbanken"],
    dimensions: {
      variabel: {
        startLoanCount: v("startlan_antall", "Startlån, antall"),
        startLoanAmount: v("startlan_belop", "Startlån, beløp (1000 kr)"),
        housingAllowanceHouseholds: v("bostotte_husstander", "Bostøtte, mottakere (husstander)"),
        rentalGrantDwellings: v("tilskudd_utleie_boliger", "Tilskudd til utleieboliger, antall boliger"),
        adaptationGrants: v("tilskudd_tilpasning_antall", "Tilskudd til tilpasning og etablering, antall"),
      },
    },
  },
];

export function findTableSpec(id: string): TableSpec | undefined {
  return TABLES.find((table) => table.id === id || table.alsoIds?.includes(id));
}

/** Whether an observation's key (a code or a label) is this value. */
export function matchesValue(key: string | undefined, value: DimensionValue): boolean {
  if (key === undefined) return false;
  if (key === value.code) return true;
  const folded = key.trim().toLowerCase();
  return folded === value.label.toLowerCase() || (value.alsoLabels ?? []).some((l) => l.toLowerCase() === folded);
}
