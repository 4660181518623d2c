import { describe, expect, it } from 'vitest';
import { valueAt } from '../../src/index.js';
import { PROVINCES } from '../../src/kpb/index.js';
import {
  BPS_NATIONAL_NOT_PUBLISHED,
  BPS_NATIONAL_RELEASES,
  BPS_POVERTY_LINES,
  BPS_PROVINCE_CODES,
  BPS_PROVINCIAL_POVERTY_LINES,
  BPS_PROVINCIAL_RELEASES,
  type BpsLineFigure,
  type BpsLineSet,
  PAPUA_SPLIT,
  POVERTY_LINE_AREAS,
} from '../../src/poverty/index.js';

// A sample of every table, typed from the cited sources (the press report quoted), not from the data
// file. Adding a release: add its record to src/poverty/data/*.ts and one line here.
const NATIONAL_SAMPLE: [string, 'total' | 'urban' | 'rural', number, string][] = [
  ['2010-03-01', 'total', 211_726, 'detikFinance 2011-07-02: "dari Rp 211.726 menjadi Rp 233.740"'],
  [
    '2013-03-01',
    'total',
    271_626,
    'Republika 2013-07-01: "dari Rp 259.520 ... menjadi Rp 271.626"',
  ],
  [
    '2014-09-01',
    'total',
    312_328,
    'Kontan 2015-01-02: "rata-rata Rp 312.328 per kapita per bulan"',
  ],
  [
    '2014-09-01',
    'urban',
    326_853,
    'BPS table by province and area, 2014 (ArdWind copy): "INDONESIA,318514,326853,-,286097,296681,-"',
  ],
  [
    '2015-09-01',
    'rural',
    333_034,
    'BPS table by province and area, 2015 (ArdWind copy): "INDONESIA,342541,356378,-,317881,333034,-"',
  ],
  ['2016-09-01', 'total', 361_990, 'Kontan 2017-01-03: "dari Rp 354.386,- ... menjadi Rp 361.990"'],
  ['2019-09-01', 'total', 440_538, 'Surya Kepri 2020-01-16: "Rp440.538,-/kapita/bulan"'],
  ['2021-03-01', 'total', 472_525, 'JPNN 2021-07-15: "Rp 472.525 per kapita per bulan"'],
  ['2022-09-01', 'total', 535_547, 'Katadata 2023-01-16: "Rp 535.547 per orang/bulan"'],
  ['2023-03-01', 'urban', 569_299, 'Bisnis.com 2023-07-17: "perkotaan ... Rp569.299"'],
  ['2023-03-01', 'rural', 525_050, 'Okezone 2023-07-17: "Rp569.299 dan Rp525.050"'],
  ['2024-03-01', 'total', 582_932, 'DDTCNews 2024-07-01: "Rp582.932/kapita/bulan"'],
  ['2024-09-01', 'urban', 615_763, 'TVRI 2025-01-15: "perkotaan mencapai Rp615.763"'],
  ['2024-09-01', 'rural', 566_655, 'Kontan 2025-01-15: "pedesaan yang sebesar Rp 566.655"'],
  ['2025-03-01', 'urban', 629_561, 'Antara 2025-07-25: "perkotaan sebesar Rp629.561"'],
  ['2025-09-01', 'total', 641_443, 'Antara 2026-02-05: "Rp641.443 per kapita per bulan"'],
  [
    '2018-09-01',
    'total',
    410_670,
    'Kabar Tangsel 2019-01-15: "tercatat sebesar Rp410.670,-/kapita/bulan"',
  ],
  [
    '2017-09-01',
    'total',
    387_160,
    'Databoks: "from Rp 387,160/capita/month to Rp 401,220/capita/month"',
  ],
  [
    '2021-09-01',
    'urban',
    502_730,
    'Databoks 2022-01: "di bawah Rp 502.730 per kapita per bulan dikategorikan miskin"',
  ],
  [
    '2021-09-01',
    'rural',
    464_474,
    'Databoks 2022-01: "di bawah Rp 464.474 per kapita per bulan termasuk kelompok penduduk miskin"',
  ],
  [
    '2022-09-01',
    'urban',
    552_349,
    'gitaceasar copy of the BPS table by province and area: "INDONESIA;2022;September;Perkotaan;Total;552349.0"',
  ],
  [
    '2022-09-01',
    'rural',
    513_170,
    'gitaceasar copy of the BPS table by province and area: "INDONESIA;2022;September;Perdesaan;Total;513170.0"',
  ],
];

const PROVINCIAL_SAMPLE: [string, string, 'total' | 'urban' | 'rural', number, string][] = [
  [
    '2023-03-01',
    '18',
    'urban',
    610_614,
    'BRS No. 50/07/18/Th. XVIII: "Perkotaan sebesar Rp610.614,-"',
  ],
  [
    '2025-03-01',
    '18',
    'total',
    612_451,
    'Antara Lampung 2025-07-25: "Rp612.451 per kapita per bulan"',
  ],
  ['2024-09-01', '31', 'total', 846_085, 'Ntvnews 2025-07-25: "dari sebelumnya Rp846.085"'],
  [
    '2024-03-01',
    '33',
    'total',
    507_001,
    'Tribun Jateng 2025-06-13: "garis kemiskinan berada di angka Rp507.001"',
  ],
  [
    '2025-03-01',
    '33',
    'total',
    537_812,
    'Media Indonesia 2025-07: "Rp537.812 per kapita per bulan"',
  ],
  ['2023-03-01', '35', 'total', 507_286, 'Realita 2023-07-17: "tercatat sebesar Rp507.286"'],
  ['2024-03-01', '35', 'total', 536_122, 'Antara Jatim 2024-07-01: "Rp536.122 per kapita"'],
  ['2025-03-01', '32', 'total', 547_752, 'Kompas.com Bandung 2025-07-25: "Rp 547.752 per orang"'],
  ['2024-03-01', '31', 'total', 825_288, 'iNews 2024-07: "Rp825.288/kapita/bulan"'],
  [
    '2022-09-01',
    '11',
    'total',
    617_293,
    'Acehviral 2023-01: "dari Rp 579.227 ... menjadi Rp 617.293 per kapita per bulan"',
  ],
  [
    '2023-03-01',
    '12',
    'urban',
    626_782,
    'Tribun Medan 2023-07-17: "Garis Kemiskinan di perkotaan tercatat sebesar Rp 626.782"',
  ],
  [
    '2023-03-01',
    '12',
    'rural',
    573_500,
    'InfoMu 2023-07-17: "di perdesaan Rp573.500 per kapita per bulan"',
  ],
  [
    '2024-03-01',
    '12',
    'total',
    642_423,
    'Harian SIB 2024-07-01: "tercatat sebesar Rp642.423/kapita/bulan"',
  ],
  [
    '2022-03-01',
    '13',
    'total',
    610_941,
    'Harian Haluan 2022-07: "penduduk miskin Maret 2022 adalah Rp610.941"',
  ],
  [
    '2024-09-01',
    '14',
    'total',
    702_620,
    'Riau1 2025-01-16: "berada di angka Rp702.620 per kapita per bulan"',
  ],
  [
    '2022-03-01',
    '15',
    'total',
    545_870,
    'Senjari 2022-08-02: "Garis Kemiskinan pada Maret 2022 adalah sebesar Rp 545.870"',
  ],
  [
    '2024-03-01',
    '16',
    'total',
    554_197,
    'OKU Ekspres 2024-12-31: "garis kemiskinan tercatat sebesar Rp554.197 per kapita per bulan"',
  ],
  [
    '2025-03-01',
    '17',
    'total',
    683_820,
    'Selimburcaya 2025-07-26: "ditetapkan sebesar Rp683.820 per kapita per bulan"',
  ],
  [
    '2019-09-01',
    '18',
    'total',
    434_675,
    'IDN Times Lampung 2022-08-08: "2019 Maret (Rp418.309) dan September (Rp434.675)"',
  ],
  [
    '2025-03-01',
    '19',
    'total',
    956_833,
    'Antara Babel: "Garis kemiskinan pada Maret tahun ini sebesar Rp956.833"',
  ],
  [
    '2025-09-01',
    '31',
    'total',
    897_768,
    'tvOnenews 2026-02-05: "garis kemiskinan DKI Jakarta sebesar Rp897.768"',
  ],
  [
    '2024-03-01',
    '32',
    'total',
    524_052,
    'iNews Bandung Raya 2024-07-01: "tercatat sebesar Rp524.052/kapita/bulan"',
  ],
  [
    '2025-09-01',
    '33',
    'total',
    570_870,
    'Jatengnews 2026-02-06: "Garis Kemiskinan sebesar Rp570.870/kapita/bulan"',
  ],
  [
    '2023-03-01',
    '34',
    'total',
    573_022,
    'Harian Jogja 2023-07-17: "sebesar Rp573.022 per kapita per bulan"',
  ],
  [
    '2024-09-01',
    '35',
    'total',
    547_751,
    'Suara Surabaya 2025-01-15: "di kisaran Rp547.751 per kapita per bulan"',
  ],
  [
    '2024-03-01',
    '36',
    'total',
    654_213,
    'TangselPos 2024-07-01: "tercatat sebesar Rp654.213/kapita/bulan"',
  ],
  [
    '2023-03-01',
    '51',
    'total',
    529_643,
    'Bali Post 2023-07-18: "tercatat sebesar Rp529.643 per kapita per bulan"',
  ],
  [
    '2024-03-01',
    '52',
    'total',
    534_703,
    'Global FM Lombok 2024-07-01: "tercatat sebesar Rp534.703 /kapita/bulan"',
  ],
  [
    '2024-03-01',
    '53',
    'total',
    527_275,
    'Jurnal NTT 2024-07-01: "tercatat sebesar Rp527.275,-/kapita/bulan"',
  ],
  [
    '2024-03-01',
    '63',
    'total',
    632_739,
    'Reportase9 2024-07-01: "Garis Kemiskinan pada Maret 2024 adalah sebesar Rp632.739,00"',
  ],
  [
    '2025-09-01',
    '64',
    'total',
    897_759,
    'Niaga Asia 2026-02-05: "tercatat sebesar Rp897.759/kapita/bulan"',
  ],
  [
    '2024-09-01',
    '65',
    'total',
    876_375,
    'Fidcom 2025-01-15: "menjadi Rp876.375,- per kapita per bulan pada September 2024"',
  ],
  [
    '2023-03-01',
    '71',
    'total',
    463_432,
    'Barometer 2023-07-17: "tercatat sebesar Rp463.432,-/kapita/bulan"',
  ],
  [
    '2024-09-01',
    '72',
    'total',
    608_687,
    'Naskahberita 2025-01-15: "tercatat sebesar Rp608.687,-/kapita/bulan"',
  ],
  [
    '2024-09-01',
    '73',
    'total',
    467_991,
    'Keidenesia 2025-01-15: "tercatat sebesar Rp 467.991 per kapita"',
  ],
  [
    '2019-03-01',
    '74',
    'total',
    327_402,
    'Antara Sultra 2019-07-15: "menjadi Rp 327.402 per kapita per bulan pada Maret 2019"',
  ],
  [
    '2025-03-01',
    '74',
    'total',
    488_171,
    'Penasultra 2025-07-25: "Pada Maret 2025, GK Sultra tercatat sebesar Rp488.171 per kapita per bulan"',
  ],
  [
    '2025-03-01',
    '75',
    'total',
    503_854,
    'Gorontalo Post 2025-07-28: "mencapai Rp503.854 perkapita per bulan"',
  ],
  ['2021-09-01', '81', 'total', 605_909, 'Siwalimanews 2022-01-18: "tercatat sebesar Rp605.909"'],
  [
    '2025-09-01',
    '14',
    'total',
    747_345,
    'Sorotkabar 2026-02-06: "yang kini berada pada Rp747.345 per kapita per bulan"',
  ],
  [
    '2025-09-01',
    '21',
    'total',
    870_738,
    'Antara Kepri 2026-02-06: "menjadi Rp870.738 per kapita per bulan pada September 2025"',
  ],
  [
    '2025-03-01',
    '61',
    'total',
    622_882,
    'Borneoreview 2025-08-05: "tercatat Rp622.882 per kapita per bulan"',
  ],
  [
    '2024-09-01',
    '62',
    'total',
    641_524,
    'Prokalteng 2025-01-15: "tercatat sebesar Rp641.524,00/kapita/ bulan"',
  ],
  ['2025-09-01', '82', 'total', 692_592, 'Tandaseru 2026-02: "ditetapkan sebesar Rp692.592,00"'],
  [
    '2018-09-01',
    '12',
    'urban',
    465_790,
    'Antara Sumatera Utara 2019-08-01: "naik 3,84 persen dari Rp465.790/kapita/bulan"',
  ],
  [
    '2019-03-01',
    '12',
    'rural',
    445_815,
    'Antara Sumatera Utara 2019-08-01: "untuk daerah pedesaan sebesar Rp445.815"',
  ],
  [
    '2025-03-01',
    '18',
    'urban',
    659_660,
    'BPS table by province and area, 2025 (ArdWind copy): "LAMPUNG,659660,-,-,588958,-,-"',
  ],
  [
    '2019-09-01',
    '31',
    'total',
    663_355,
    'Okezone 2020-01-15: "DKI Jakarta ... yakni sebesar Rp663.355 per kapita per bulan"',
  ],
  [
    '2025-03-01',
    '74',
    'rural',
    467_814,
    'Kabengga 2025-07-25: "Di perdesaan, GK meningkat dari Rp460.567 menjadi Rp467.814"',
  ],
  [
    '2025-03-01',
    '76',
    'rural',
    476_004,
    'Tribun Sulbar 2025-07-25: "di perdesaan lebih tinggi, yaitu Rp 476.004"',
  ],
  [
    '2019-03-01',
    '34',
    'total',
    432_026,
    'IDN Times Jogja 2019-07-15: "Garis Kemiskinan di DIY adalah Rp432.026 per kapita per bulan"',
  ],
  [
    '2025-03-01',
    '35',
    'total',
    558_029,
    'IDN Times Jatim 2025-07-25: "naik 1,88 persen dari Rp 547.751 ... menjadi Rp 558.029"',
  ],
  [
    '2025-03-01',
    '11',
    'total',
    676_247,
    'BSINews 2025-07-25: "meningkat 1,56 persen menjadi Rp 676.247 per kapita per bulan"',
  ],
  [
    '2025-03-01',
    '36',
    'total',
    684_232,
    'detikNews 2025-07-25: "garis kemiskinan pada Maret 2025 tercatat sebesar Rp 684.232"',
  ],
  [
    '2024-09-01',
    '52',
    'total',
    540_339,
    'Antara Mataram 2025-07-25: "Pada September 2024, garis kemiskinan ... sekitar Rp540.339"',
  ],
  [
    '2022-09-01',
    '63',
    'total',
    581_229,
    'Teropongnews 2023-01-17: "naik 5,09 persen menjadi Rp581.229/kapita/bulan"',
  ],
  [
    '2025-03-01',
    '71',
    'total',
    530_304,
    'Monitoringbps.com (release text): "tercatat sebesar Rp530.304,-/kapita/bulan"',
  ],
  [
    '2021-09-01',
    '51',
    'total',
    461_532,
    'Menitini 2022-01: "Garis Kemiskinan di Bali pada September 2021 tercatat sebesar Rp461.532"',
  ],
  [
    '2025-03-01',
    '16',
    'total',
    581_702,
    'Suara Metropolitan 2025-07-25: "Garis Kemiskinan Sumsel pada Maret 2025 tercatat sebesar Rp 581.702"',
  ],
  [
    '2024-09-01',
    '32',
    'total',
    535_509,
    'Dara 2025-01-15: "Garis kemiskinan September 2024 sebesar Rp535.509 per kapita per bulan"',
  ],
  [
    '2023-03-01',
    '92',
    'total',
    728_619,
    'Antara Papua Barat 2023-07-17: "menjadi Rp728.619 per kapita per bulan"',
  ],
  [
    '2024-09-01',
    '96',
    'total',
    791_570,
    'Antara 2025-01-15: "menjadi Rp791.570 per kapita per bulan pada September 2024"',
  ],
  [
    '2016-09-01',
    '75',
    'total',
    286_968,
    'BPS Gorontalo 2017-07-17: "pada September 2016 sebesar Rp286.968 per kapita per bulan"',
  ],
  [
    '2017-03-01',
    '75',
    'urban',
    298_492,
    'BPS Gorontalo 2017-07-17: "Garis Kemiskinan di Perkotaan Maret 2017 sebesar Rp298.492"',
  ],
  [
    '2017-03-01',
    '75',
    'rural',
    295_057,
    'BPS Gorontalo 2017-07-17: "Garis Kemiskinan di Perdesaan sebesar Rp295.057"',
  ],
  [
    '2017-09-01',
    '61',
    'total',
    396_842,
    'gitaceasar copy of the BPS table by province and area: "KALIMANTAN BARAT;2017;September;Perkotaan dan Perdesaan;Total;396842.0"',
  ],
  [
    '2018-03-01',
    '12',
    'total',
    435_970,
    'gitaceasar copy of the BPS table by province and area: "SUMATERA UTARA;2018;Maret;Perkotaan dan Perdesaan;Total;435970.0"',
  ],
  [
    '2018-03-01',
    '34',
    'total',
    409_744,
    'gitaceasar copy of the BPS table by province and area: "DI YOGYAKARTA;2018;Maret;Perkotaan dan Perdesaan;Total;409744.0"',
  ],
  [
    '2019-03-01',
    '12',
    'total',
    466_122,
    'gitaceasar copy of the BPS table by province and area: "SUMATERA UTARA;2019;Maret;Perkotaan dan Perdesaan;Total;466122.0"',
  ],
  [
    '2019-03-01',
    '52',
    'total',
    384_880,
    'Okezone 2019-07-15: "Nusa Tenggara Barat (NTB), yakni sebesar Rp384.880 per kapita per bulan"',
  ],
  [
    '2019-03-01',
    '61',
    'total',
    438_555,
    'gitaceasar copy of the BPS table by province and area: "KALIMANTAN BARAT;2019;Maret;Perkotaan dan Perdesaan;Total;438555.0"',
  ],
  [
    '2019-09-01',
    '34',
    'total',
    449_485,
    'gitaceasar copy of the BPS table by province and area: "DI YOGYAKARTA;2019;September;Perkotaan dan Perdesaan;Total;449485.0"',
  ],
  [
    '2019-09-01',
    '74',
    'total',
    346_466,
    'gitaceasar copy of the BPS table by province and area: "SULAWESI TENGGARA;2019;September;Perkotaan dan Perdesaan;Total;346466.0"',
  ],
  [
    '2020-03-01',
    '71',
    'total',
    391_197,
    'gitaceasar copy of the BPS table by province and area: "SULAWESI UTARA;2020;Maret;Perkotaan dan Perdesaan;Total;391197.0"',
  ],
  [
    '2020-09-01',
    '51',
    'total',
    438_167,
    'gitaceasar copy of the BPS table by province and area: "BALI;2020;September;Perkotaan dan Perdesaan;Total;438167.0"',
  ],
  [
    '2020-09-01',
    '64',
    'total',
    669_622,
    'Antara Kaltim 2022-01: "Garis Kemiskinan pada September 2020 yang sebesar Rp669.622"',
  ],
  [
    '2021-03-01',
    '12',
    'total',
    525_756,
    'gitaceasar copy of the BPS table by province and area: "SUMATERA UTARA;2021;Maret;Perkotaan dan Perdesaan;Total;525756.0"',
  ],
  [
    '2021-03-01',
    '12',
    'urban',
    543_085,
    'gitaceasar copy of the BPS table by province and area: "SUMATERA UTARA;2021;Maret;Perkotaan;Total;543085.0"',
  ],
  [
    '2021-03-01',
    '12',
    'rural',
    504_685,
    'gitaceasar copy of the BPS table by province and area: "SUMATERA UTARA;2021;Maret;Perdesaan;Total;504685.0"',
  ],
  [
    '2021-03-01',
    '13',
    'total',
    568_703,
    'Harian Haluan 2022-07: "dari Rp568.703,- perkapita per bulan pada Maret 2021"',
  ],
  [
    '2021-03-01',
    '16',
    'total',
    457_455,
    'gitaceasar copy of the BPS table by province and area: "SUMATERA SELATAN;2021;Maret;Perkotaan dan Perdesaan;Total;457455.0"',
  ],
  [
    '2021-03-01',
    '19',
    'total',
    752_203,
    'SuaraSumsel: "dari Rp 752.203 per kapita per bulan pada Maret 2021"',
  ],
  [
    '2021-03-01',
    '31',
    'total',
    697_638,
    'Tempo 2022-01: "dibandingkan Rp 697.638 per kapita per bulan pada Maret 2021"',
  ],
  [
    '2021-03-01',
    '51',
    'total',
    452_221,
    'gitaceasar copy of the BPS table by province and area: "BALI;2021;Maret;Perkotaan dan Perdesaan;Total;452221.0"',
  ],
  [
    '2021-03-01',
    '64',
    'total',
    689_035,
    'Antara Kaltim 2022-01: "dengan Maret 2021 yang sebesar Rp689.035"',
  ],
  [
    '2021-09-01',
    '19',
    'total',
    770_457,
    'SuaraSumsel: "September 2021 tercatat sebesar Rp 770.457/kapita/bulan"',
  ],
  [
    '2021-09-01',
    '31',
    'total',
    715_052,
    'Tempo 2022-01: "naik sebesar Rp715.052 per kapita per bulan pada September"',
  ],
  [
    '2021-09-01',
    '32',
    'total',
    437_604,
    'gitaceasar copy of the BPS table by province and area: "JAWA BARAT;2021;September;Perkotaan dan Perdesaan;Total;437604.0"',
  ],
  [
    '2021-09-01',
    '36',
    'total',
    547_483,
    'KedaiPena 2022-01-18: "pada September 2021 tercatat sebesar Rp547.483 per kapita perbulan"',
  ],
  [
    '2021-09-01',
    '64',
    'total',
    703_223,
    'Antara Kaltim 2022-01: "naik menjadi sebesar Rp703.223 per kapita per bulan"',
  ],
  [
    '2022-03-01',
    '12',
    'total',
    561_004,
    'gitaceasar copy of the BPS table by province and area: "SUMATERA UTARA;2022;Maret;Perkotaan dan Perdesaan;Total;561004.0"',
  ],
  [
    '2022-03-01',
    '64',
    'total',
    728_208,
    'Nalarnews 2022-07-16: "Maret 2022 tercatat sebesar Rp728.208,-/kapita/bulan"',
  ],
  [
    '2022-03-01',
    '72',
    'total',
    530_251,
    'Alkhairaat 2022-07-18: "Maret 2022 tercatat sebesar Rp530.251 per kapita per bulan"',
  ],
  [
    '2022-03-01',
    '73',
    'total',
    399_755,
    'BPS Sulawesi Selatan 2022-07-15: "tercatat sebesar Rp399.755,-/kapita/bulan"',
  ],
  [
    '2022-03-01',
    '74',
    'total',
    404_137,
    'Kendari News 2022-07-18: "Maret 2022 tercatat sebesar Rp 404.137, per kapita per bulan"',
  ],
  [
    '2022-09-01',
    '12',
    'total',
    592_025,
    'gitaceasar copy of the BPS table by province and area: "SUMATERA UTARA;2022;September;Perkotaan dan Perdesaan;Total;592025.0"',
  ],
  [
    '2022-09-01',
    '13',
    'total',
    654_194,
    'Bisnis.com Sumatra 2023-01-30: "September 2022 adalah Rp654.194 per kapita per bulan"',
  ],
  [
    '2022-09-01',
    '19',
    'total',
    853_226,
    'Bangka Pos 2023-01-16: "September 2022 adalah sebesar Rp 853.226 per kapita per bulan"',
  ],
  [
    '2022-09-01',
    '31',
    'total',
    773_370,
    'CNN Indonesia 2023-01-17: "menjadi Rp773.370 per kapita per bulan pada September 2022"',
  ],
  [
    '2022-09-01',
    '34',
    'total',
    551_342,
    'Harian Jogja 2023-01-16: "garis kemiskinan DIY sebesar Rp551.342"',
  ],
  [
    '2022-09-01',
    '36',
    'total',
    598_748,
    'iNews Banten 2023: "September 2022 tercatat sebesar Rp598.748,-/kapita/ bulan"',
  ],
  [
    '2022-09-01',
    '52',
    'total',
    489_954,
    'Radar Lombok 2023-01-16: "tercatat sebesar Rp489.954,-/kapita/bulan"',
  ],
  [
    '2022-09-01',
    '64',
    'total',
    768_120,
    'Niaga Asia 2023-01-16: "tercatat sebesar Rp768,120-/kapita/bulan"',
  ],
  [
    '2022-09-01',
    '72',
    'total',
    557_183,
    'Alkhairaat 2023-01-30: "tercatat sebesar Rp. 557.183 per kapita per bulan"',
  ],
  [
    '2022-09-01',
    '73',
    'total',
    422_952,
    'Palopo Pos 2023-01-25: "angkanya sebesar Rp422.952 per kapita setiap bulan"',
  ],
  [
    '2022-09-01',
    '74',
    'total',
    432_464,
    'VOI 2023-01-16: "September 2022 tercatat Rp432.464 per kapita per bulan"',
  ],
  [
    '2022-09-01',
    '75',
    'total',
    434_961,
    'Antara Gorontalo 2023-01: "September 2022 tercatat sebesar Rp434.961/kapita/bulan"',
  ],
  [
    '2022-09-01',
    '75',
    'urban',
    436_651,
    'Antara Gorontalo 2023-01: "di daerah perkotaan pada September 2022 adalah sebesar Rp436.651"',
  ],
  [
    '2022-09-01',
    '75',
    'rural',
    432_069,
    'Antara Gorontalo 2023-01: "di daerah perdesaan sebesar Rp432.069"',
  ],
  [
    '2022-09-01',
    '81',
    'total',
    672_456,
    'Teropongnews 2023-01-20: "September 2022 tercatat sebesar Rp 672.456,-/kapita/bulan"',
  ],
  [
    '2015-09-01',
    '75',
    'total',
    274_961,
    'Pemprov Gorontalo 2016-06-14: "pada September 2015 menjadi Rp274.961 per kapita per bulan"',
  ],
  [
    '2018-03-01',
    '75',
    'total',
    316_296,
    'Antara Gorontalo 2018: "pada Maret 2018 menjadi Rp316.296 per kapita per bulan"',
  ],
  [
    '2021-03-01',
    '75',
    'total',
    389_827,
    'Antara Gorontalo 2021: "pada bulan Maret 2021 menjadi Rp389.827 per kapita per bulan"',
  ],
  [
    '2021-03-01',
    '75',
    'urban',
    389_959,
    'Antara Gorontalo 2021: "garis kemiskinan di perkotaan bulan Maret 2021 sebesar Rp389.959"',
  ],
  [
    '2021-03-01',
    '75',
    'rural',
    388_609,
    'Antara Gorontalo 2021: "garis kemiskinan perdesaan sebesar Rp388.609"',
  ],
  [
    '2022-03-01',
    '33',
    'total',
    438_833,
    'JPNN 2022-07-15: "garis kemiskinan per Maret 2022 tercatat sebesar Rp 438.833 per kapita per bulan"',
  ],
  [
    '2022-09-01',
    '33',
    'total',
    464_879,
    'Dinkes Jateng, Profil Kesehatan 2022 p. 27: "tercatat sebesar Rp 464.879/kapita/bulan"',
  ],
  [
    '2020-09-01',
    '53',
    'total',
    404_712,
    'Gatra 2021-02-15: "tercatat sebesar Rp404.712 per kapita per bulan"',
  ],
  [
    '2022-09-01',
    '53',
    'total',
    490_909,
    'Pos-Kupang 2023-02-07: "tercatat sebesar Rp 490.909,- per kapita per bulan"',
  ],
  [
    '2022-03-01',
    '71',
    'total',
    427_016,
    'iNews Sulut 2022-07-15: "garis kemiskinan pada Maret 2022 tercatat sebesar Rp427.016 per kapita per bulan"',
  ],
  [
    '2021-09-01',
    '16',
    'total',
    463_251,
    'SuaraSumsel 2022-07-15: "kenaikan dari Rp463.251 per kapita per bulan pada September 2021"',
  ],
  [
    '2022-03-01',
    '16',
    'total',
    485_069,
    'SuaraSumsel 2022-07-15: "menjadi Rp485.069 per kapita perbulan pada Maret 2022"',
  ],
];

const national = BPS_NATIONAL_RELEASES as readonly (BpsLineSet & {
  period: string;
  release: string;
})[];
const provincial = BPS_PROVINCIAL_RELEASES as readonly {
  period: string;
  release: string;
  provinces: Readonly<Record<string, BpsLineSet>>;
}[];

function* figures(): Generator<[string, string, BpsLineFigure]> {
  for (const r of national) {
    for (const area of POVERTY_LINE_AREAS) {
      const f = r[area];
      if (f !== undefined) yield [`national ${r.period} ${area}`, r.release, f];
    }
  }
  for (const r of provincial) {
    for (const [code, set] of Object.entries(r.provinces)) {
      for (const area of POVERTY_LINE_AREAS) {
        const f = set[area];
        if (f !== undefined) yield [`province ${code} ${r.period} ${area}`, r.release, f];
      }
    }
  }
}

describe('BPS line data', () => {
  it.each(NATIONAL_SAMPLE)('national %s %s is Rp %i (%s)', (from, area, value) => {
    expect(valueAt(BPS_POVERTY_LINES[area], from).value).toBe(value);
  });

  it.each(PROVINCIAL_SAMPLE)('province %s: %s %s is Rp %i (%s)', (from, code, area, value) => {
    const table = BPS_PROVINCIAL_POVERTY_LINES[code]?.[area];
    expect(table).toBeDefined();
    expect(valueAt(table as never, from).value).toBe(value);
  });

  it('lists every figure with at least two confirming sources and its release', () => {
    let count = 0;
    for (const [where, release, f] of figures()) {
      count++;
      expect(f.confirmedBy.length, where).toBeGreaterThanOrEqual(2);
      expect(new Set(f.confirmedBy).size, where).toBe(f.confirmedBy.length);
      expect(release, where).toMatch(/BPS/);
      expect(Number.isSafeInteger(f.value) && f.value > 0, where).toBe(true);
    }
    expect(count).toBeGreaterThan(40);
  });

  it('has GKM + GKNM = GK wherever both parts are listed, and never one part alone', () => {
    for (const [where, , f] of figures()) {
      expect(f.food === undefined, where).toBe(f.nonFood === undefined);
      if (f.food !== undefined && f.nonFood !== undefined) {
        expect(f.food + f.nonFood, where).toBe(f.value);
        expect(f.food, where).toBeGreaterThan(f.nonFood);
      }
    }
    // Hand-checked: September 2022, 397,125 + 138,422 = 535,547 (Katadata, iNews, 2023-01-16).
    expect(national.find((r) => r.period === '2022-09-01')?.total).toMatchObject({
      food: 397_125,
      nonFood: 138_422,
    });
  });

  it('keeps every semester and territory with all three lines ordered: rural <= total <= urban', () => {
    const sets: [string, BpsLineSet][] = [
      ...national.map((r): [string, BpsLineSet] => [`national ${r.period}`, r]),
      ...provincial.flatMap((r) =>
        Object.entries(r.provinces).map(([code, s]): [string, BpsLineSet] => [
          `${code} ${r.period}`,
          s,
        ]),
      ),
    ];
    let checked = 0;
    for (const [where, s] of sets) {
      if (s.total === undefined || s.urban === undefined || s.rural === undefined) continue;
      checked++;
      const lo = Math.min(s.urban.value, s.rural.value);
      const hi = Math.max(s.urban.value, s.rural.value);
      expect(s.total.value, where).toBeGreaterThanOrEqual(lo);
      expect(s.total.value, where).toBeLessThanOrEqual(hi);
    }
    expect(checked).toBeGreaterThanOrEqual(9);
  });

  it('lists releases in order, one per semester, on 1 March or 1 September', () => {
    for (const list of [national, provincial]) {
      const periods = list.map((r) => r.period);
      expect([...periods].sort()).toEqual(periods);
      expect(new Set(periods).size).toBe(periods.length);
      for (const p of periods) expect(p).toMatch(/^\d{4}-(03|09)-01$/);
    }
    for (const p of BPS_NATIONAL_NOT_PUBLISHED) {
      expect(national.some((r) => r.period === p)).toBe(false);
    }
  });

  it('keys provinces by the same codes as the KPB province table', () => {
    expect([...BPS_PROVINCE_CODES]).toEqual(PROVINCES.provinces.map((p) => p.code));
    for (const r of provincial) {
      for (const code of Object.keys(r.provinces)) {
        expect(BPS_PROVINCE_CODES as readonly string[]).toContain(code);
      }
    }
  });

  it('marks the Papua and Papua Barat lines from before the split as covering the old provinces', () => {
    // LinkPapua 2023-01-30: "Provinsi Papua Barat sebelum pemekaran Provinsi Papua Barat Daya".
    let checked = 0;
    for (const r of provincial) {
      if (r.period >= PAPUA_SPLIT.firstRelease) continue;
      for (const code of ['91', '92']) {
        const f = r.provinces[code]?.total;
        if (f === undefined) continue;
        checked++;
        expect(f.note, `${code} ${r.period}`).toMatch(/before the split/);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('gives the new Papua provinces no line before the release that first lists them', () => {
    for (const r of provincial) {
      if (r.period >= PAPUA_SPLIT.firstRelease) continue;
      for (const code of PAPUA_SPLIT.provinces) expect(r.provinces[code]).toBeUndefined();
    }
    for (const code of PAPUA_SPLIT.provinces) {
      for (const area of POVERTY_LINE_AREAS) {
        const t = BPS_PROVINCIAL_POVERTY_LINES[code]?.[area];
        if (t !== undefined) {
          expect((t.entries[0]?.from ?? '') >= PAPUA_SPLIT.firstRelease).toBe(true);
        }
      }
    }
  });
});
