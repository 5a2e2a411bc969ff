// The built-in register: the 357 municipalities and 15 counties of the 2024 structure, written from public
// knowledge (tests compare it with SSB's KLASS 131 list when ../shared is present). Populations are rough
// figures for 2024, used only to give the generated sample data a realistic size per municipality.

export interface County {
  readonly code: string;
  /** Official name with Sami/Kven forms joined by " - ", as KLASS 104 writes it. */
  readonly name: string;
}

export interface RegisterEntry {
  readonly code: string;
  /** Official name with Sami/Kven forms joined by " - ", as KLASS 131 writes it. */
  readonly name: string;
  /** The Norwegian form alone. */
  readonly shortName: string;
  readonly countyCode: string;
  /** Approximate population 1 January 2024 (for sample data only). */
  readonly population: number;
}

export const COUNTIES: readonly County[] = [
  { code: "03", name: "Oslo" },
  { code: "11", name: "Rogaland" },
  { code: "15", name: "Møre og Romsdal" },
  { code: "18", name: "Nordland - Nordlánnda" },
  { code: "31", name: "Østfold" },
  { code: "32", name: "Akershus" },
  { code: "33", name: "Buskerud" },
  { code: "34", name: "Innlandet" },
  { code: "39", name: "Vestfold" },
  { code: "40", name: "Telemark" },
  { code: "42", name: "Agder" },
  { code: "46", name: "Vestland" },
  { code: "50", name: "Trøndelag - Trööndelage" },
  { code: "55", name: "Troms - Romsa - Tromssa" },
  { code: "56", name: "Finnmark - Finnmárku - Finmarkku" },
];

/** Names whose first form is not the Norwegian one ("Snåase - Snåsa"): code → the Norwegian form. */
const NORWEGIAN_FORM: Readonly<Record<string, string>> = {
  "1826": "Hattfjelldal",
  "1875": "Hamarøy",
  "5512": "Tjeldsund",
  "5041": "Snåsa",
  "5043": "Røyrvik",
  "5518": "Lavangen",
  "5540": "Kåfjord",
  "5610": "Karasjok",
  "5612": "Kautokeino",
  "5628": "Tana",
  "5636": "Nesseby",
};

/** The Norwegian form of an official name: the first of the forms joined by " - ", unless the register knows
 * the Norwegian form comes later. */
export function shortNameOf(code: string, name: string): string {
  const known = NORWEGIAN_FORM[code];
  if (known !== undefined && name.split(" - ").includes(known)) return known;
  return name.split(" - ")[0]?.trim() ?? name;
}

// code|official name|approximate population
const TABLE = `
0301|Oslo - Oslove|717000
1101|Eigersund|15000
1103|Stavanger|146000
1106|Haugesund|38000
1108|Sandnes|83000
1111|Sokndal|3300
1112|Lund|3200
1114|Bjerkreim|2900
1119|Hå|19500
1120|Klepp|20000
1121|Time|19500
1122|Gjesdal|12200
1124|Sola|28000
1127|Randaberg|11500
1130|Strand|13000
1133|Hjelmeland|2600
1134|Suldal|3800
1135|Sauda|4600
1144|Kvitsøy|530
1145|Bokn|870
1146|Tysvær|11300
1149|Karmøy|43000
1151|Utsira|200
1160|Vindafjord|8800
1505|Kristiansund|24500
1506|Molde|32500
1508|Ålesund|58000
1511|Vanylven|3100
1514|Sande|2400
1515|Herøy (Møre og Romsdal)|9000
1516|Ulstein|8700
1517|Hareid|5200
1520|Ørsta|10900
1525|Stranda|4500
1528|Sykkylven|7600
1531|Sula|10000
1532|Giske|8500
1535|Vestnes|6800
1539|Rauma|7400
1547|Aukra|3700
1554|Averøy|5800
1557|Gjemnes|2600
1560|Tingvoll|3000
1563|Sunndal|7000
1566|Surnadal|5800
1573|Smøla|2100
1576|Aure|3400
1577|Volda|10800
1578|Fjord|2500
1579|Hustadvika|13400
1580|Haram|9400
1804|Bodø|53000
1806|Narvik|21500
1811|Bindal|1400
1812|Sømna|2000
1813|Brønnøy|7900
1815|Vega|1200
1816|Vevelstad|480
1818|Herøy (Nordland)|1750
1820|Alstahaug|7400
1822|Leirfjord|2300
1824|Vefsn|13200
1825|Grane|1500
1826|Aarborte - Hattfjelldal|1300
1827|Dønna|1300
1828|Nesna|1750
1832|Hemnes|4500
1833|Rana - Raane|26500
1834|Lurøy|1800
1835|Træna|440
1836|Rødøy|1200
1837|Meløy|6200
1838|Gildeskål|1900
1839|Beiarn|1000
1840|Saltdal|4600
1841|Fauske - Fuossko|9800
1845|Sørfold - Fuolldá|1900
1848|Steigen|2500
1851|Lødingen|2100
1853|Evenes - Evenášši|1400
1856|Røst|460
1857|Værøy|700
1859|Flakstad|1250
1860|Vestvågøy|11700
1865|Vågan|9800
1866|Hadsel|8100
1867|Bø|2500
1868|Øksnes|4400
1870|Sortland - Suortá|10700
1871|Andøy|4500
1874|Moskenes|1000
1875|Hábmer - Hamarøy|2700
3101|Halden|31800
3103|Moss|51000
3105|Sarpsborg|58000
3107|Fredrikstad|84000
3110|Hvaler|4900
3112|Råde|7700
3114|Våler (Østfold)|6100
3116|Skiptvet|3900
3118|Indre Østfold|46500
3120|Rakkestad|8400
3122|Marker|3600
3124|Aremark|1300
3201|Bærum|130000
3203|Asker|98000
3205|Lillestrøm|92000
3207|Nordre Follo|62000
3209|Ullensaker|42000
3212|Nesodden|20500
3214|Frogn|16500
3216|Vestby|19000
3218|Ås|21500
3220|Enebakk|11500
3222|Lørenskog|48000
3224|Rælingen|19000
3226|Aurskog-Høland|18000
3228|Nes|24000
3230|Gjerdrum|7200
3232|Nittedal|25000
3234|Lunner|9200
3236|Jevnaker|7000
3238|Nannestad|15000
3240|Eidsvoll|27000
3242|Hurdal|2900
3301|Drammen|103000
3303|Kongsberg|28500
3305|Ringerike|31500
3310|Hole|7000
3312|Lier|28000
3314|Øvre Eiker|20500
3316|Modum|14500
3318|Krødsherad|2200
3320|Flå|1050
3322|Nesbyen|3300
3324|Gol|4600
3326|Hemsedal|2600
3328|Ål|4700
3330|Hol|4500
3332|Sigdal|3500
3334|Flesberg|2800
3336|Rollag|1400
3338|Nore og Uvdal|2400
3401|Kongsvinger|18000
3403|Hamar|32000
3405|Lillehammer|29000
3407|Gjøvik|30500
3411|Ringsaker|35000
3412|Løten|7700
3413|Stange|21500
3414|Nord-Odal|5000
3415|Sør-Odal|7900
3416|Eidskog|6100
3417|Grue|4500
3418|Åsnes|7000
3419|Våler (Innlandet)|3600
3420|Elverum|21500
3421|Trysil|6500
3422|Åmot|4300
3423|Stor-Elvdal|2400
3424|Rendalen|1750
3425|Engerdal|1250
3426|Tolga|1550
3427|Tynset|5700
3428|Alvdal|2400
3429|Folldal|1550
3430|Os|1900
3431|Dovre|2500
3432|Lesja|1950
3433|Skjåk|2200
3434|Lom|2300
3435|Vågå|3500
3436|Nord-Fron|5700
3437|Sel|5700
3438|Sør-Fron|3100
3439|Ringebu|4400
3440|Øyer|5100
3441|Gausdal|6100
3442|Østre Toten|15000
3443|Vestre Toten|13500
3446|Gran|13700
3447|Søndre Land|5600
3448|Nordre Land|6600
3449|Sør-Aurdal|2900
3450|Etnedal|1300
3451|Nord-Aurdal|6400
3452|Vestre Slidre|2200
3453|Øystre Slidre|3200
3454|Vang|1600
3901|Horten|27700
3903|Holmestrand|25700
3905|Tønsberg|58000
3907|Sandefjord|65000
3909|Larvik|48000
3911|Færder|27500
4001|Porsgrunn|37500
4003|Skien|56000
4005|Notodden|13000
4010|Siljan|2300
4012|Bamble|14000
4014|Kragerø|10400
4016|Drangedal|4100
4018|Nome|6500
4020|Midt-Telemark|10800
4022|Seljord|3000
4024|Hjartdal|1600
4026|Tinn|5600
4028|Kviteseid|2400
4030|Nissedal|1450
4032|Fyresdal|1300
4034|Tokke|2200
4036|Vinje|3800
4201|Risør|6800
4202|Grimstad|24500
4203|Arendal|46000
4204|Kristiansand|116000
4205|Lindesnes|23800
4206|Farsund|9800
4207|Flekkefjord|9100
4211|Gjerstad|2400
4212|Vegårshei|2100
4213|Tvedestrand|6100
4214|Froland|6100
4215|Lillesand|11500
4216|Birkenes|5300
4217|Åmli|1850
4218|Iveland|1350
4219|Evje og Hornnes|3700
4220|Bygland|1150
4221|Valle|1150
4222|Bykle|1000
4223|Vennesla|15300
4224|Åseral|950
4225|Lyngdal|10800
4226|Hægebostad|1700
4227|Kvinesdal|6000
4228|Sirdal|1850
4601|Bergen|291000
4602|Kinn|17200
4611|Etne|4100
4612|Sveio|5800
4613|Bømlo|12000
4614|Stord|19000
4615|Fitjar|3200
4616|Tysnes|2900
4617|Kvinnherad|13000
4618|Ullensvang|11000
4619|Eidfjord|900
4620|Ulvik|1100
4621|Voss|16000
4622|Kvam|8500
4623|Samnanger|2500
4624|Bjørnafjorden|26000
4625|Austevoll|5300
4626|Øygarden|39500
4627|Askøy|30000
4628|Vaksdal|3900
4629|Modalen|390
4630|Osterøy|8200
4631|Alver|30000
4632|Austrheim|2900
4633|Fedje|530
4634|Masfjorden|1700
4635|Gulen|2300
4636|Solund|790
4637|Hyllestad|1300
4638|Høyanger|4100
4639|Vik|2600
4640|Sogndal|12300
4641|Aurland|1800
4642|Lærdal|2200
4643|Årdal|5200
4644|Luster|5300
4645|Askvoll|3000
4646|Fjaler|2800
4647|Sunnfjord|22500
4648|Bremanger|3500
4649|Stad|9500
4650|Gloppen|5900
4651|Stryn|7200
5001|Trondheim - Tråante|214000
5006|Steinkjer - Stïentje|24500
5007|Namsos - Nåavmesjenjaelmie|15200
5014|Frøya|5300
5020|Osen|950
5021|Oppdal|7100
5022|Rennebu|2500
5025|Røros - Rosse|5600
5026|Holtålen|2000
5027|Midtre Gauldal|6400
5028|Melhus|17300
5029|Skaun|8700
5031|Malvik|14800
5032|Selbu|4200
5033|Tydal|780
5034|Meråker|2400
5035|Stjørdal|25000
5036|Frosta|2700
5037|Levanger - Levangke|20500
5038|Verdal|15200
5041|Snåase - Snåsa|2000
5042|Lierne|1300
5043|Raarvihke - Røyrvik|460
5044|Namsskogan|850
5045|Grong|2300
5046|Høylandet|1200
5047|Overhalla|3900
5049|Flatanger|1100
5052|Leka|540
5053|Inderøy|6900
5054|Indre Fosen|10200
5055|Heim|5900
5056|Hitra|5200
5057|Ørland|10500
5058|Åfjord|4300
5059|Orkland|18700
5060|Nærøysund|9800
5061|Rindal|2000
5501|Tromsø|78500
5503|Harstad - Hárstták|25000
5510|Kvæfjord|2800
5512|Dielddanuorri - Tjeldsund|4200
5514|Ibestad|1350
5516|Gratangen - Rivtták|1100
5518|Loabák - Lavangen|1000
5520|Bardu|4000
5522|Salangen|2200
5524|Målselv|6700
5526|Sørreisa|3500
5528|Dyrøy|1100
5530|Senja|14800
5532|Balsfjord|5600
5534|Karlsøy|2100
5536|Lyngen - Ivgu - Yykeä|2800
5538|Storfjord - Omasvuotna - Omasvuono|1800
5540|Gáivuotna - Kåfjord - Kaivuono|2000
5542|Skjervøy|2800
5544|Nordreisa - Ráisa - Raisi|4800
5546|Kvænangen|1150
5601|Alta|21500
5603|Hammerfest - Hámmerfeasta|11300
5605|Sør-Varanger|10000
5607|Vadsø|5700
5610|Kárášjohka - Karasjok|2600
5612|Guovdageaidnu - Kautokeino|2900
5614|Loppa|860
5616|Hasvik|1000
5618|Måsøy|1150
5620|Nordkapp|3100
5622|Porsanger - Porsángu - Porsanki|3900
5624|Lebesby|1250
5626|Gamvik|1100
5628|Deatnu - Tana|2800
5630|Berlevåg|900
5632|Båtsfjord|2100
5634|Vardø|1950
5636|Unjárga - Nesseby|880
`;

function parseTable(table: string): RegisterEntry[] {
  return table
    .trim()
    .split("\n")
    .map((line) => {
      const [code = "", name = "", population = ""] = line.split("|");
      return {
        code,
        name,
        shortName: shortNameOf(code, name),
        countyCode: code.slice(0, 2),
        population: Number(population),
      };
    });
}

/** All 357 municipalities, sorted by code. */
export const MUNICIPALITIES: readonly RegisterEntry[] = parseTable(TABLE);

export function findCounty(code: string): County | undefined {
  return COUNTIES.find((county) => county.code === code);
}
