// Municipality changes 2017–2024 written from SSB's published lists (KLASS 131), for datasets that carry no
// KLASS change table of their own. One line per new municipality: "date new-code new-name < old-code old-name, …".
// An old code listed under several new codes on the same date was split between them.
// The 2024 county renumbering kept the names, so it is listed as code pairs "old>new"; the two municipalities
// whose names changed at the same time are in RENAMED_2024.

export const BUILTIN_CHANGES_TEXT = `
2017-01-01 0704 Tønsberg < 0704 Tønsberg, 0716 Re
2017-01-01 0710 Sandefjord < 0706 Sandefjord, 0719 Andebu, 0720 Stokke
2018-01-01 0712 Larvik < 0709 Larvik, 0728 Lardal
2018-01-01 0729 Færder < 0722 Nøtterøy, 0723 Tjøme
2018-01-01 0715 Holmestrand < 0702 Holmestrand, 0714 Hof
2018-01-01 5001 Trondheim < 1601 Trondheim
2018-01-01 5004 Steinkjer < 1702 Steinkjer
2018-01-01 5005 Namsos < 1703 Namsos
2018-01-01 5011 Hemne < 1612 Hemne
2018-01-01 5012 Snillfjord < 1613 Snillfjord
2018-01-01 5013 Hitra < 1617 Hitra
2018-01-01 5014 Frøya < 1620 Frøya
2018-01-01 5015 Ørland < 1621 Ørland
2018-01-01 5016 Agdenes < 1622 Agdenes
2018-01-01 5017 Bjugn < 1627 Bjugn
2018-01-01 5018 Åfjord < 1630 Åfjord
2018-01-01 5019 Roan < 1632 Roan
2018-01-01 5020 Osen < 1633 Osen
2018-01-01 5021 Oppdal < 1634 Oppdal
2018-01-01 5022 Rennebu < 1635 Rennebu
2018-01-01 5023 Meldal < 1636 Meldal
2018-01-01 5024 Orkdal < 1638 Orkdal
2018-01-01 5025 Røros < 1640 Røros
2018-01-01 5026 Holtålen < 1644 Holtålen
2018-01-01 5027 Midtre Gauldal < 1648 Midtre Gauldal
2018-01-01 5028 Melhus < 1653 Melhus
2018-01-01 5029 Skaun < 1657 Skaun
2018-01-01 5030 Klæbu < 1662 Klæbu
2018-01-01 5031 Malvik < 1663 Malvik
2018-01-01 5032 Selbu < 1664 Selbu
2018-01-01 5033 Tydal < 1665 Tydal
2018-01-01 5034 Meråker < 1711 Meråker
2018-01-01 5035 Stjørdal < 1714 Stjørdal
2018-01-01 5036 Frosta < 1717 Frosta
2018-01-01 5037 Levanger < 1719 Levanger
2018-01-01 5038 Verdal < 1721 Verdal
2018-01-01 5039 Verran < 1724 Verran
2018-01-01 5040 Namdalseid < 1725 Namdalseid
2018-01-01 5041 Snåase - Snåsa < 1736 Snåase - Snåsa
2018-01-01 5042 Lierne < 1738 Lierne
2018-01-01 5043 Raarvihke - Røyrvik < 1739 Raarvihke - Røyrvik
2018-01-01 5044 Namsskogan < 1740 Namsskogan
2018-01-01 5045 Grong < 1742 Grong
2018-01-01 5046 Høylandet < 1743 Høylandet
2018-01-01 5047 Overhalla < 1744 Overhalla
2018-01-01 5048 Fosnes < 1748 Fosnes
2018-01-01 5049 Flatanger < 1749 Flatanger
2018-01-01 5050 Vikna < 1750 Vikna
2018-01-01 5051 Nærøy < 1751 Nærøy
2018-01-01 5052 Leka < 1755 Leka
2018-01-01 5053 Inderøy < 1756 Inderøy
2018-01-01 5054 Indre Fosen < 1624 Rissa, 1718 Leksvik
2020-01-01 3001 Halden < 0101 Halden
2020-01-01 3002 Moss < 0104 Moss, 0136 Rygge
2020-01-01 3003 Sarpsborg < 0105 Sarpsborg
2020-01-01 3004 Fredrikstad < 0106 Fredrikstad
2020-01-01 3011 Hvaler < 0111 Hvaler
2020-01-01 3012 Aremark < 0118 Aremark
2020-01-01 3013 Marker < 0119 Marker
2020-01-01 3014 Indre Østfold < 0122 Trøgstad, 0123 Spydeberg, 0124 Askim, 0125 Eidsberg, 0138 Hobøl
2020-01-01 3015 Skiptvet < 0127 Skiptvet
2020-01-01 3016 Rakkestad < 0128 Rakkestad
2020-01-01 3017 Råde < 0135 Råde
2020-01-01 3018 Våler < 0137 Våler
2020-01-01 3019 Vestby < 0211 Vestby
2020-01-01 3020 Nordre Follo < 0213 Ski, 0217 Oppegård
2020-01-01 3021 Ås < 0214 Ås
2020-01-01 3022 Frogn < 0215 Frogn
2020-01-01 3023 Nesodden < 0216 Nesodden
2020-01-01 3024 Bærum < 0219 Bærum
2020-01-01 3025 Asker < 0220 Asker, 0627 Røyken, 0628 Hurum
2020-01-01 3026 Aurskog-Høland < 0221 Aurskog-Høland, 0121 Rømskog
2020-01-01 3027 Rælingen < 0228 Rælingen
2020-01-01 3028 Enebakk < 0229 Enebakk
2020-01-01 3029 Lørenskog < 0230 Lørenskog
2020-01-01 3030 Lillestrøm < 0226 Sørum, 0227 Fet, 0231 Skedsmo
2020-01-01 3031 Nittedal < 0233 Nittedal
2020-01-01 3032 Gjerdrum < 0234 Gjerdrum
2020-01-01 3033 Ullensaker < 0235 Ullensaker
2020-01-01 3034 Nes < 0236 Nes
2020-01-01 3035 Eidsvoll < 0237 Eidsvoll
2020-01-01 3036 Nannestad < 0238 Nannestad
2020-01-01 3037 Hurdal < 0239 Hurdal
2020-01-01 3005 Drammen < 0602 Drammen, 0625 Nedre Eiker, 0711 Svelvik
2020-01-01 3006 Kongsberg < 0604 Kongsberg
2020-01-01 3007 Ringerike < 0605 Ringerike
2020-01-01 3038 Hole < 0612 Hole
2020-01-01 3039 Flå < 0615 Flå
2020-01-01 3040 Nesbyen < 0616 Nes
2020-01-01 3041 Gol < 0617 Gol
2020-01-01 3042 Hemsedal < 0618 Hemsedal
2020-01-01 3043 Ål < 0619 Ål
2020-01-01 3044 Hol < 0620 Hol
2020-01-01 3045 Sigdal < 0621 Sigdal
2020-01-01 3046 Krødsherad < 0622 Krødsherad
2020-01-01 3047 Modum < 0623 Modum
2020-01-01 3048 Øvre Eiker < 0624 Øvre Eiker
2020-01-01 3049 Lier < 0626 Lier
2020-01-01 3050 Flesberg < 0631 Flesberg
2020-01-01 3051 Rollag < 0632 Rollag
2020-01-01 3052 Nore og Uvdal < 0633 Nore og Uvdal
2020-01-01 3053 Jevnaker < 0532 Jevnaker
2020-01-01 3054 Lunner < 0533 Lunner
2020-01-01 3801 Horten < 0701 Horten
2020-01-01 3802 Holmestrand < 0715 Holmestrand, 0713 Sande
2020-01-01 3803 Tønsberg < 0704 Tønsberg
2020-01-01 3804 Sandefjord < 0710 Sandefjord
2020-01-01 3805 Larvik < 0712 Larvik
2020-01-01 3811 Færder < 0729 Færder
2020-01-01 3806 Porsgrunn < 0805 Porsgrunn
2020-01-01 3807 Skien < 0806 Skien
2020-01-01 3808 Notodden < 0807 Notodden
2020-01-01 3812 Siljan < 0811 Siljan
2020-01-01 3813 Bamble < 0814 Bamble
2020-01-01 3814 Kragerø < 0815 Kragerø
2020-01-01 3815 Drangedal < 0817 Drangedal
2020-01-01 3816 Nome < 0819 Nome
2020-01-01 3817 Midt-Telemark < 0821 Bø, 0822 Sauherad
2020-01-01 3818 Tinn < 0826 Tinn
2020-01-01 3819 Hjartdal < 0827 Hjartdal
2020-01-01 3820 Seljord < 0828 Seljord
2020-01-01 3821 Kviteseid < 0829 Kviteseid
2020-01-01 3822 Nissedal < 0830 Nissedal
2020-01-01 3823 Fyresdal < 0831 Fyresdal
2020-01-01 3824 Tokke < 0833 Tokke
2020-01-01 3825 Vinje < 0834 Vinje
2020-01-01 3401 Kongsvinger < 0402 Kongsvinger
2020-01-01 3403 Hamar < 0403 Hamar
2020-01-01 3411 Ringsaker < 0412 Ringsaker
2020-01-01 3412 Løten < 0415 Løten
2020-01-01 3413 Stange < 0417 Stange
2020-01-01 3414 Nord-Odal < 0418 Nord-Odal
2020-01-01 3415 Sør-Odal < 0419 Sør-Odal
2020-01-01 3416 Eidskog < 0420 Eidskog
2020-01-01 3417 Grue < 0423 Grue
2020-01-01 3418 Åsnes < 0425 Åsnes
2020-01-01 3419 Våler < 0426 Våler
2020-01-01 3420 Elverum < 0427 Elverum
2020-01-01 3421 Trysil < 0428 Trysil
2020-01-01 3422 Åmot < 0429 Åmot
2020-01-01 3423 Stor-Elvdal < 0430 Stor-Elvdal
2020-01-01 3424 Rendalen < 0432 Rendalen
2020-01-01 3425 Engerdal < 0434 Engerdal
2020-01-01 3426 Tolga < 0436 Tolga
2020-01-01 3427 Tynset < 0437 Tynset
2020-01-01 3428 Alvdal < 0438 Alvdal
2020-01-01 3429 Folldal < 0439 Folldal
2020-01-01 3430 Os < 0441 Os
2020-01-01 3405 Lillehammer < 0501 Lillehammer
2020-01-01 3407 Gjøvik < 0502 Gjøvik
2020-01-01 3431 Dovre < 0511 Dovre
2020-01-01 3432 Lesja < 0512 Lesja
2020-01-01 3433 Skjåk < 0513 Skjåk
2020-01-01 3434 Lom < 0514 Lom
2020-01-01 3435 Vågå < 0515 Vågå
2020-01-01 3436 Nord-Fron < 0516 Nord-Fron
2020-01-01 3437 Sel < 0517 Sel
2020-01-01 3438 Sør-Fron < 0519 Sør-Fron
2020-01-01 3439 Ringebu < 0520 Ringebu
2020-01-01 3440 Øyer < 0521 Øyer
2020-01-01 3441 Gausdal < 0522 Gausdal
2020-01-01 3442 Østre Toten < 0528 Østre Toten
2020-01-01 3443 Vestre Toten < 0529 Vestre Toten
2020-01-01 3446 Gran < 0534 Gran
2020-01-01 3447 Søndre Land < 0536 Søndre Land
2020-01-01 3448 Nordre Land < 0538 Nordre Land
2020-01-01 3449 Sør-Aurdal < 0540 Sør-Aurdal
2020-01-01 3450 Etnedal < 0541 Etnedal
2020-01-01 3451 Nord-Aurdal < 0542 Nord-Aurdal
2020-01-01 3452 Vestre Slidre < 0543 Vestre Slidre
2020-01-01 3453 Øystre Slidre < 0544 Øystre Slidre
2020-01-01 3454 Vang < 0545 Vang
2020-01-01 4201 Risør < 0901 Risør
2020-01-01 4202 Grimstad < 0904 Grimstad
2020-01-01 4203 Arendal < 0906 Arendal
2020-01-01 4211 Gjerstad < 0911 Gjerstad
2020-01-01 4212 Vegårshei < 0912 Vegårshei
2020-01-01 4213 Tvedestrand < 0914 Tvedestrand
2020-01-01 4214 Froland < 0919 Froland
2020-01-01 4215 Lillesand < 0926 Lillesand
2020-01-01 4216 Birkenes < 0928 Birkenes
2020-01-01 4217 Åmli < 0929 Åmli
2020-01-01 4218 Iveland < 0935 Iveland
2020-01-01 4219 Evje og Hornnes < 0937 Evje og Hornnes
2020-01-01 4220 Bygland < 0938 Bygland
2020-01-01 4221 Valle < 0940 Valle
2020-01-01 4222 Bykle < 0941 Bykle
2020-01-01 4204 Kristiansand < 1001 Kristiansand, 1017 Songdalen, 1018 Søgne
2020-01-01 4205 Lindesnes < 1002 Mandal, 1021 Marnardal, 1029 Lindesnes
2020-01-01 4206 Farsund < 1003 Farsund
2020-01-01 4207 Flekkefjord < 1004 Flekkefjord
2020-01-01 4223 Vennesla < 1014 Vennesla
2020-01-01 4224 Åseral < 1026 Åseral
2020-01-01 4225 Lyngdal < 1032 Lyngdal, 1027 Audnedal
2020-01-01 4226 Hægebostad < 1034 Hægebostad
2020-01-01 4227 Kvinesdal < 1037 Kvinesdal
2020-01-01 4228 Sirdal < 1046 Sirdal
2020-01-01 1103 Stavanger < 1141 Finnøy, 1142 Rennesøy
2020-01-01 1108 Sandnes < 1102 Sandnes, 1129 Forsand
2020-01-01 4601 Bergen < 1201 Bergen
2020-01-01 4611 Etne < 1211 Etne
2020-01-01 4612 Sveio < 1216 Sveio
2020-01-01 4613 Bømlo < 1219 Bømlo
2020-01-01 4614 Stord < 1221 Stord
2020-01-01 4615 Fitjar < 1222 Fitjar
2020-01-01 4616 Tysnes < 1223 Tysnes
2020-01-01 4617 Kvinnherad < 1224 Kvinnherad
2020-01-01 4618 Ullensvang < 1228 Odda, 1231 Ullensvang, 1227 Jondal
2020-01-01 4619 Eidfjord < 1232 Eidfjord
2020-01-01 4620 Ulvik < 1233 Ulvik
2020-01-01 4621 Voss < 1235 Voss, 1234 Granvin
2020-01-01 4622 Kvam < 1238 Kvam
2020-01-01 4623 Samnanger < 1242 Samnanger
2020-01-01 4624 Bjørnafjorden < 1243 Os, 1241 Fusa
2020-01-01 4625 Austevoll < 1244 Austevoll
2020-01-01 4626 Øygarden < 1245 Sund, 1246 Fjell, 1259 Øygarden
2020-01-01 4627 Askøy < 1247 Askøy
2020-01-01 4628 Vaksdal < 1251 Vaksdal
2020-01-01 4629 Modalen < 1252 Modalen
2020-01-01 4630 Osterøy < 1253 Osterøy
2020-01-01 4631 Alver < 1256 Meland, 1260 Radøy, 1263 Lindås
2020-01-01 4632 Austrheim < 1264 Austrheim
2020-01-01 4633 Fedje < 1265 Fedje
2020-01-01 4634 Masfjorden < 1266 Masfjorden
2020-01-01 4635 Gulen < 1411 Gulen
2020-01-01 4602 Kinn < 1401 Flora, 1439 Vågsøy
2020-01-01 4636 Solund < 1412 Solund
2020-01-01 4637 Hyllestad < 1413 Hyllestad
2020-01-01 4638 Høyanger < 1416 Høyanger
2020-01-01 4639 Vik < 1417 Vik
2020-01-01 4640 Sogndal < 1420 Sogndal, 1418 Balestrand, 1419 Leikanger
2020-01-01 4641 Aurland < 1421 Aurland
2020-01-01 4642 Lærdal < 1422 Lærdal
2020-01-01 4643 Årdal < 1424 Årdal
2020-01-01 4644 Luster < 1426 Luster
2020-01-01 4645 Askvoll < 1428 Askvoll
2020-01-01 4646 Fjaler < 1429 Fjaler
2020-01-01 4647 Sunnfjord < 1432 Førde, 1430 Gaular, 1431 Jølster, 1433 Naustdal
2020-01-01 4648 Bremanger < 1438 Bremanger
2020-01-01 4649 Stad < 1441 Selje, 1443 Eid
2020-01-01 4650 Gloppen < 1445 Gloppen
2020-01-01 4651 Stryn < 1449 Stryn
2020-01-01 1506 Molde < 1502 Molde, 1543 Nesset, 1545 Midsund
2020-01-01 1507 Ålesund < 1504 Ålesund, 1523 Ørskog, 1529 Skodje, 1534 Haram, 1546 Sandøy
2020-01-01 1577 Volda < 1519 Volda, 1444 Hornindal
2020-01-01 1578 Fjord < 1524 Norddal, 1526 Stordal
2020-01-01 1579 Hustadvika < 1548 Fræna, 1551 Eide
2020-01-01 1806 Narvik < 1805 Narvik, 1854 Ballangen, 1850 Tysfjord
2020-01-01 1875 Hamarøy < 1849 Hamarøy, 1850 Tysfjord
2020-01-01 5401 Tromsø < 1902 Tromsø
2020-01-01 5402 Harstad < 1903 Harstad
2020-01-01 5411 Kvæfjord < 1911 Kvæfjord
2020-01-01 5412 Tjeldsund < 1852 Tjeldsund, 1913 Skånland
2020-01-01 5413 Ibestad < 1917 Ibestad
2020-01-01 5414 Gratangen < 1919 Gratangen
2020-01-01 5415 Loabák - Lavangen < 1920 Loabák - Lavangen
2020-01-01 5416 Bardu < 1922 Bardu
2020-01-01 5417 Salangen < 1923 Salangen
2020-01-01 5418 Målselv < 1924 Målselv
2020-01-01 5419 Sørreisa < 1925 Sørreisa
2020-01-01 5420 Dyrøy < 1926 Dyrøy
2020-01-01 5421 Senja < 1931 Lenvik, 1927 Tranøy, 1928 Torsken, 1929 Berg
2020-01-01 5422 Balsfjord < 1933 Balsfjord
2020-01-01 5423 Karlsøy < 1936 Karlsøy
2020-01-01 5424 Lyngen < 1938 Lyngen
2020-01-01 5425 Storfjord - Omasvuotna - Omasvuono < 1939 Storfjord - Omasvuotna - Omasvuono
2020-01-01 5426 Gáivuotna - Kåfjord - Kaivuono < 1940 Gáivuotna - Kåfjord - Kaivuono
2020-01-01 5427 Skjervøy < 1941 Skjervøy
2020-01-01 5428 Nordreisa - Ráisa - Raisi < 1942 Nordreisa
2020-01-01 5429 Kvænangen < 1943 Kvænangen
2020-01-01 5403 Alta < 2012 Alta
2020-01-01 5404 Vardø < 2002 Vardø
2020-01-01 5405 Vadsø < 2003 Vadsø
2020-01-01 5406 Hammerfest < 2004 Hammerfest, 2017 Kvalsund
2020-01-01 5430 Guovdageaidnu - Kautokeino < 2011 Guovdageaidnu - Kautokeino
2020-01-01 5432 Loppa < 2014 Loppa
2020-01-01 5433 Hasvik < 2015 Hasvik
2020-01-01 5434 Måsøy < 2018 Måsøy
2020-01-01 5435 Nordkapp < 2019 Nordkapp
2020-01-01 5436 Porsanger - Porsángu - Porsanki < 2020 Porsanger - Porsángu - Porsanki
2020-01-01 5437 Kárášjohka - Karasjok < 2021 Kárášjohka - Karasjok
2020-01-01 5438 Lebesby < 2022 Lebesby
2020-01-01 5439 Gamvik < 2023 Gamvik
2020-01-01 5440 Berlevåg < 2024 Berlevåg
2020-01-01 5441 Deatnu - Tana < 2025 Deatnu - Tana
2020-01-01 5442 Unjárga - Nesseby < 2027 Unjárga - Nesseby
2020-01-01 5443 Båtsfjord < 2028 Båtsfjord
2020-01-01 5444 Sør-Varanger < 2030 Sør-Varanger
2020-01-01 5001 Trondheim - Tråante < 5030 Klæbu
2020-01-01 5006 Steinkjer < 5004 Steinkjer, 5039 Verran
2020-01-01 5007 Namsos < 5005 Namsos, 5040 Namdalseid, 5048 Fosnes
2020-01-01 5055 Heim < 5011 Hemne, 1571 Halsa, 5012 Snillfjord
2020-01-01 5056 Hitra < 5013 Hitra, 5012 Snillfjord
2020-01-01 5057 Ørland < 5015 Ørland, 5017 Bjugn
2020-01-01 5058 Åfjord < 5018 Åfjord, 5019 Roan
2020-01-01 5059 Orkland < 5024 Orkdal, 5023 Meldal, 5016 Agdenes, 5012 Snillfjord
2020-01-01 5060 Nærøysund < 5050 Vikna, 5051 Nærøy
2020-01-01 5061 Rindal < 1567 Rindal
2024-01-01 1508 Ålesund < 1507 Ålesund
2024-01-01 1580 Haram < 1507 Ålesund
2024-01-01 renumber 3001>3101 3002>3103 3003>3105 3004>3107 3011>3110 3017>3112 3018>3114 3015>3116 3014>3118 3016>3120 3013>3122 3012>3124
2024-01-01 renumber 3024>3201 3025>3203 3030>3205 3020>3207 3033>3209 3023>3212 3022>3214 3019>3216 3021>3218 3028>3220 3029>3222 3027>3224 3026>3226 3034>3228 3032>3230 3031>3232 3054>3234 3053>3236 3036>3238 3035>3240 3037>3242
2024-01-01 renumber 3005>3301 3006>3303 3007>3305 3038>3310 3049>3312 3048>3314 3047>3316 3046>3318 3039>3320 3040>3322 3041>3324 3042>3326 3043>3328 3044>3330 3045>3332 3050>3334 3051>3336 3052>3338
2024-01-01 renumber 3801>3901 3802>3903 3803>3905 3804>3907 3805>3909 3811>3911
2024-01-01 renumber 3806>4001 3807>4003 3808>4005 3812>4010 3813>4012 3814>4014 3815>4016 3816>4018 3817>4020 3820>4022 3819>4024 3818>4026 3821>4028 3822>4030 3823>4032 3824>4034 3825>4036
2024-01-01 renumber 5401>5501 5402>5503 5411>5510 5412>5512 5413>5514 5414>5516 5415>5518 5416>5520 5417>5522 5418>5524 5419>5526 5420>5528 5421>5530 5422>5532 5423>5534 5424>5536 5425>5538 5426>5540 5427>5542 5428>5544 5429>5546
2024-01-01 renumber 5403>5601 5406>5603 5444>5605 5405>5607 5437>5610 5430>5612 5432>5614 5433>5616 5434>5618 5435>5620 5436>5622 5438>5624 5439>5626 5441>5628 5440>5630 5443>5632 5404>5634 5442>5636
`;

/** Names before 2024 where they differ from today's. */
export const RENAMED_2024: Readonly<Record<string, string>> = {
  "3018": "Våler (Viken)",
  "5414": "Gratangen",
};
