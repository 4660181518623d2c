import type { BpsNationalRelease } from './types.js';
import { deepFreeze } from '../../_internal/freeze.js';
import { BPS_TABLE_COPY } from './sources.js';

/*
 * BPS national poverty lines (Garis Kemiskinan), one record per semester release, from the
 * "Profil Kemiskinan di Indonesia" Berita Resmi Statistik (BRS). Rupiah per capita per month.
 *
 * Rule for this file: a figure is listed only when at least two independent public sources state the
 * same number (press reports of the release, or a BPS document plus a press report); the sources are
 * in `confirmedBy`. A semester or an area whose figure could not be confirmed is left out, and the
 * staleness rule of the tables refuses dates that would need it. Checked 2026-11-29.
 *
 * Left out (see docs/poverty.md): September 2011 (no figure found) and March 2012 (only BPS's own
 * monthly report), March 2026 (no source found yet, rechecked 2026-11-29: the stored copies of the
 * press end with the September 2025 release); urban and rural lines where no release or press
 * report states them (most semesters before March 2023, and September 2025); GKM/GKNM where fewer
 * than two sources give them (before March 2018, and September 2025). Rechecked 2026-11-29. BPS published no national
 * figures for September 2010 and September 2023 (those are `notPublished`, not gaps).
 *
 * To add a release: append one record below (period, release, figures with two sources each) and one
 * line to the sample table of tests/poverty/lines-data.test.ts.
 */

/**
 * The BPS national releases with the lines each confirmed figure, oldest first.
 *
 * @category Poverty lines
 * @example
 * BPS_NATIONAL_RELEASES.find((r) => r.period === '2025-03-01')?.urban?.value
 * //=> 629561
 */
export const BPS_NATIONAL_RELEASES = [
  {
    period: '2010-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2010" (July 2010)',
    total: {
      value: 211_726,
      confirmedBy: [
        'detikFinance, 2011-07-02 (previous line in the March 2011 release)',
        'motivasi259a.blogspot.com, 2010-12 (quoting BPS)',
      ],
    },
  },
  {
    period: '2011-03-01',
    release: 'BPS, BRS No. 45/07/Th. XIV, 1 Juli 2011, "Profil Kemiskinan di Indonesia Maret 2011"',
    total: {
      value: 233_740,
      confirmedBy: [
        'detikFinance, 2011-07-02',
        'BPS, Laporan Bulanan Data Sosial Ekonomi Desember 2012, ch. Kemiskinan Maret 2012, p. 109',
      ],
    },
  },
  {
    period: '2012-09-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia September 2012", 2 Januari 2013',
    total: {
      value: 259_520,
      confirmedBy: ['Republika, 2013-07-01', 'Metrobali, 2013-07-01'],
    },
  },
  {
    period: '2013-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2013", 1 Juli 2013',
    total: {
      value: 271_626,
      confirmedBy: ['Republika, 2013-07-01', 'Metrobali, 2013-07-01', 'Lingga Pos, 2014-01-02'],
    },
  },
  {
    period: '2013-09-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia September 2013", 2 Januari 2014',
    total: {
      value: 292_951,
      confirmedBy: ['Lingga Pos, 2014-01-02', 'Kontan, 2015-01-02 (year-earlier line)'],
    },
  },
  {
    period: '2014-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2014", 1 Juli 2014',
    total: {
      value: 302_735,
      confirmedBy: [
        'Bisnis.com, 2014-07-01',
        'CNN Indonesia, 2015-01-02 (reposted by cpps.ugm.ac.id)',
      ],
    },
  },
  {
    period: '2014-09-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia September 2014", 2 Januari 2015',
    total: {
      value: 312_328,
      confirmedBy: ['Kontan, 2015-01-02', 'Aktual, 2015-01-02', 'CNN Indonesia, 2015-01-02'],
    },
    urban: {
      value: 326_853,
      confirmedBy: [
        'Purnomo & Utami (paper citing BPS)',
        'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2014, row INDONESIA (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
      ],
    },
    rural: {
      value: 296_681,
      confirmedBy: [
        'Purnomo & Utami (paper citing BPS)',
        'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2014, row INDONESIA (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
      ],
    },
  },
  {
    period: '2015-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2015" (July 2015)',
    total: {
      value: 330_776,
      confirmedBy: [
        'InfoPublik, 2016-01-06 (previous line)',
        'Kompas.com, 2016-07-18 (year-earlier line)',
      ],
    },
  },
  {
    period: '2015-09-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia September 2015", 5 Januari 2016',
    total: {
      value: 344_809,
      confirmedBy: ['InfoPublik, 2016-01-06', 'Kompas.com, 2016-07-18 (previous line)'],
    },
    urban: {
      value: 356_378,
      confirmedBy: [
        'Purnomo & Utami (paper citing BPS)',
        'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2015, row INDONESIA (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
      ],
    },
    rural: {
      value: 333_034,
      confirmedBy: [
        'Purnomo & Utami (paper citing BPS)',
        'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2015, row INDONESIA (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
      ],
    },
  },
  {
    period: '2016-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2016", 18 Juli 2016',
    total: {
      value: 354_386,
      confirmedBy: ['Kompas.com, 2016-07-18', 'Kontan, 2016-07-18', 'Kontan, 2017-01-03'],
    },
  },
  {
    period: '2016-09-01',
    release:
      'BPS, BRS No. 05/01/Th. XX, 3 Januari 2017, "Profil Kemiskinan di Indonesia September 2016"',
    total: {
      value: 361_990,
      confirmedBy: ['Kontan, 2017-01-03', 'detikFinance, 2017-07-17 (previous line)'],
    },
  },
  {
    period: '2017-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2017", 17 Juli 2017',
    total: {
      value: 374_478,
      confirmedBy: ['detikFinance, 2017-07-17', 'Anadolu Agency (aa.com.tr/id), 2017-07-17'],
    },
  },
  {
    period: '2017-09-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia September 2017", 2 Januari 2018',
    total: {
      value: 387_160,
      confirmedBy: [
        'detikFinance, 2018-07-16 (previous line in the March 2018 release)',
        'Databoks (Katadata), 2018 ("from Rp 387,160/capita/month to Rp 401,220")',
        BPS_TABLE_COPY,
      ],
      note: 'GKM Rp 283,964 and GKNM Rp 103,196, urban Rp 400,995 and rural Rp 370,910 are in the BPS table copies only (two copies of one table count as one source) and are not listed.',
    },
  },
  {
    period: '2018-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2018", 16 Juli 2018',
    total: {
      value: 401_220,
      food: 294_806,
      nonFood: 106_414,
      confirmedBy: [
        'detikFinance, 2018-07-16',
        'Okezone, 2019-07-15 (year-earlier line)',
        'Databoks (Katadata), 2018-08-01 (with GKM/GKNM)',
        `${BPS_TABLE_COPY} (with GKM/GKNM)`,
      ],
    },
  },
  {
    period: '2018-09-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia September 2018", 15 Januari 2019',
    total: {
      value: 410_670,
      food: 302_022,
      nonFood: 108_648,
      confirmedBy: [
        'Metro TV News, 2019-01-15 (with GKM/GKNM)',
        'Kabar Tangsel, 2019-01-15 (with GKM/GKNM)',
        'Okezone, 2019-07-15 (previous line)',
        'Okezone, 2020-01-15 (year-earlier line)',
      ],
    },
  },
  {
    period: '2019-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2019", 15 Juli 2019',
    total: {
      value: 425_250,
      food: 313_232,
      nonFood: 112_018,
      confirmedBy: [
        'Kompas.com, 2019-07-15 (with GKM/GKNM)',
        'Merdeka.com, 2019-07-15 (with GKM/GKNM)',
        'JPNN, 2019-07-16',
        'Okezone, 2019-07-15',
      ],
    },
  },
  {
    period: '2019-09-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia September 2019", 15 Januari 2020',
    total: {
      value: 440_538,
      food: 324_911,
      nonFood: 115_627,
      confirmedBy: [
        'Surya Kepri, 2020-01-16 (with GKM/GKNM)',
        'Katadata, 2020-01-15 (with GKM/GKNM)',
        'TataBerita citing CNBC Indonesia, 2020-01-15 (with GKM/GKNM)',
        'Sindonews, 2020-01-15 (with GKM/GKNM)',
        'Okezone, 2020-01-15',
      ],
    },
  },
  {
    period: '2020-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2020", 15 Juli 2020',
    total: {
      value: 454_652,
      food: 335_793,
      nonFood: 118_859,
      confirmedBy: [
        'Beritasatu, 2020-07-15 (with GKM/GKNM)',
        'Tribunnews, 2020-07-15 (with GKM/GKNM)',
        'Kabar Bisnis, 2020-07-15 (with GKM/GKNM)',
      ],
    },
  },
  {
    period: '2020-09-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia September 2020", 15 Februari 2021',
    total: {
      value: 458_947,
      food: 339_004,
      nonFood: 119_943,
      confirmedBy: [
        'Suara.com, 2021-02-15 (with GKM/GKNM)',
        'Databoks (Katadata), 2022-01 (GKM/GKNM as the year-earlier parts)',
        'Medcom, 2021-02-15',
        'Republika, 2021-02-15',
        'Beritasatu, 2021-02-15',
      ],
    },
  },
  {
    period: '2021-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2021", 15 Juli 2021',
    total: {
      value: 472_525,
      food: 349_474,
      nonFood: 123_051,
      confirmedBy: [
        'Suara.com via Sukabumi Update, 2021-07-15 (with GKM/GKNM)',
        'Databoks (Katadata), 2022-01 (GKM/GKNM as the previous parts)',
        'JPNN, 2021-07-15',
        'Parboaboa, 2021-07-15',
      ],
    },
  },
  {
    period: '2021-09-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia September 2021", 17 Januari 2022',
    total: {
      value: 486_168,
      food: 360_007,
      nonFood: 126_161,
      confirmedBy: [
        'Okezone, 2022-01-17 (with GKM/GKNM)',
        'Databoks (Katadata), 2022-01 (with GKM/GKNM)',
        'JPNN, 2022-01-17',
      ],
    },
    urban: {
      value: 502_730,
      confirmedBy: [
        'Databoks (Katadata), 2022-01 ("di daerah perkotaan ... di bawah Rp 502.730")',
        BPS_TABLE_COPY,
      ],
    },
    rural: {
      value: 464_474,
      confirmedBy: [
        'Databoks (Katadata), 2022-01 ("penduduk perdesaan ... di bawah Rp 464.474")',
        BPS_TABLE_COPY,
      ],
    },
  },
  {
    period: '2022-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2022", 15 Juli 2022',
    total: {
      value: 505_469,
      food: 374_455,
      nonFood: 131_014,
      confirmedBy: [
        'Okezone, 2022-07-17 (with GKM/GKNM)',
        'Suara.com, 2022-09-10 (with GKM/GKNM)',
        'RMOL Jatim, 2022-07-15 (with GKM/GKNM)',
        'Fajar Pos, 2023-11-04 (with GKM/GKNM)',
      ],
    },
  },
  {
    period: '2022-09-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia September 2022", 16 Januari 2023',
    total: {
      value: 535_547,
      food: 397_125,
      nonFood: 138_422,
      confirmedBy: [
        'Katadata, 2023-01-16 (with GKM/GKNM)',
        'iNews Jateng, 2023-01-16 (with GKM/GKNM)',
        'Langkatoday, 2023-01-16 (with GKM/GKNM)',
        'Okezone, 2023-07-17 (previous line)',
      ],
    },
    urban: {
      value: 552_349,
      confirmedBy: [
        'Wantimpres (Dewan Pertimbangan Presiden) page citing BPS (found 2026-11-29, see docs/poverty.md)',
        BPS_TABLE_COPY,
      ],
    },
    rural: {
      value: 513_170,
      confirmedBy: [
        'Wantimpres (Dewan Pertimbangan Presiden) page citing BPS (found 2026-11-29, see docs/poverty.md)',
        BPS_TABLE_COPY,
      ],
    },
  },
  {
    period: '2023-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2023", 17 Juli 2023',
    total: {
      value: 550_458,
      food: 408_522,
      nonFood: 141_936,
      confirmedBy: [
        'Okezone, 2023-07-17',
        'Bisnis.com, 2023-07-17',
        'JPNN, 2023-07-17',
        'Sigermedia, 2023-07 (with GKM/GKNM)',
        'Banten News, 2023-07-17 (with GKM/GKNM)',
        'Holopis, 2023-07-17 (with GKM/GKNM)',
      ],
    },
    urban: {
      value: 569_299,
      confirmedBy: ['Okezone, 2023-07-17', 'Bisnis.com, 2023-07-17', 'JPNN, 2023-07-17'],
    },
    rural: {
      value: 525_050,
      confirmedBy: ['Okezone, 2023-07-17', 'Bisnis.com, 2023-07-17', 'JPNN, 2023-07-17'],
    },
  },
  {
    period: '2024-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2024", 1 Juli 2024',
    total: {
      value: 582_932,
      food: 433_906,
      nonFood: 149_026,
      confirmedBy: [
        'Okezone, 2024-07-02 (with GKM/GKNM)',
        'DDTCNews, 2024-07-01 (with GKM/GKNM)',
        'Pemprov Banten (bantenprov.go.id), 2024-07 (with GKM/GKNM)',
        'Bloomberg Technoz, 2024-07-01',
        'TVRI Jakarta News, 2025-01-15 (previous line in the September 2024 release)',
        'BaperaNews, 2025-01 (previous line in the September 2024 release)',
      ],
      note: 'Revision reported but not confirmed: Kontan (2025-01-15) quoted the September 2024 release as comparing with a March 2024 line of Rp 582,910; TVRI (same day) and BaperaNews quoted Rp 582,932 as the line the September 2024 release compares with, and the published change of 2.11% matches 582,932 (595,242 / 582,910 would be 2.12%). Only one source gives 582,910 (rechecked 2026-11-29), so the first-published 582,932 is kept.',
    },
    urban: {
      value: 601_871,
      confirmedBy: [
        'Indotoday, 2024-07-01',
        'Youth Economic Summit citing Antara, 2024-07-01',
        'Barisandata, 2024',
      ],
      note: 'First published figure. The September 2024 release gives urban +2.52% on March 2024, which implies a revised March 2024 urban line near Rp 600,600; the revised figure itself was not found in two sources.',
    },
    rural: {
      value: 556_874,
      confirmedBy: [
        'Indotoday, 2024-07-01',
        'Youth Economic Summit citing Antara, 2024-07-01',
        'Barisandata, 2024',
      ],
      note: 'First published figure. The September 2024 release gives rural +1.47% on March 2024, which implies a revised March 2024 rural line near Rp 558,400; the revised figure itself was not found in two sources.',
    },
  },
  {
    period: '2024-09-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia September 2024", 15 Januari 2025',
    total: {
      value: 595_242,
      food: 443_433,
      nonFood: 151_809,
      confirmedBy: [
        'Urbancity, 2025-01-15 (with GKM/GKNM)',
        'EmitenNews, 2025-01-15 (with GKM/GKNM)',
        'WMHG citing Liputan6, 2025-01-15 (with GKM/GKNM)',
        'Kontan, 2025-01-15',
      ],
    },
    urban: {
      value: 615_763,
      confirmedBy: [
        'Kontan, 2025-01-15',
        'TVRI Jakarta News, 2025-01-15',
        'Kontan, 2025-07-25 (previous line)',
      ],
    },
    rural: {
      value: 566_655,
      confirmedBy: ['Kontan, 2025-01-15', 'TVRI Jakarta News, 2025-01-15'],
    },
  },
  {
    period: '2025-03-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia Maret 2025", 25 Juli 2025',
    total: {
      value: 609_160,
      food: 454_299,
      nonFood: 154_861,
      confirmedBy: [
        'Antara (Jawa Barat), 2025-07-25 (with GKM/GKNM)',
        'Matasemarang, 2025-07-25 (with GKM/GKNM)',
        'Pantau, 2025-07-25 (with GKM/GKNM)',
        'Kontan, 2025-07-25',
        'Antara (Sumatera Utara), 2026-02-05 (previous line)',
      ],
    },
    urban: {
      value: 629_561,
      confirmedBy: [
        'Antara (Jawa Barat), 2025-07-25',
        'Kontan, 2025-07-25',
        'Informasi.com citing Antara, 2025-07-25',
        'Sukabumi Update citing Tempo, 2025-07-25',
      ],
    },
    rural: {
      value: 580_349,
      confirmedBy: [
        'Antara (Jawa Barat), 2025-07-25',
        'Kontan, 2025-07-25',
        'Informasi.com citing Antara, 2025-07-25',
        'Sukabumi Update citing Tempo, 2025-07-25',
      ],
    },
  },
  {
    period: '2025-09-01',
    release: 'BPS, BRS "Profil Kemiskinan di Indonesia September 2025", 5 Februari 2026',
    total: {
      value: 641_443,
      confirmedBy: [
        'Antara (Sumatera Utara), 2026-02-05',
        'Okezone, 2026-02-08',
        'Euforia.id, 2026-02',
        'Liramedia, 2026-02',
      ],
      note: 'GKM Rp 478,955 and GKNM Rp 162,488 were found in one source only (Liramedia) and are not listed.',
    },
  },
] as const satisfies readonly BpsNationalRelease[];

/**
 * The semesters for which BPS published no national poverty figures: the previous release stays in
 * force through them without being stale. September 2010: BPS still measured once a year (March);
 * the semiannual series starts in 2011. September 2023: the March 2024 release compares with March
 * 2023 and September 2022 only (Okezone, DDTCNews, 2024-07-01/02).
 *
 * @category Poverty lines
 * @example
 * BPS_NATIONAL_NOT_PUBLISHED
 * //=> ['2010-09-01', '2023-09-01']
 */
export const BPS_NATIONAL_NOT_PUBLISHED = [
  '2010-09-01',
  '2023-09-01',
] as const satisfies readonly string[];

deepFreeze(BPS_NATIONAL_NOT_PUBLISHED);
deepFreeze(BPS_NATIONAL_RELEASES);
