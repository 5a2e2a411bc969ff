// The catalogue of supported tables: SSB's table numbers, the dimension ids and the codes (or labels) faktaark reads,
// each with the evidence it rests on. The readers use it to recognise files, the join to pick values, `fetch` to
// ask SSB for them (checking every code against SSB's /metadata first), the sample generator to write them.
// A value matches an observation when its code equals the observation's key, or one of its labels does
// (Statistikkbanken CSV downloads carry labels only).
//
// Evidence: ../shared/data/reference/ssb-metadata/TABLES.md collects what is publicly known of each table's codes;
// the `source` strings below name its section and the saved response or working public query it cites. A code
// graded "unconfirmed" has no such evidence: `fetch` uses it only after SSB's /tables/{id}/metadata lists it.

export type EvidenceGrade =
  /** Read from a saved, byte-exact SSB response. */
  | "verbatim"
  /** Used in a working query, or read back from an SSB response, by public code. */
  | "code"
  /** Stated in third-party documentation that says it was checked live. */
  | "doc"
  /** Plausible, not confirmed: checked against SSB's /metadata before every use. */
  | "unconfirmed";

export interface Evidence {
  readonly grade: EvidenceGrade;
  /** Where it was confirmed: TABLES.md's section and the file, query or page it cites. */
  readonly source: string;
}

export interface DimensionValue {
  readonly code: string;
  readonly label: string;
  /** What SSB's own label for the code must say before `fetch` uses it: for a code whose meaning (a count or a rate)
   * rests on weaker evidence than its existence. */
  readonly labelMustMatch?: RegExp;
  /** Other labels SSB has used for the same value. */
  readonly alsoLabels?: readonly string[];
  readonly evidence: Evidence;
}

/** Labels that published recodes use for several values together ("Par med barn under 18 år" = 003 + 004). */
export interface ValueGroup {
  readonly members: readonly string[];
  readonly labels: readonly string[];
  readonly evidence: Evidence;
}

export interface DimensionSpec {
  /** Evidence for the variable's id. */
  readonly evidence: Evidence;
  /** Semantic key → value. */
  readonly values: Readonly<Record<string, DimensionValue>>;
  /** Semantic key → the values a recoded export joins under one label. */
  readonly groups?: Readonly<Record<string, ValueGroup>>;
  /** The variable must be selected (it cannot be eliminated) and only these values are read. */
  readonly select?: boolean;
}

export type Topic =
  | "population"
  | "immigrants"
  | "households"
  | "dwellings"
  | "tenure"
  | "crowding"
  | "construction"
  | "projection"
  | "municipalDwellings"
  | "lowIncome"
  | "housePrices"
  | "socialAssistance"
  | "refugees"
  | "husbanken";

export interface TableSpec {
  readonly id: string;
  readonly publisher: "SSB" | "Husbanken" | "FHI" | "IMDi";
  /** The title as the publisher gives it (Norwegian). */
  readonly title: string;
  /** Evidence for the table number and title. */
  readonly evidence: Evidence;
  readonly topics: readonly Topic[];
  /** Earlier table numbers that carry the same content, oldest first. */
  readonly alsoIds?: readonly string[];
  /** How a newer edition is recognised without knowing its number: SSB publishes each projection as a new table. */
  readonly edition?: {
    /** The start of the title every edition has ("Framskrevet folkemengde"). */
    readonly titleStart: string;
    readonly evidence: Evidence;
  };
  /** The region variable, when it is not SSB's standard `Region` (KOSTRA tables). */
  readonly regionDimension?: string;
  /** Dimension id → its values. Dimensions not listed are eliminated (summed) or must be a total. */
  readonly dimensions: Readonly<Record<string, DimensionSpec>>;
}

// Sources, as ../shared/data/reference/ssb-metadata/TABLES.md abbreviates them.
const VERBATIM_07459 = "TABLES.md §1; saved 07459 JSON-stat2 response (purplebugs/elastic-data-tool, c9193f0)";
const TEL = "TABLES.md; evensrii/Telemark (Telemark fylkeskommune) working v2 queries";
const NN = "TABLES.md; FunksterOne/nord-norge working v2 queries";
const KART = "TABLES.md; FemtiGram/kart scripts/build-kommune-profiles.mjs";
const ATL_12944 = "TABLES.md §10 (ATL terchris/atlas ssb-12944/manifest.yml)";
// The only public sources naming a recipients code of 13995: an ingest README's example row (not a saved response)
// and an R script reading 12210, the key-figure table before 14019, by the same code.
const ATL_13995 =
  "TABLES.md §10 (ATL terchris/atlas ssb-13995/manifest.yml 33550d5); code and label only in ATL atlas-data/ingest/src/sources/ssb-13995/README.md 5b92e65, an example row";
// IMDi publishes no table number or code: one HTML page per year, municipalities by name (TABLES.md §10).
const IMDI =
  "TABLES.md §10 (ATL terchris/atlas imdi-bosetting/manifest.yml and README.md, 0465248); the pages «Nøkkeltall bosetting 2022», «… 2024», «… 2025» and «… 2026» saved in ATL's __tests__/fixtures (0465248, 8e672cf), linked from https://www.imdi.no/bosetting/bosettingstall/";
const PRICES_14545 = "TABLES.md §10 (NN fetch_marked.py 7f8a6a1; JB common-tables: 14545 kommunenivå)";

const evidence = (grade: EvidenceGrade, source: string): Evidence => ({ grade, source });

const value = (code: string, label: string, proof: Evidence, ...alsoLabels: string[]): DimensionValue =>
  alsoLabels.length > 0 ? { code, label, alsoLabels, evidence: proof } : { code, label, evidence: proof };

/** Single years of age as 07459 and 14746 code them: "000" … "104", "105+". */
export function ageCode(age: number): string {
  return age >= 105 ? "105+" : String(age).padStart(3, "0");
}

const SEX: DimensionSpec = {
  evidence: evidence("code", `TABLES.md §1: Kjonn 1/2, no total (JB; ${NN} fetch_kjonn.py)`),
  values: {
    male: value("1", "Menn", evidence("code", "TABLES.md §1 (JB; ATL manifest; NN fetch_kjonn.py)")),
    female: value("2", "Kvinner", evidence("code", "TABLES.md §1 (JB; ATL manifest; NN fetch_kjonn.py)")),
  },
};

const HOUSEHOLD_TYPE = (code: string, label: string, ...alsoLabels: string[]): DimensionValue =>
  value(
    code,
    label,
    evidence("code", "TABLES.md §3: 11 HushType codes 000–010, no total (public code; TEL 06070 label map)"),
    ...alsoLabels,
  );
const TEL_06070_RECODE = evidence(
  "code",
  "TEL's 06070 export (../shared/data/reference/telemark_ssb06070_husholdninger_etter_type_2014_2025.csv) joins types under these labels",
);

export const TABLES: readonly TableSpec[] = [
  {
    id: "07459",
    publisher: "SSB",
    title: "Befolkning, etter region, kjønn, alder, statistikkvariabel og år",
    evidence: evidence("verbatim", VERBATIM_07459),
    topics: ["population"],
    dimensions: {
      Kjonn: SEX,
      ContentsCode: {
        evidence: evidence("verbatim", VERBATIM_07459),
        values: { persons: value("Personer1", "Personer", evidence("verbatim", VERBATIM_07459)) },
      },
    },
  },
  {
    id: "09817",
    publisher: "SSB",
    title:
      "Innvandrere og norskfødte med innvandrerforeldre, etter region, innvandringskategori, landbakgrunn, statistikkvariabel og år",
    evidence: evidence("code", `TABLES.md §2 (${TEL} innvandrere_bosatt.py); title unconfirmed verbatim`),
    topics: ["immigrants"],
    dimensions: {
      InnvandrKat: {
        evidence: evidence("code", `TABLES.md §2 (${TEL}, InnvandrKat=B)`),
        values: {
          immigrants: value("B", "Innvandrere", evidence("code", "TABLES.md §2 (TEL InnvandrKat=B; public code B, C)")),
          norwegianBornToImmigrantParents: value(
            "C",
            "Norskfødte med innvandrerforeldre",
            evidence("code", "TABLES.md §2 (public code fetching B and C)"),
          ),
        },
      },
      // Every country of background in one: without it the cube is summed over ~230 countries and the VES/IVE
      // groups, which counts people more than once.
      Landbakgrunn: {
        evidence: evidence("code", `TABLES.md §2 (${TEL}, Landbakgrunn=999 "alle land")`),
        select: true,
        values: {
          allCountries: value("999", "Alle land", evidence("code", "TABLES.md §2 (TEL; public code SSB_TOTAL = 999)")),
        },
      },
      ContentsCode: {
        evidence: evidence("code", "TABLES.md §2 (TEL AndelBefolkning; public code Personer1)"),
        values: { persons: value("Personer1", "Personer", evidence("code", "TABLES.md §2 (public code)")) },
      },
    },
  },
  {
    id: "06070",
    publisher: "SSB",
    title: "Privathusholdninger, etter region, husholdningstype, statistikkvariabel og år",
    evidence: evidence("code", `TABLES.md §3 (${TEL} husholdninger_etter_boligtype.py)`),
    topics: ["households"],
    dimensions: {
      HushType: {
        evidence: evidence("code", "TABLES.md §3 (TEL valuecodes[HushType]=*; public code)"),
        // SSB's 11 types partition all private households: their sum is the total (there is no total code).
        values: {
          other: HOUSEHOLD_TYPE("000", "Andre husholdninger"),
          "living-alone": HOUSEHOLD_TYPE("001", "Aleneboende"),
          "couple-without-children": HOUSEHOLD_TYPE("002", "Par uten hjemmeboende barn"),
          "couple-small-children": HOUSEHOLD_TYPE("003", "Par med små barn (yngste barn 0-5 år)"),
          "couple-older-children": HOUSEHOLD_TYPE("004", "Par med store barn (yngste barn 6-17 år)"),
          "parent-small-children": HOUSEHOLD_TYPE("005", "Mor/Far med små barn (yngste barn 0-5 år)"),
          "parent-older-children": HOUSEHOLD_TYPE("006", "Mor/Far med store barn (yngste barn 6-17 år)"),
          "adult-children": HOUSEHOLD_TYPE("007", "Enfamiliehusholdninger med voksne barn (yngste barn 18 år og over)"),
          "multi-family-no-children": HOUSEHOLD_TYPE("008", "Flerfamiliehusholdning uten barn 0-17 år"),
          "multi-family-small-children": HOUSEHOLD_TYPE(
            "009",
            "Flerfamiliehusholdning med små barn (yngste barn 0-5 år)",
          ),
          "multi-family-older-children": HOUSEHOLD_TYPE(
            "010",
            "Flerfamiliehusholdning med store barn (yngste barn 6-17 år)",
          ),
        },
        groups: {
          "couple-with-children": {
            members: ["couple-small-children", "couple-older-children"],
            labels: ["Par med barn under 18 år"],
            evidence: TEL_06070_RECODE,
          },
          "single-parent": {
            members: ["parent-small-children", "parent-older-children"],
            labels: ["Aleneforsørger med barn under 18 år"],
            evidence: TEL_06070_RECODE,
          },
          "adult-children": {
            members: ["adult-children"],
            labels: ["Par eller aleneforsørger med voksne barn (18+)"],
            evidence: TEL_06070_RECODE,
          },
          "multi-family": {
            members: ["multi-family-no-children", "multi-family-small-children", "multi-family-older-children"],
            labels: ["Flerfamiliehusholdninger"],
            evidence: TEL_06070_RECODE,
          },
        },
      },
      ContentsCode: {
        evidence: evidence("code", "TABLES.md §3 (public code ContentsCode = Husholdninger)"),
        values: {
          households: value("Husholdninger", "Husholdninger", evidence("code", "TABLES.md §3 (public code)")),
          // Persons in private households (for the household size): no public evidence that 06070 has it.
          persons: value(
            "Personer",
            "Personer i privathusholdninger",
            evidence("unconfirmed", "TABLES.md §3: other ContentsCodes of 06070 are unconfirmed"),
          ),
        },
      },
    },
  },
  {
    id: "06265",
    publisher: "SSB",
    title: "Boliger, etter region, bygningstype, statistikkvariabel og år",
    evidence: evidence("code", "TABLES.md §4 (public code, updated 2026-03-03)"),
    topics: ["dwellings"],
    dimensions: {
      BygnType: {
        evidence: evidence("code", `TABLES.md §4 (${KART}; ${NN} fetch_levekar.py)`),
        values: {
          detached: value("01", "Enebolig", evidence("code", "TABLES.md §4 (KART; NN; TEL labels)")),
          "semi-detached": value("02", "Tomannsbolig", evidence("code", "TABLES.md §4 (KART; NN; TEL labels)")),
          "row-house": value(
            "03",
            "Rekkehus, kjedehus og andre småhus",
            evidence("code", "TABLES.md §4 (KART; NN; TEL labels)"),
          ),
          block: value("04", "Boligblokk", evidence("code", "TABLES.md §4 (KART; NN; TEL labels)")),
          communal: value("05", "Bygning for bofellesskap", evidence("code", "TABLES.md §4 (KART; NN; TEL labels)")),
          other: value(
            "999",
            "Andre bygningstyper",
            evidence("code", "TABLES.md §4 (KART; NN; TEL labels)"),
            "Annen bygning",
          ),
        },
      },
      ContentsCode: {
        evidence: evidence("code", "TABLES.md §4 (KART; NN)"),
        values: { dwellings: value("Boliger", "Boliger", evidence("code", "TABLES.md §4 (KART; NN)")) },
      },
    },
  },
  {
    id: "11084",
    publisher: "SSB",
    title: "Privathusholdninger, etter region, eierstatus, statistikkvariabel og år",
    evidence: evidence("code", `TABLES.md §5 (${NN} fetch_leie.py); title unconfirmed verbatim`),
    topics: ["tenure"],
    dimensions: {
      EierStatus: {
        evidence: evidence("code", `TABLES.md §5 (${KART}; ${NN} fetch_levekar.py)`),
        values: {
          owner: value("2", "Selveier", evidence("code", "TABLES.md §5 (KART; NN EIER_LABEL)")),
          cooperative: value("3", "Andels-/aksjeeier", evidence("code", "TABLES.md §5 (KART; NN EIER_LABEL)")),
          renter: value("4", "Leier", evidence("code", "TABLES.md §5 (KART; NN fetch_leie.py)")),
        },
      },
      ContentsCode: {
        evidence: evidence("code", "TABLES.md §5 (NN; KART)"),
        values: {
          households: value(
            "Husholdning",
            "Privathusholdninger",
            evidence("code", "TABLES.md §5 (NN fetch_levekar.py; KART)"),
          ),
        },
      },
    },
  },
  {
    // FHI's "Bor trangt" (Folkehelsestatistikk table 795, from SSB's register-based housing statistics): no SSB
    // table with crowding by municipality is confirmed (TABLES.md §6), so FHI's export is the documented source.
    id: "fhi-trangbodd",
    publisher: "FHI",
    title: "Trangboddhet, andel personer i privathusholdninger som bor trangt",
    evidence: evidence(
      "code",
      "TABLES.md §6: FHI table 795 (TEL FHI query 'Bor trangt'); FHI export in ../shared/data/reference/telemark_fhi_trangboddhet_2015_2024.csv",
    ),
    topics: ["crowding"],
    dimensions: {
      Innvandringsbakgrunn: {
        evidence: evidence("code", "TEL's FHI export: column Innvandringsbakgrunn (FHI INNVKAT 0 = all)"),
        values: {
          all: value("0", "totalt", evidence("code", "TEL's FHI export (totalt / innvandrere); FHI INNVKAT 0")),
        },
      },
    },
  },
  {
    id: "05940",
    publisher: "SSB",
    title: "Byggeareal. Boliger og bruksareal til bolig, etter bygningstype",
    evidence: evidence("code", "TABLES.md §7 (public code, updated 2026-01-29)"),
    topics: ["construction"],
    dimensions: {
      ContentsCode: {
        evidence: evidence("code", `TABLES.md §7 (${TEL} igangsettelser/fullførte_boliger_etter_boligtype.py)`),
        values: {
          started: value("Igangsatte", "Igangsatte boliger", evidence("code", "TABLES.md §7 (TEL; public code)")),
          completed: value("Fullforte", "Fullførte boliger", evidence("code", "TABLES.md §7 (TEL; public code)")),
        },
      },
    },
  },
  {
    id: "14746",
    publisher: "SSB",
    title: "Framskrevet folkemengde 1. januar, etter region, kjønn, alder, år og statistikkvariabel",
    evidence: evidence(
      "code",
      `TABLES.md §8: 14746 (2026 projections) replaces 14288 (${NN} fetch_framskriving.py; TEL Tabell=14746)`,
    ),
    topics: ["projection"],
    alsoIds: ["14288"],
    edition: {
      titleStart: "Framskrevet folkemengde",
      evidence: evidence("code", "TABLES.md §8: 14288 and 14746 both titled 'Framskrevet folkemengde 1. januar, …'"),
    },
    dimensions: {
      ContentsCode: {
        evidence: evidence("code", `TABLES.md §8 (${NN}; TEL befolkningsframskrivinger_siste_tabell.py)`),
        values: {
          main: value("Personer", "Hovedalternativet (MMMM)", evidence("code", "TABLES.md §8 (NN; TEL labels)")),
          low: value("Personer1", "Lav nasjonal vekst (LLML)", evidence("code", "TABLES.md §8 (NN; TEL labels)")),
          high: value("Personer2", "Høy nasjonal vekst (HHMH)", evidence("code", "TABLES.md §8 (NN; TEL labels)")),
        },
      },
    },
  },
  {
    id: "12008",
    publisher: "SSB",
    title: "Kommunalt disponerte boliger (K)",
    evidence: evidence("code", "TABLES.md §9 (public code 'SSB tabell 12008: Kommunalt disponerte boliger'; NN)"),
    topics: ["municipalDwellings"],
    // KOSTRA's region variable; for 12008 itself unconfirmed (NN finds it by name), so fetch checks it.
    regionDimension: "KOKkommuneregion0000",
    dimensions: {
      ContentsCode: {
        evidence: evidence("doc", "TABLES.md §9: KOSTRA ContentsCode (SSB KOMPIS definition pages)"),
        values: {
          per1000: value(
            "KOSboligSper10000000",
            "Kommunalt disponerte boliger per 1000 innbyggere",
            evidence("doc", "TABLES.md §9 (SSB KOMPIS page val=KOSboligSper10000000); that 12008 has it: unconfirmed"),
          ),
        },
      },
    },
  },
  {
    id: "12944",
    publisher: "SSB",
    title:
      "Personer i husholdninger med vedvarende lavinntekt (EU-skala 60 prosent), etter alder. Treårsperiode (K) (B)",
    evidence: evidence("doc", ATL_12944),
    topics: ["lowIncome"],
    dimensions: {
      // Every age in one: without it the cube is summed over the age groups and the all-ages row.
      Alder: {
        evidence: evidence("doc", `${ATL_12944}: Alder 999A (all), 00-17, 18-34, 35-49, 50-66, 067+`),
        select: true,
        values: {
          allAges: value("999A", "Alle aldre", evidence("doc", `${ATL_12944}; the label is unconfirmed`)),
        },
      },
      ContentsCode: {
        evidence: evidence("doc", ATL_12944),
        values: {
          share: value(
            "EUskalaSeksti",
            "Personer i husholdninger med vedvarende lavinntekt (prosent)",
            evidence("doc", `${ATL_12944}: EUskalaSeksti (%); the label is unconfirmed`),
          ),
          persons: value(
            "PersonerSeksti",
            "Personer i husholdninger med vedvarende lavinntekt",
            evidence("doc", `${ATL_12944}: PersonerSeksti (count); the label is unconfirmed`),
          ),
        },
      },
    },
  },
  {
    // Price per m² of used dwellings, all dwelling types, from 2025. Its predecessor 06035 (to 2024) has the types
    // 01 Eneboliger, 02 Småhus and 03 Blokkleiligheter only, no total, and prices per type cannot be added up, so
    // 06035 is not read: the sheet and the indicator use the all-types price (TABLES.md §10).
    id: "14545",
    publisher: "SSB",
    title: "Gjennomsnittlig kvadratmeterpris og antall omsetninger (K), år",
    evidence: evidence("code", PRICES_14545),
    topics: ["housePrices"],
    dimensions: {
      Boligtype: {
        evidence: evidence("code", `${PRICES_14545}; KART src/app/api/bolig/route.ts (06035's Boligtype)`),
        select: true,
        values: {
          all: value(
            "00",
            "Boliger i alt",
            evidence(
              "unconfirmed",
              "TABLES.md §10: 14545 Boligtype 00 used as the all-types figure; label unconfirmed",
            ),
          ),
        },
      },
      ContentsCode: {
        evidence: evidence("code", `${PRICES_14545}; KART (06035: KvPris, Omsetninger)`),
        values: {
          pricePerM2: value(
            "KvPris",
            "Gjennomsnittlig kvadratmeterpris (kr)",
            evidence("code", `${PRICES_14545}; the label is unconfirmed`),
          ),
          transactions: value(
            "Omsetninger",
            "Antall omsetninger",
            evidence("code", `${PRICES_14545}; the label is unconfirmed`),
          ),
        },
      },
    },
  },
  {
    // Social assistance from KOSTRA: recipients per 1000 inhabitants. The table, its title and its region variable
    // are documented (ATL's manifest); the ContentsCode is not: fetch asks SSB's /metadata before every use.
    id: "13995",
    publisher: "SSB",
    title: "Sosialhjelpstilfeller, utbetalt beløp og stønadstid (K)",
    evidence: evidence("doc", ATL_13995),
    topics: ["socialAssistance"],
    regionDimension: "KOKkommuneregion0000",
    dimensions: {
      ContentsCode: {
        evidence: evidence("doc", `${ATL_13995}: 34 ContentsCodes`),
        values: {
          // The R script names its 12210 column shj_klienter, which fits a count as well as a rate: SSB's label must
          // say "per 1000" before the figure is read as one.
          per1000: {
            ...value(
              "KOSsosantkliente0000",
              "Sosialhjelpsmottakere per 1000 innbyggere",
              evidence(
                "unconfirmed",
                `${ATL_13995} ("contents_code": "KOSsosantkliente0000", "contents_label": "Sosialhjelpsmottakere per 1000 innbyggere"); a public R script reads the same code from 12210`,
              ),
            ),
            labelMustMatch: /per 1\s?000 innbygg/i,
          },
        },
      },
    },
  },
  {
    // Refugees settled per municipality and year (IMDi «Bosettingstall»), read from IMDi's yearly page
    // https://www.imdi.no/bosetting/bosettingstall/nokkeltall-bosetting-YYYY/ (src/data/imdi-page.ts). The page has no
    // codes: `Kolonne` is faktaark's name for the column read, matched by IMDi's header text.
    id: "imdi-bosetting",
    publisher: "IMDi",
    title: "Bosettingstall",
    evidence: evidence("doc", IMDI),
    topics: ["refugees"],
    dimensions: {
      Kolonne: {
        evidence: evidence(
          "doc",
          `${IMDI}: columns anmodet, vedtatt, bosatte, bosatte med kollektiv beskyttelse (avtalt … from 2026)`,
        ),
        values: {
          settled: value(
            "bosatte",
            "Antall bosatte personer",
            evidence(
              "verbatim",
              `${IMDI}: header «Antall bosatte personer:» in every county table of 2022, 2024 and 2026`,
            ),
          ),
        },
      },
    },
  },
  {
    id: "husbanken",
    publisher: "Husbanken",
    title: "Husbankens virkemidler per kommune og år",
    evidence: evidence("doc", "faktaark's own CSV for Husbanken's figures (data/README.md); no public API"),
    topics: ["husbanken"],
    dimensions: {
      variabel: {
        evidence: evidence("doc", "faktaark's own CSV (data/README.md)"),
        values: {
          startLoanCount: value("startlan_antall", "Startlån, antall", evidence("doc", "faktaark CSV")),
          startLoanAmount: value("startlan_belop", "Startlån, beløp (1000 kr)", evidence("doc", "faktaark CSV")),
          housingAllowanceHouseholds: value(
            "bostotte_husstander",
            "Bostøtte, mottakere (husstander)",
            evidence("doc", "faktaark CSV"),
          ),
          rentalGrantDwellings: value(
            "tilskudd_utleie_boliger",
            "Tilskudd til utleieboliger, antall boliger",
            evidence("doc", "faktaark CSV"),
          ),
          adaptationGrants: value(
            "tilskudd_tilpasning_antall",
            "Tilskudd til tilpasning og etablering, antall",
            evidence("doc", "faktaark CSV"),
          ),
        },
      },
    },
  },
];

/** How a region variable names the country and the counties: SSB's own totals, which the sheet prefers to
 * faktaark's sums (fetched in a request of their own, since `agg_KommSummer` has municipalities only). */
export interface AreaCodes {
  readonly country: string;
  readonly county: (county: string) => string;
  readonly evidence: Evidence;
}

export const AREA_CODES: Readonly<Record<string, AreaCodes>> = {
  Region: {
    country: "0",
    county: (county) => county,
    evidence: evidence(
      "code",
      "TABLES.md §1 (JB json-stat2.md: Region 0 = Hele landet, two-digit counties) and §2 (TEL: Region 0, 40)",
    ),
  },
  KOKkommuneregion0000: {
    country: "EAK",
    county: (county) => `EKA${county}`,
    evidence: evidence("doc", "TABLES.md §9 (JB kostra.md: EAK Landet, EKA31… fylker)"),
  },
};

/** A table's title without SSB's leading number ("07459: Befolkning, …" → "Befolkning, …"). */
export const titleWithoutNumber = (label: string): string => label.replace(/^\d{5}:\s*/, "").trim();

/** The catalogue's table for a table number, or for a newer edition recognised by its title. */
export function findTableSpec(id: string, title?: string): TableSpec | undefined {
  const known = TABLES.find((table) => table.id === id || table.alsoIds?.includes(id));
  if (known !== undefined || title === undefined) return known;
  const plain = titleWithoutNumber(title);
  return TABLES.find((table) => table.edition !== undefined && plain.startsWith(table.edition.titleStart));
}

/** The catalogue's table for a number faktaark itself names (a programming error when it is not there). */
export function requireTableSpec(id: string): TableSpec {
  const spec = findTableSpec(id);
  if (!spec) throw new Error(`Tabell ${id} mangler i katalogen (src/data/tables.ts).`);
  return spec;
}

/** Whether an observation's key (a code or a label) is this value. */
export function matchesValue(key: string | undefined, value: DimensionValue): boolean {
  if (key === undefined) return false;
  if (key === value.code) return true;
  const folded = key.trim().toLowerCase();
  return folded === value.label.toLowerCase() || (value.alsoLabels ?? []).some((l) => l.toLowerCase() === folded);
}
