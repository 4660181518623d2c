import type { BpsProvincialRelease } from './types.js';
import { deepFreeze } from '../../_internal/freeze.js';
import { BPS_TABLE_COPY } from './sources.js';

/*
 * BPS provincial poverty lines, one record per semester, keyed by Kemendagri province code. Same rule
 * as the national file: a figure is listed only when two independent public sources state it (a
 * statistical table holding all provinces counts as one source; the Almunawar TV list of March 2023,
 * which mislabels a province, is never counted as the second source, only cited as a third). Checked
 * 2026-11-29. Coverage is partial (see
 * docs/poverty.md, "Coverage"): most provincial lines, and nearly all provincial urban and rural lines,
 * were found in one source only; docs/poverty.md lists those figures for the next session.
 *
 * DKI Jakarta (31) has no rural area in BPS's classification: only its total line is listed. Lines of
 * 91 Papua and 92 Papua Barat dated before PAPUA_SPLIT.firstRelease describe the provinces before the
 * 2022 split and say so in their note.
 *
 * To add a release: append one record (period, release, provinces) and one sample line to
 * tests/poverty/lines-data.test.ts.
 */

/**
 * The BPS provincial releases with the lines each confirmed figure, oldest first.
 *
 * @category Poverty lines
 * @example
 * BPS_PROVINCIAL_RELEASES.find((r) => r.period === '2023-03-01')?.provinces['18']?.urban?.value
 * //=> 610614
 */
export const BPS_PROVINCIAL_RELEASES = [
  {
    period: '2015-09-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" September 2015 (5 Januari 2016)',
    provinces: {
      '75': {
        total: {
          value: 274_961,
          confirmedBy: [
            'Pemerintah Provinsi Gorontalo news (berita.gorontaloprov.go.id), 2016-06-14 (BPS Gorontalo release)',
            BPS_TABLE_COPY,
          ],
          note: 'March 2015 Rp 263,652 (same report) is Rp 263,653 in the BPS table; not listed.',
        },
      },
    },
  },
  {
    period: '2016-09-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" September 2016 (3 Januari 2017)',
    provinces: {
      '75': {
        total: {
          value: 286_968,
          confirmedBy: [
            'BPS Provinsi Gorontalo, BRS abstract of 17 July 2017 (gorontalo.bps.go.id; previous line)',
            BPS_TABLE_COPY,
          ],
        },
      },
    },
  },
  {
    period: '2017-03-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" Maret 2017 (17 Juli 2017)',
    provinces: {
      '75': {
        total: {
          value: 296_730,
          confirmedBy: [
            'BPS Provinsi Gorontalo, BRS abstract of 17 July 2017 (gorontalo.bps.go.id)',
            'Antara Gorontalo, 2018 (previous line in the September 2017 release)',
          ],
        },
        urban: {
          value: 298_492,
          confirmedBy: [
            'BPS Provinsi Gorontalo, BRS abstract of 17 July 2017 (gorontalo.bps.go.id)',
            BPS_TABLE_COPY,
          ],
        },
        rural: {
          value: 295_057,
          confirmedBy: [
            'BPS Provinsi Gorontalo, BRS abstract of 17 July 2017 (gorontalo.bps.go.id)',
            BPS_TABLE_COPY,
          ],
        },
      },
    },
  },
  {
    period: '2017-09-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" September 2017 (2 Januari 2018)',
    provinces: {
      '61': {
        total: {
          value: 396_842,
          confirmedBy: [
            'Bisnis.com (BPS Kalimantan Barat release), as recorded in docs/poverty.md',
            BPS_TABLE_COPY,
          ],
        },
      },
      '18': {
        total: {
          value: 390_183,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
    },
  },
  {
    period: '2018-03-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" Maret 2018 (16 Juli 2018)',
    provinces: {
      '75': {
        total: {
          value: 316_296,
          confirmedBy: ['Antara Gorontalo, 2018 (BPS Gorontalo release)', BPS_TABLE_COPY],
        },
      },
      '12': {
        total: {
          value: 435_970,
          confirmedBy: ['Tribun Medan, 2019-03-03 (BPS Sumatera Utara)', BPS_TABLE_COPY],
        },
      },
      '34': {
        total: {
          value: 409_744,
          confirmedBy: ['Mas Jogja, 2019-02-02 (BPS DI Yogyakarta release)', BPS_TABLE_COPY],
        },
      },
      '18': {
        total: {
          value: 402_307,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
    },
  },
  {
    period: '2018-09-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" September 2018 (15 Januari 2019)',
    provinces: {
      '12': {
        total: {
          value: 451_673,
          confirmedBy: [
            'Tribun Medan, 2019-03-03 (BPS Sumatera Utara)',
            'Antara Sumatera Utara, 2019-08-01 (previous line in the March 2019 release)',
          ],
          note: 'An earlier Antara Sumatera Utara report (2019-01) prints the same figures under "Maret 2018"; March 2018 is Rp 435,970 (listed under its own semester).',
        },
        urban: {
          value: 465_790,
          confirmedBy: [
            'Antara Sumatera Utara, 2019-08-01 (previous line)',
            'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2018 (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
          ],
        },
        rural: {
          value: 435_492,
          confirmedBy: [
            'Antara Sumatera Utara, 2019-08-01 (previous line)',
            'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2018 (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
          ],
        },
      },
      '18': {
        total: {
          value: 409_881,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
      '34': {
        total: {
          value: 414_899,
          confirmedBy: [
            'Mas Jogja, 2019-02-02 (BPS DI Yogyakarta release)',
            'Tribun Jogja, 2019-07-15 (previous line in the March 2019 release)',
            'IDN Times Jogja, 2019-07-15 (previous line)',
          ],
          note: 'March 2018 Rp 409,744 was found in one source only (Mas Jogja) and is not listed.',
        },
      },
      '74': {
        total: {
          value: 316_729,
          confirmedBy: [
            'BPS Provinsi Sulawesi Tenggara, BRS No. 39/07/74/Th. XIV, 15 Juli 2019 (copy on Scribd; previous line)',
            'Antara Sulawesi Tenggara, 2019-07-15 (previous line)',
          ],
        },
      },
    },
  },
  {
    period: '2019-03-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" Maret 2019 (15 Juli 2019)',
    provinces: {
      '52': {
        total: {
          value: 384_880,
          confirmedBy: ['Okezone, 2019-07-15 (lowest provincial line, March 2019)', BPS_TABLE_COPY],
        },
      },
      '61': {
        total: {
          value: 438_555,
          confirmedBy: [
            'Bisnis.com (BPS Kalimantan Barat release), as recorded in docs/poverty.md',
            BPS_TABLE_COPY,
          ],
        },
      },
      '12': {
        total: {
          value: 466_122,
          food: 351_215,
          nonFood: 114_907,
          confirmedBy: [
            'Antara Sumatera Utara, 2019-08-01 (BPS Sumatera Utara release, with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
        urban: {
          value: 483_667,
          confirmedBy: [
            'Antara Sumatera Utara, 2019-08-01 (BPS Sumatera Utara release)',
            'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2019 (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
          ],
        },
        rural: {
          value: 445_815,
          confirmedBy: [
            'Antara Sumatera Utara, 2019-08-01 (BPS Sumatera Utara release)',
            'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2019 (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
          ],
        },
      },
      '18': {
        total: {
          value: 418_309,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
      '31': {
        total: {
          value: 637_260,
          confirmedBy: [
            'Okezone, 2019-07-15 (highest provincial line, March 2019)',
            'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2019 (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin) (urban line)',
          ],
          note: 'DKI Jakarta has no rural area, so its total line is the urban line of the BPS table.',
        },
      },
      '34': {
        total: {
          value: 432_026,
          food: 310_947,
          nonFood: 121_079,
          confirmedBy: [
            'Tribun Jogja, 2019-07-15 (BPS DI Yogyakarta release, with GKM/GKNM)',
            'IDN Times Jogja, 2019-07-15 (with GKM/GKNM)',
          ],
        },
      },
      '74': {
        total: {
          value: 327_402,
          confirmedBy: [
            'BPS Provinsi Sulawesi Tenggara, BRS No. 39/07/74/Th. XIV, 15 Juli 2019 (copy on Scribd)',
            'Antara Sulawesi Tenggara, 2019-07-15',
          ],
        },
      },
    },
  },
  {
    period: '2019-09-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" September 2019 (15 Januari 2020)',
    provinces: {
      '34': {
        total: {
          value: 449_485,
          food: 322_999,
          nonFood: 126_486,
          confirmedBy: [
            'Pikiran Rakyat (BPS DI Yogyakarta release, with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '74': {
        total: {
          value: 346_466,
          confirmedBy: ['Antara Sulawesi Tenggara (BPS Sulawesi Tenggara release)', BPS_TABLE_COPY],
        },
      },
      '18': {
        total: {
          value: 434_675,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
      '31': {
        total: {
          value: 663_355,
          confirmedBy: [
            'Okezone, 2020-01-15 (highest provincial line, September 2019)',
            'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2019 (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin) (urban line)',
          ],
          note: 'DKI Jakarta has no rural area, so its total line is the urban line of the BPS table.',
        },
      },
    },
  },
  {
    period: '2020-03-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" Maret 2020 (15 Juli 2020)',
    provinces: {
      '71': {
        total: {
          value: 391_197,
          confirmedBy: ['Republika (BPS Sulawesi Utara release)', BPS_TABLE_COPY],
        },
      },
      '18': {
        total: {
          value: 453_733,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
    },
  },
  {
    period: '2020-09-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" September 2020 (15 Februari 2021)',
    provinces: {
      '53': {
        total: {
          value: 404_712,
          food: 316_659,
          nonFood: 88_053,
          confirmedBy: [
            'Gatra, 2021-02-15 (BPS Nusa Tenggara Timur release, with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '51': {
        total: {
          value: 438_167,
          confirmedBy: [
            'BPS Kabupaten Tabanan, abstract of the BPS Bali release (tabanankab.bps.go.id)',
            BPS_TABLE_COPY,
          ],
          note: 'Two BPS publications (the Bali release as abstracted by BPS Tabanan, and the national table); no press report was found.',
        },
      },
      '64': {
        total: {
          value: 669_622,
          confirmedBy: [
            'Antara Kalimantan Timur, 2022-01 (year-earlier line in the September 2021 release)',
            BPS_TABLE_COPY,
          ],
        },
      },
      '18': {
        total: {
          value: 457_495,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
    },
  },
  {
    period: '2021-03-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" Maret 2021 (15 Juli 2021)',
    provinces: {
      '75': {
        total: {
          value: 389_827,
          confirmedBy: ['Antara Gorontalo, 2021 (BPS Gorontalo release)', BPS_TABLE_COPY],
        },
        urban: {
          value: 389_959,
          confirmedBy: ['Antara Gorontalo, 2021 (BPS Gorontalo release)', BPS_TABLE_COPY],
        },
        rural: {
          value: 388_609,
          confirmedBy: ['Antara Gorontalo, 2021 (BPS Gorontalo release)', BPS_TABLE_COPY],
        },
      },
      '12': {
        total: {
          value: 525_756,
          confirmedBy: ['Tribun Medan (BPS Sumatera Utara release)', BPS_TABLE_COPY],
        },
        urban: {
          value: 543_085,
          confirmedBy: ['Tribun Medan (BPS Sumatera Utara release)', BPS_TABLE_COPY],
        },
        rural: {
          value: 504_685,
          confirmedBy: ['Tribun Medan (BPS Sumatera Utara release)', BPS_TABLE_COPY],
        },
      },
      '13': {
        total: {
          value: 568_703,
          confirmedBy: [
            'Harian Haluan, 2022-07 (year-earlier line in the March 2022 release)',
            BPS_TABLE_COPY,
          ],
        },
      },
      '16': {
        total: {
          value: 457_455,
          confirmedBy: [
            'BPS Provinsi Sumatera Selatan, BRS (copy), as recorded in docs/poverty.md',
            BPS_TABLE_COPY,
          ],
          note: 'Two BPS publications (the provincial release and the national table); no press report was found.',
        },
      },
      '19': {
        total: {
          value: 752_203,
          confirmedBy: [
            'SuaraSumsel citing Wowbabel, 2022-01 (previous line in the September 2021 release)',
            BPS_TABLE_COPY,
          ],
        },
      },
      '31': {
        total: {
          value: 697_638,
          confirmedBy: [
            'Tempo, 2022-01 (previous line in the September 2021 release)',
            BPS_TABLE_COPY,
          ],
        },
      },
      '51': {
        total: {
          value: 452_221,
          confirmedBy: [
            'BPS Kabupaten Tabanan, abstract of the BPS Bali release (tabanankab.bps.go.id)',
            BPS_TABLE_COPY,
          ],
          note: 'Two BPS publications (the Bali release as abstracted by BPS Tabanan, and the national table); no press report was found.',
        },
      },
      '64': {
        total: {
          value: 689_035,
          confirmedBy: [
            'Antara Kalimantan Timur, 2022-01 (previous line in the September 2021 release)',
            BPS_TABLE_COPY,
          ],
        },
      },
      '18': {
        total: {
          value: 471_439,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
    },
  },
  {
    period: '2021-09-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" September 2021 (17 Januari 2022)',
    provinces: {
      '16': {
        total: {
          value: 463_251,
          confirmedBy: [
            'SuaraSumsel, 2022-07-15 (previous line in the BPS Sumatera Selatan release of March 2022)',
            BPS_TABLE_COPY,
          ],
        },
      },
      '19': {
        total: {
          value: 770_457,
          food: 555_279,
          nonFood: 215_178,
          confirmedBy: [
            'SuaraSumsel citing Wowbabel, 2022-01 (BPS Kepulauan Bangka Belitung release, with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '31': {
        total: {
          value: 715_052,
          confirmedBy: ['Tempo, 2022-01 (BPS DKI Jakarta release)', BPS_TABLE_COPY],
        },
      },
      '32': {
        total: {
          value: 437_604,
          confirmedBy: [
            'BPS Provinsi Jawa Barat page, as recorded in docs/poverty.md',
            BPS_TABLE_COPY,
          ],
          note: 'Two BPS publications (the provincial page and the national table); no press report was found.',
        },
      },
      '36': {
        total: {
          value: 547_483,
          food: 395_258,
          nonFood: 152_225,
          confirmedBy: [
            'KedaiPena, 2022-01-18 (BPS Banten release, with GKM/GKNM)',
            'Fakta Banten, 2022-01-17 (with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '64': {
        total: {
          value: 703_223,
          food: 495_785,
          nonFood: 207_438,
          confirmedBy: [
            'Antara Kalimantan Timur, 2022-01 (BPS Kalimantan Timur release, with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '13': {
        total: {
          value: 579_545,
          confirmedBy: [
            'Harian Haluan, 2022-07 (previous line in the March 2022 release)',
            'Bisnis.com Sumatra, 2023-01-30 (year-earlier line in the September 2022 release)',
          ],
        },
      },
      '14': {
        total: {
          value: 586_062,
          food: 427_086,
          nonFood: 158_976,
          confirmedBy: [
            'Sonora, 2022-01-18 (BPS Riau release, with GKM/GKNM)',
            'Bertuahpos, 2022-01-18 (with GKM/GKNM)',
          ],
        },
      },
      '18': {
        total: {
          value: 492_620,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
      '51': {
        total: {
          value: 461_532,
          food: 319_095,
          nonFood: 142_437,
          confirmedBy: [
            'BPS Provinsi Bali, BRS No. 06/01/51/Th. XVI, 17 Januari 2022 (copy on Scribd; abstract on tabanankab.bps.go.id), with GKM/GKNM',
            'Menitini, 2022-01 (with GKM/GKNM)',
          ],
          note: 'March 2021 Rp 452,221 and September 2020 Rp 438,167 appear only in the BPS Tabanan abstract and are not listed.',
        },
      },
      '81': {
        total: {
          value: 605_909,
          food: 450_442,
          nonFood: 155_467,
          confirmedBy: [
            'Teropongnews, 2022-01-17 (BPS Maluku release, with GKM/GKNM)',
            'Siwalimanews, 2022-01-18 (with GKM/GKNM)',
          ],
        },
      },
    },
  },
  {
    period: '2022-03-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" Maret 2022 (15 Juli 2022)',
    provinces: {
      '16': {
        total: {
          value: 485_069,
          food: 360_600,
          nonFood: 124_469,
          confirmedBy: [
            'SuaraSumsel, 2022-07-15 (BPS Sumatera Selatan release, with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '71': {
        total: {
          value: 427_016,
          confirmedBy: [
            'iNews Sulut, 2022-07-15 (BPS Sulawesi Utara release)',
            'Barometer, 2022-07 (BPS Sulawesi Utara release)',
            BPS_TABLE_COPY,
          ],
        },
      },
      '33': {
        total: {
          value: 438_833,
          confirmedBy: ['JPNN citing Antara, 2022-07-15 (BPS Jawa Tengah release)', BPS_TABLE_COPY],
        },
      },
      '12': {
        total: {
          value: 561_004,
          food: 423_760,
          nonFood: 137_244,
          confirmedBy: [
            'IDX Channel (BPS Sumatera Utara release, with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '64': {
        total: {
          value: 728_208,
          food: 513_874,
          nonFood: 214_334,
          confirmedBy: [
            'Nalarnews, 2022-07-16 (BPS Kalimantan Timur release, with GKM/GKNM)',
            'Pranala, 2022-07 (with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '72': {
        total: {
          value: 530_251,
          food: 404_034,
          nonFood: 126_217,
          confirmedBy: [
            'Alkhairaat, 2022-07-18 (BPS Sulawesi Tengah release, with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '73': {
        total: {
          value: 399_755,
          food: 299_433,
          nonFood: 100_322,
          confirmedBy: [
            'BPS Provinsi Sulawesi Selatan, press release of 15 July 2022 (sulsel.bps.go.id, with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
          note: 'Two BPS publications (the provincial release and the national table); no press report was found.',
        },
      },
      '74': {
        total: {
          value: 404_137,
          food: 304_126,
          nonFood: 100_011,
          confirmedBy: [
            'Kendari News, 2022-07-18 (BPS Sulawesi Tenggara release, with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '13': {
        total: {
          value: 610_941,
          confirmedBy: [
            'Harian Haluan, 2022-07 (BPS Sumatera Barat release)',
            'Bisnis.com Sumatra, 2023-01-30 (previous line)',
            'Derakpost citing Tribun Padang, 2024-07-03 (two-year-earlier line)',
          ],
          note: 'Harian Haluan gives March 2021 as Rp 568,703 (one source, not listed). Bisnis.com gives September 2022 as Rp 654,194 and Derakpost (citing Tribun Padang) March 2023 as Rp 667,925 and March 2024 as Rp 708,416; one source each, not listed.',
        },
      },
      '15': {
        total: {
          value: 545_870,
          confirmedBy: ['Tribun Jambi, 2022-08-02 (BPS Jambi release)', 'Senjari, 2022-08-02'],
          note: 'GKM Rp 411,537 and GKNM Rp 134,333 were found in one source only (Tribun Jambi) and are not listed. March 2024 is not listed: Antara Jambi gives Rp 650,155, Aksipost Rp 650,115 (with GKM 491,690 + GKNM 158,425 = 650,115).',
        },
      },
      '18': {
        total: {
          value: 514_039,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
      '53': {
        total: {
          value: 460_823,
          confirmedBy: [
            'Suara-NTT, 2022-07-15 (BPS NTT release, with GKM/GKNM)',
            'Antara Kupang, 2023-07-17 (year-earlier line)',
          ],
          note: 'GKM Rp 358,224 and GKNM Rp 102,599 were found in one source only (Suara-NTT) and are not listed.',
        },
      },
      '63': {
        total: {
          value: 553_073,
          confirmedBy: [
            'Starbanjar, 2022-07-15 (BPS Kalimantan Selatan release)',
            'Teropongnews, 2023-01-17 (previous line in the September 2022 release)',
          ],
          note: 'GKM Rp 396,308 and GKNM Rp 156,765 were found in one source only (Starbanjar) and are not listed.',
        },
      },
      '65': {
        total: {
          value: 772_914,
          confirmedBy: [
            'Media Kaltimtara, 2025 (three-year series stated by the Head of BPS Kalimantan Utara)',
            'Benuanta, 2025-07-04 (same statement)',
          ],
        },
      },
      '92': {
        total: {
          value: 665_604,
          confirmedBy: [
            'LinkPapua, 2022-07-15 (BPS Papua Barat release)',
            'Tribun Papua Barat, 2022-07-15',
          ],
          note: 'Papua Barat before the split: the area then still included Papua Barat Daya (96).',
        },
      },
    },
  },
  {
    period: '2022-09-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" September 2022 (16 Januari 2023)',
    provinces: {
      '53': {
        total: {
          value: 490_909,
          food: 380_566,
          nonFood: 110_343,
          confirmedBy: [
            'Pos-Kupang (Tribun), 2023-02-07 (BPS Nusa Tenggara Timur release, with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '33': {
        total: {
          value: 464_879,
          food: 349_523,
          nonFood: 115_356,
          confirmedBy: [
            'Dinas Kesehatan Provinsi Jawa Tengah, Profil Kesehatan Jawa Tengah 2022, p. 27 (citing BPS Jawa Tengah, with GKM/GKNM)',
            'Pikiran Rakyat Banjarnegara, 2023-01-17 (BPS Jawa Tengah release)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '12': {
        total: {
          value: 592_025,
          confirmedBy: [
            'InfoMu (BPS Sumatera Utara release), as recorded in docs/poverty.md',
            BPS_TABLE_COPY,
          ],
        },
      },
      '13': {
        total: {
          value: 654_194,
          confirmedBy: [
            'Tribun Padang, 2023-01-31 (BPS Sumatera Barat release)',
            'Bisnis.com Sumatra, 2023-01-30',
            'Kabapedia, 2023-02-01',
            BPS_TABLE_COPY,
          ],
        },
      },
      '19': {
        total: {
          value: 853_226,
          food: 622_068,
          nonFood: 231_158,
          confirmedBy: [
            'Bangka Pos, 2023-01-16 (BPS Kepulauan Bangka Belitung release)',
            'Babel Pos (Disway), 2023-01-17 (with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '31': {
        total: {
          value: 773_370,
          confirmedBy: [
            'CNN Indonesia (via Solusidengkur), 2023-01-17 (BPS DKI Jakarta release)',
            BPS_TABLE_COPY,
          ],
        },
      },
      '34': {
        total: {
          value: 551_342,
          food: 398_363,
          nonFood: 152_979,
          confirmedBy: [
            'Harian Jogja, 2023-01-16 (BPS DI Yogyakarta release)',
            'Tribun Jogja, 2023-01-16 (with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '36': {
        total: {
          value: 598_748,
          food: 433_368,
          nonFood: 165_380,
          confirmedBy: [
            'iNews Banten, 2023 (BPS Banten release, with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '52': {
        total: {
          value: 489_954,
          food: 367_535,
          nonFood: 122_419,
          confirmedBy: [
            'Radar Lombok, 2023-01-16 (BPS NTB release, with GKM/GKNM)',
            'Lombok Journal, 2023-01-16 (with GKM/GKNM)',
            'Berita11, 2023-01-17 (with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '64': {
        total: {
          value: 768_120,
          food: 546_669,
          nonFood: 221_451,
          confirmedBy: [
            'Niaga Asia, 2023-01-16 (BPS Kalimantan Timur release, with GKM/GKNM)',
            'Diskominfo Kalimantan Timur, 2023-01-16 (with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '72': {
        total: {
          value: 557_183,
          food: 423_390,
          nonFood: 133_793,
          confirmedBy: [
            'Alkhairaat, 2023-01-30 (BPS Sulawesi Tengah release, with GKM/GKNM)',
            'Elsindo, 2023-01-30 (with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '73': {
        total: {
          value: 422_952,
          food: 316_597,
          nonFood: 106_355,
          confirmedBy: [
            'Palopo Pos (Fajar), 2023-01-25 (BPS Sulawesi Selatan release, with GKM/GKNM)',
            'Fajar Sulsel, 2023-01-24 (with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '74': {
        total: {
          value: 432_464,
          food: 326_264,
          nonFood: 106_200,
          confirmedBy: [
            'Nawala Media, 2023-01 (BPS Sulawesi Tenggara release, with GKM/GKNM)',
            'VOI citing Antara, 2023-01-16 (with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '75': {
        total: {
          value: 434_961,
          food: 333_794,
          nonFood: 101_167,
          confirmedBy: [
            'Antara Gorontalo, 2023-01 (BPS Gorontalo release, with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
        urban: {
          value: 436_651,
          confirmedBy: ['Antara Gorontalo, 2023-01 (BPS Gorontalo release)', BPS_TABLE_COPY],
        },
        rural: {
          value: 432_069,
          confirmedBy: ['Antara Gorontalo, 2023-01 (BPS Gorontalo release)', BPS_TABLE_COPY],
        },
      },
      '81': {
        total: {
          value: 672_456,
          food: 496_691,
          nonFood: 175_765,
          confirmedBy: [
            'Teropongnews, 2023-01-20 (BPS Maluku release, with GKM/GKNM)',
            'Detik Maluku, 2023-01-19 (with GKM/GKNM)',
            `${BPS_TABLE_COPY} (with GKM/GKNM)`,
          ],
        },
      },
      '11': {
        total: {
          value: 617_293,
          confirmedBy: [
            'Acehviral, 2023-01 (BPS Aceh release)',
            'News of Aceh, 2023-07-17 (previous line in the March 2023 release)',
          ],
        },
      },
      '32': {
        total: {
          value: 480_350,
          food: 355_172,
          nonFood: 125_178,
          confirmedBy: [
            'BPS Provinsi Jawa Barat, BRS No. 06/01/32/Th. XXV, 16 Januari 2023 (copy on Scribd, with GKM/GKNM)',
            'Bisnis.com Bandung, 2023-01-16 (with GKM/GKNM)',
            'Siberasi, 2023-01 (with GKM/GKNM)',
          ],
        },
      },
      '51': {
        total: {
          value: 515_037,
          confirmedBy: [
            'detikBali, 2023-01-18 (BPS Bali release)',
            'Paradapos citing Kobaran (Antara report of the BPS Bali release), 2023-01',
          ],
          note: 'Both print GKM Rp 357,640 and GKNM Rp 157,398, which add up to 515,038, one rupiah more than the line; the parts are therefore not listed.',
        },
      },
      '62': {
        total: {
          value: 584_939,
          food: 453_342,
          nonFood: 131_597,
          confirmedBy: [
            'CanalBerita, 2023-01-16 (BPS Kalimantan Tengah release, with GKM/GKNM)',
            'Kaltengnews, 2023-01-16 (with GKM/GKNM)',
          ],
        },
      },
      '63': {
        total: {
          value: 581_229,
          food: 415_976,
          nonFood: 165_253,
          confirmedBy: [
            'Diskominfo MC Kalimantan Selatan (diskominfomc.kalselprov.go.id), 2023-01-16 (BPS Kalimantan Selatan release, with GKM/GKNM)',
            'Teropongnews, 2023-01-17 (with GKM/GKNM)',
          ],
          note: 'September 2025 Rp 684,567 was found in one source only (Reportase9) and is not listed.',
        },
      },
      '71': {
        total: {
          value: 454_469,
          food: 353_727,
          nonFood: 100_742,
          confirmedBy: [
            'BeritaManado, 2023-01-16 (BPS Sulawesi Utara release, with GKM/GKNM)',
            'Gemasulawesi, 2023-01-16 (with GKM/GKNM)',
          ],
        },
      },
      '92': {
        total: {
          value: 708_156,
          confirmedBy: [
            'LinkPapua, 2023-01-30 (BPS Papua Barat release)',
            'Antara Papua Barat, 2023-07-17 (previous line in the March 2023 release)',
          ],
          note: 'Papua Barat before the split (the release says so). GKM Rp 529,916 and GKNM Rp 178,241 (LinkPapua) add up to 708,157, one rupiah off the total (rounding), and are not listed.',
        },
      },
    },
  },
  {
    period: '2023-03-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" Maret 2023 (17 Juli 2023)',
    provinces: {
      '12': {
        total: {
          value: 602_999,
          confirmedBy: [
            'Tribun Medan, 2023-07-17 (BPS Sumatera Utara release)',
            'InfoMu, 2023-07-17',
          ],
          note: 'InfoMu gives September 2022 as Rp 592,025 (Tribun Medan rounds it to Rp 592 ribu); not listed.',
        },
        urban: {
          value: 626_782,
          confirmedBy: ['Tribun Medan, 2023-07-17', 'InfoMu, 2023-07-17'],
        },
        rural: {
          value: 573_500,
          confirmedBy: ['Tribun Medan, 2023-07-17', 'InfoMu, 2023-07-17'],
        },
      },
      '18': {
        total: {
          value: 559_011,
          confirmedBy: [
            'BPS Provinsi Lampung, BRS No. 50/07/18/Th. XVIII, 17 Juli 2023 (copy on Scribd)',
            'Tribun Lampung, 2023-07-20',
            'Kabar Siger, 2023-07',
            'Radar Lampung, 2023-07',
          ],
        },
        urban: {
          value: 610_614,
          confirmedBy: [
            'BPS Provinsi Lampung, BRS No. 50/07/18/Th. XVIII, 17 Juli 2023 (copy on Scribd)',
            'Kabar Siger, 2023-07',
            'Radar Lampung, 2023-07',
          ],
        },
        rural: {
          value: 534_575,
          confirmedBy: [
            'BPS Provinsi Lampung, BRS No. 50/07/18/Th. XVIII, 17 Juli 2023 (copy on Scribd)',
            'Kabar Siger, 2023-07',
            'Radar Lampung, 2023-07',
          ],
          note: 'The BRS summary labels this figure "Garis Kemiskinan Bukan Makanan daerah Perdesaan"; from its size and the table it is the rural line (GK perdesaan).',
        },
      },
      '34': {
        total: {
          value: 573_022,
          food: 414_480,
          nonFood: 158_542,
          confirmedBy: [
            'BPS Provinsi DI Yogyakarta, BRS No. 50/07/34/Th. XXV, 17 Juli 2023 (copy on Scribd, with GKM/GKNM)',
            'Harian Jogja, 2023-07-17 (with GKM/GKNM)',
          ],
        },
      },
      '51': {
        total: {
          value: 529_643,
          food: 365_437,
          nonFood: 164_206,
          confirmedBy: [
            'BPS Provinsi Bali, BRS No. 43/07/51/Th. XVII, 17 Juli 2023 (copy on Scribd, with GKM/GKNM)',
            'Bali Post, 2023-07-18 (with GKM/GKNM)',
          ],
        },
      },
      '52': {
        total: {
          value: 498_996,
          confirmedBy: [
            'IDN Times NTB, 2023-07-17 (BPS NTB release)',
            'Antara Mataram, 2023-07-18',
          ],
          note: 'Both reports give GKM Rp 374,441; GKNM is Rp 124,555 in IDN Times and Rp 124,554 in Antara (124,555 = GK - GKM), so the parts are not listed.',
        },
      },
      '53': {
        total: {
          value: 507_203,
          confirmedBy: ['Antara Kupang, 2023-07-17 (BPS NTT release)', 'Suara-NTT, 2023-07-17'],
        },
      },
      '62': {
        total: {
          value: 596_184,
          food: 461_296,
          nonFood: 134_888,
          confirmedBy: [
            'Rublikanesia, 2023-07-17 (BPS Kalimantan Tengah release, with GKM/GKNM)',
            'BPS Kabupaten Kapuas, abstract of the BPS Kalimantan Tengah BRS of 17 July 2023 (kapuaskab.bps.go.id, with GKM/GKNM)',
          ],
          note: 'Antara Kalimantan Tengah gives March 2024 as Rp 623,954 (one source, not listed).',
        },
      },
      '71': {
        total: {
          value: 463_432,
          food: 360_891,
          nonFood: 102_541,
          confirmedBy: [
            'Harimanado, 2023-07-17 (BPS Sulawesi Utara release, with GKM/GKNM)',
            'Barometer, 2023-07-17 (with GKM/GKNM)',
            'Sulutreview, 2023-07-18 (with GKM/GKNM)',
            'Apakareba citing Medcom, 2023-07-18 (with GKM/GKNM)',
          ],
          note: 'The Almunawar TV list (2023-10) gives "Sulawesi Utara" Rp 568,248 with 12.41% and 395.66 thousand poor: those are Sulawesi Tengah\'s figures under the wrong name. That list is therefore not used as a source here.',
        },
      },
      '72': {
        total: {
          value: 568_248,
          food: 429_099,
          nonFood: 139_149,
          confirmedBy: [
            'Sulteng Raya, 2023-07 (BPS Sulawesi Tengah release, with GKM/GKNM)',
            'Rajawalinet, 2023-07-24 (with GKM/GKNM)',
          ],
        },
      },
      '73': {
        total: {
          value: 436_025,
          food: 325_418,
          nonFood: 110_607,
          confirmedBy: [
            'Rakyatku, 2023-07-18 (BPS Sulawesi Selatan release, with GKM/GKNM)',
            'Medcom, 2023-08-22 (with GKM/GKNM)',
            'Rakyat Sulsel (Fajar), 2024-07-01 (previous line)',
          ],
        },
      },
      '74': {
        total: {
          value: 443_980,
          food: 333_797,
          nonFood: 110_183,
          confirmedBy: [
            'Kendarikini, 2023-07 (BPS Sulawesi Tenggara release, with GKM/GKNM)',
            'Antara Sulawesi Tenggara, 2023-07-17 (with GKM/GKNM)',
          ],
        },
      },
      '92': {
        total: {
          value: 728_619,
          confirmedBy: [
            'LinkPapua, 2023-07-17 (BPS Papua Barat release)',
            'Antara Papua Barat, 2023-07-17',
            'Papua Barat News, 2023-07',
          ],
          note: 'Papua Barat before the split: the release still covered the area of Papua Barat Daya (96). GKM Rp 545,539 and GKNM Rp 183,080 were found in one source only (LinkPapua) and are not listed.',
        },
      },
      '33': {
        total: {
          value: 477_580,
          confirmedBy: [
            'Antara Jawa Tengah, 2023-07-17 (BPS Jawa Tengah release)',
            'Republika (Rejogja), 2023-07-17',
            'Bulat, 2023-07-17',
            'RBTV (Disway), 2024 (previous line)',
          ],
        },
      },
      '35': {
        total: {
          value: 507_286,
          confirmedBy: [
            'Realita, 2023-07-17 (BPS Jawa Timur release)',
            'RBTV (Disway), 2024 (previous line)',
          ],
          note: 'GKM Rp 384,426 and GKNM Rp 122,860 were found in one source only (Realita) and are not listed.',
        },
      },
    },
  },
  {
    period: '2024-03-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" Maret 2024 (1 Juli 2024)',
    provinces: {
      '12': {
        total: {
          value: 642_423,
          food: 490_540,
          nonFood: 151_883,
          confirmedBy: [
            'IDX Channel, 2024-07-01 (BPS Sumatera Utara release, with GKM/GKNM)',
            'Harian SIB, 2024-07-01 (with GKM/GKNM)',
            'Antara Sumatera Utara, 2024-07',
          ],
        },
      },
      '16': {
        total: {
          value: 554_197,
          food: 413_237,
          nonFood: 140_960,
          confirmedBy: [
            'SumselSatu, 2024-07-01 (BPS Sumatera Selatan release, with GKM/GKNM)',
            'OKU Ekspres, 2024-12-31 (with GKM/GKNM)',
            'detikSumbagsel, 2024-07-03',
            'Suara Sumsel citing Antara, 2024-07-02',
          ],
        },
      },
      '31': {
        total: {
          value: 825_288,
          confirmedBy: [
            'iNews, 2024-07 (BPS DKI Jakarta release)',
            'Barisandata, 2024 (as the DKI Jakarta urban line; DKI is all urban)',
          ],
          note: 'GKM Rp 571,647 and GKNM Rp 253,641 were found in one source only (iNews) and are not listed.',
        },
      },
      '32': {
        total: {
          value: 524_052,
          food: 391_347,
          nonFood: 132_705,
          confirmedBy: [
            'iNews Bandung Raya, 2024-07-01 (BPS Jawa Barat release, with GKM/GKNM)',
            'Jabarnews, 2024-07 (with GKM/GKNM)',
            'Mimbar Nusantara, 2024-07 (with GKM/GKNM)',
            'Media Seruni, 2024-07 (with GKM/GKNM)',
          ],
        },
      },
      '33': {
        total: {
          value: 507_001,
          confirmedBy: [
            'RBTV (Disway), 2024 (BPS Jawa Tengah, Maret 2024)',
            'Tribun Jateng, 2025-06-13 (previous line)',
          ],
        },
      },
      '35': {
        total: {
          value: 536_122,
          food: 408_011,
          nonFood: 128_111,
          confirmedBy: [
            'Antara Jawa Timur, 2024-07-01 (with GKM/GKNM)',
            'Beritalima, 2024-07-01 (with GKM/GKNM)',
            'Kabar9, 2024-07-01 (with GKM/GKNM)',
            'Bisnis.com Surabaya, 2025-01-15 (previous line)',
          ],
          note: 'Bisnis.com Surabaya (2025-01-15) gives the September 2024 line as Rp 547,571, a typo: three other reports give Rp 547,751, which is GKM + GKNM and the published +2.17%.',
        },
      },
      '36': {
        total: {
          value: 654_213,
          food: 474_039,
          nonFood: 180_174,
          confirmedBy: [
            'Fokus Banten, 2024-07 (BRS No. 34/07/36/Th. XVIII, 1 Juli 2024, with GKM/GKNM)',
            'TangselPos, 2024-07-01 (with GKM/GKNM)',
            'Tribun Banten, 2024-07-02',
          ],
        },
      },
      '51': {
        total: {
          value: 568_510,
          confirmedBy: ['Bisnis Bali, 2024-07-06 (BPS Bali release)', 'GoodStats, 2024'],
          note: 'GKM Rp 391,618 and GKNM Rp 176,892 were found in one source only (Bisnis Bali) and are not listed.',
        },
      },
      '52': {
        total: {
          value: 534_703,
          food: 404_637,
          nonFood: 130_066,
          confirmedBy: [
            'Inside Lombok, 2024-07-01 (BPS NTB release, with GKM/GKNM)',
            'Global FM Lombok, 2024-07-01 (with GKM/GKNM)',
          ],
        },
      },
      '53': {
        total: {
          value: 527_275,
          food: 403_922,
          nonFood: 123_353,
          confirmedBy: [
            'Suara-NTT, 2024-07-01 (BPS NTT release, with GKM/GKNM)',
            'Jurnal NTT, 2024-07-01 (with GKM/GKNM)',
          ],
        },
      },
      '63': {
        total: {
          value: 632_739,
          confirmedBy: [
            'Antara, 2024-07-01 (BPS Kalimantan Selatan release)',
            'Reportase9, 2024-07-01',
            'Radigfamedia Kalsel, 2024-07',
          ],
        },
      },
      '64': {
        total: {
          value: 833_955,
          food: 590_571,
          nonFood: 243_384,
          confirmedBy: [
            'BPS Provinsi Kalimantan Timur, BRS abstract of 1 July 2024 (kaltim.bps.go.id, with GKM/GKNM)',
            'Akurasi Kaltim, 2024-07 (with GKM/GKNM)',
            'Antara Kalimantan Timur, 2024-07-02',
          ],
        },
      },
      '73': {
        total: {
          value: 459_226,
          confirmedBy: [
            'Antara Makassar, 2024-07 (BPS Sulawesi Selatan release)',
            'Bisnis.com Kalimantan, 2024-07-01',
            'Rakyat Sulsel (Fajar), 2024-07-01',
          ],
          note: 'GKM Rp 342,934 and GKNM Rp 116,292 were found in one source only (Antara) and are not listed. Bisnis.com wrote that the line "turun" (fell) 5.32% from March 2023; it rose (436,025 to 459,226).',
        },
      },
    },
  },
  {
    period: '2024-09-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" September 2024 (15 Januari 2025)',
    provinces: {
      '11': {
        total: {
          value: 665_855,
          confirmedBy: [
            'Serambinews (Tribun Aceh), 2025-07-25 (previous line in the March 2025 release)',
            'BSINews, 2025-07-25 (previous line)',
            'Inforiau, 2025-07 (previous line)',
          ],
        },
      },
      '14': {
        total: {
          value: 702_620,
          food: 516_772,
          nonFood: 185_848,
          confirmedBy: [
            'Riau1, 2025-01-16 (BPS Riau release, with GKM/GKNM)',
            'HalloRiau, 2025-01-16 (with GKM/GKNM)',
            'Bisnis.com Sumatra, 2025-01-16 (with GKM/GKNM)',
            'Media Center Riau (mediacenter.riau.go.id), 2025-01 (with GKM/GKNM)',
          ],
          note: 'Bisnis.com Sumatra (2024-07-03) gives March 2024 as Rp 697,296 (GKM 511,959, GKNM 185,337); one source, not listed.',
        },
      },
      '31': {
        total: {
          value: 846_085,
          confirmedBy: [
            'KTV, 2025-07-25 (previous line)',
            'Ntvnews citing Antara, 2025-07-25 (previous line)',
            'Konsuil / propertyandthecity, 2025-07-25 (previous line)',
          ],
        },
      },
      '32': {
        total: {
          value: 535_509,
          confirmedBy: [
            'Indoartnews, 2025-01-17 (BPS Jawa Barat release)',
            'Fakta Bandung Raya, 2025-01',
            'Dara, 2025-01-15',
            'Esensiana, 2025-01-15',
          ],
          note: 'Only the food share (74.72 percent) was published with it; GKM/GKNM are not listed.',
        },
      },
      '33': {
        total: {
          value: 521_093,
          confirmedBy: [
            'Media Indonesia, 2025-07 (previous line)',
            'Kabar Jateng Terkini, 2025-07-26 (previous line)',
            'Murianews, 2025 (previous line)',
          ],
        },
      },
      '34': {
        total: {
          value: 613_370,
          confirmedBy: [
            'BPS Provinsi DI Yogyakarta, news of 17 January 2025 (yogyakarta.bps.go.id)',
            'Tempo, 2025-01',
          ],
          note: 'GKM Rp 447,321 and GKNM Rp 166,049 were found in one source only (Tempo) and are not listed. Harian Jogja gives March 2024 as Rp 602,437 (one source, not listed).',
        },
      },
      '35': {
        total: {
          value: 547_751,
          food: 416_738,
          nonFood: 131_013,
          confirmedBy: [
            'Kanal Sembilan, 2025-01-15 (BPS Jawa Timur release, with GKM/GKNM)',
            'Suara Surabaya, 2025-01-15 (with GKM/GKNM)',
            'Ketik, 2025-01-16',
          ],
          note: 'Bisnis.com Surabaya (2025-01-15) printed Rp 547,571, a typo: 416,738 + 131,013 = 547,751, and 547,751 / 536,122 is the published +2.17%.',
        },
      },
      '51': {
        total: {
          value: 580_306,
          food: 399_291,
          nonFood: 181_015,
          confirmedBy: [
            'BPS Provinsi Bali, "Poverty Profile of Bali Province September 2024", 15 January 2025 (abstract, with GKM/GKNM)',
            'Bisnis.com Bali, 2025-01-15 (with GKM/GKNM)',
          ],
        },
      },
      '52': {
        total: {
          value: 540_339,
          confirmedBy: [
            'Antara Mataram, 2025-07-25 (previous line in the March 2025 release)',
            'Inside Lombok, 2025-07-25 (previous line)',
            'Merdeka (Planet Merdeka), 2025-07 (previous line)',
          ],
          note: 'Urban Rp 554,327 and rural Rp 525,027 were found in one source only (IDN Times NTB, 2026-02) and are not listed.',
        },
      },
      '62': {
        total: {
          value: 641_524,
          food: 495_595,
          nonFood: 145_929,
          confirmedBy: [
            'Prokalteng, 2025-01-15 (BPS Kalimantan Tengah release, with GKM/GKNM)',
            'Inspirasi Kalteng, 2025-01-15 (with GKM/GKNM)',
          ],
        },
      },
      '65': {
        total: {
          value: 876_375,
          confirmedBy: [
            'Fidcom, 2025-01-15 (BPS Kalimantan Utara release)',
            'Media Kaltimtara, 2025',
            'Benuanta, 2025-07-04',
          ],
          note: 'Fidcom gives March 2024 as Rp 854,294 and VOI March 2023 as Rp 817,876; one source each, not listed.',
        },
      },
      '72': {
        total: {
          value: 608_687,
          food: 456_444,
          nonFood: 152_243,
          confirmedBy: [
            'BPS Provinsi Sulawesi Tengah, BRS abstract of 15 January 2025 (sulteng.bps.go.id, with GKM/GKNM)',
            'Naskahberita, 2025-01-15 (with GKM/GKNM)',
          ],
        },
      },
      '73': {
        total: {
          value: 467_991,
          food: 350_315,
          nonFood: 117_676,
          confirmedBy: [
            'Harian Fajar, 2025-01-16 (BPS Sulawesi Selatan release, with GKM/GKNM)',
            'Keidenesia, 2025-01-15 (with GKM/GKNM)',
          ],
        },
      },
      '75': {
        total: {
          value: 487_578,
          confirmedBy: [
            'Coolturnesia, 2025-01-15 (BPS Gorontalo release)',
            'Gorontalo Post, 2025-07-28 (previous line)',
          ],
          note: 'Coolturnesia gives March 2024 as Rp 473,006 (one source, not listed).',
        },
      },
      '96': {
        total: {
          value: 791_570,
          confirmedBy: [
            'Klikpapua, 2025-01-15 (BPS Papua Barat release for Papua Barat Daya)',
            'Antara, 2025-01-15 (kalbar.antaranews.com)',
          ],
          note: 'GKM Rp 580,705 and GKNM Rp 210,865 were found in one source only (Klikpapua) and are not listed. Antara gives the March 2024 line as Rp 756,237 (one source, not listed).',
        },
      },
    },
  },
  {
    period: '2025-03-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" Maret 2025 (25 Juli 2025)',
    provinces: {
      '11': {
        total: {
          value: 676_247,
          confirmedBy: [
            'Serambinews (Tribun Aceh), 2025-07-25 (BPS Aceh release)',
            'BSINews, 2025-07-25',
            'Inforiau, 2025-07',
          ],
          note: 'September 2025 Rp 715,103, urban 756,201 and rural 693,085 were found in one source only (Analisaaceh) and are not listed.',
        },
      },
      '14': {
        total: {
          value: 713_117,
          food: 525_806,
          nonFood: 187_311,
          confirmedBy: [
            'Riau24, 2025-07-29 (BPS Riau release, with GKM/GKNM)',
            'Potret24, 2025-07-25 (with GKM/GKNM)',
            'Smartpekanbaru citing Media Center Riau, 2025-09-07 (with GKM/GKNM)',
          ],
        },
      },
      '16': {
        total: {
          value: 581_702,
          food: 436_639,
          nonFood: 145_063,
          confirmedBy: [
            'Enim Ekspres, 2025-07 (BPS Sumatera Selatan release, with GKM/GKNM)',
            'Suara Metropolitan, 2025-07-25 (with GKM/GKNM)',
            'IDN Times Sumsel, 2025-07-30',
            'GemaBerita, 2025-07-30',
          ],
        },
      },
      '19': {
        total: {
          value: 956_833,
          confirmedBy: [
            'Antara Bangka Belitung, 2025-07-28 (BPS Kepulauan Bangka Belitung release)',
            'Sisnet Radio, 2025-07',
          ],
          note: 'Earlier semesters were each found in one source only and are not listed: September 2022 Rp 853,226 (Bangka Pos), March 2023 Rp 874,204 (Babel Pos), March 2024 Rp 908,397 (VissionNews), September 2024 Rp 917,673 (detikSumbagsel). Antara gives the March 2025 change as +4.27% on September 2024 and +5.33% on March 2024, which matches 917,673 and 908,397.',
        },
      },
      '32': {
        total: {
          value: 547_752,
          food: 410_143,
          nonFood: 137_609,
          confirmedBy: [
            'Bisnis.com Bandung, 2025-07-25 (with GKM/GKNM)',
            'Satujabar, 2025-07 (with GKM/GKNM)',
            'Sukabumi Update, 2025-07-25 (with GKM/GKNM)',
            'Kompas.com Bandung, 2025-07-25',
            'JPNN Jabar, 2025-07-26',
          ],
        },
      },
      '17': {
        total: {
          value: 683_820,
          food: 503_475,
          nonFood: 180_345,
          confirmedBy: [
            'Radar Kepahiang (Radarkoran), 2025-07-25 (BPS Bengkulu release, with GKM/GKNM)',
            'Selimburcaya, 2025-07-26 (with GKM/GKNM)',
          ],
        },
      },
      '18': {
        total: {
          value: 612_451,
          confirmedBy: [
            'Antara Lampung, 2025-07-25',
            'Suara Lampung, 2025-07-25',
            'Bappeda Provinsi Lampung, 2025-07',
          ],
        },
        urban: {
          value: 659_660,
          confirmedBy: [
            'Bappeda Provinsi Lampung, 2025-07',
            'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2025 (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
          ],
        },
        rural: {
          value: 588_958,
          confirmedBy: [
            'Bappeda Provinsi Lampung, 2025-07',
            'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2025 (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
          ],
        },
      },
      '31': {
        total: {
          value: 852_768,
          confirmedBy: [
            'KTV, 2025-07-25',
            'Ntvnews citing Antara, 2025-07-25',
            'Konsuil / propertyandthecity, 2025-07-25',
          ],
          note: 'Poskota (2025-07-26) printed Rp 852,798, a typo against three sources.',
        },
      },
      '33': {
        total: {
          value: 537_812,
          confirmedBy: [
            'Media Indonesia, 2025-07',
            'Kabar Jateng Terkini, 2025-07-26',
            'Murianews, 2025',
          ],
        },
      },
      '35': {
        total: {
          value: 558_029,
          confirmedBy: ['IDN Times Jatim, 2025-07-25 (BPS Jawa Timur release)', 'Dnews, 2025-07'],
          note: 'GKM Rp 425,719 and GKNM Rp 132,310 were found in one source only (Dnews) and are not listed.',
        },
      },
      '36': {
        total: {
          value: 684_232,
          food: 499_525,
          nonFood: 184_707,
          confirmedBy: [
            'TVRI Jakarta News, 2025-07-25 (BPS Banten release, with GKM/GKNM)',
            'Bantenraya, 2025-07 (with GKM/GKNM)',
            'detikNews, 2025-07-25 (with GKM/GKNM)',
          ],
        },
      },
      '52': {
        total: {
          value: 556_846,
          confirmedBy: [
            'Antara Mataram, 2025-07-25 (BPS NTB release)',
            'IDN Times NTB, 2025-08',
            'Inside Lombok, 2025-07-25',
            'Lomboknews, 2025-07 (with GKM/GKNM)',
          ],
          note: 'GKM Rp 422,427 and GKNM Rp 134,419 were found in one source only (Lomboknews) and are not listed. September 2025 Rp 575,856 (IDN Times NTB; Antara rounds it to "Rp576 ribu"), with urban 593,069 and rural 555,647, is single-sourced and not listed.',
        },
      },
      '61': {
        total: {
          value: 622_882,
          confirmedBy: [
            'Borneoreview, 2025-08-05 (BPS Kalimantan Barat release)',
            'Faktakalbar, 2025-12-03',
          ],
          note: 'GKM Rp 468,496 and GKNM Rp 154,386 were found in one source only (Borneoreview) and are not listed. Matrabisnis gives September 2025 as Rp 652,220 (one source, not listed).',
        },
      },
      '64': {
        total: {
          value: 866_193,
          food: 611_584,
          nonFood: 254_609,
          confirmedBy: [
            'IDN Times Kaltim, 2025-07-25 (BPS Kalimantan Timur release, with GKM/GKNM)',
            'Propublika, 2025-07-25 (with GKM/GKNM)',
          ],
        },
      },
      '71': {
        total: {
          value: 530_304,
          confirmedBy: [
            'Monitoringbps.com, text of the BPS Sulawesi Utara release "Profil Kemiskinan Provinsi Sulawesi Utara Maret 2025" (with GKM/GKNM)',
            'Feedman (news aggregator), 2025-07, quoting the Head of BPS Sulawesi Utara',
          ],
          note: 'GKM Rp 412,809 and GKNM Rp 117,495 appear in the release text only and are not listed. The same news item gives the previous line as Rp 511,710 under "September 2025" (meaning September 2024; one source, not listed).',
        },
      },
      '73': {
        total: {
          value: 477_966,
          confirmedBy: [
            'Bisnis.com Sulawesi, 2025-07-27 (BPS Sulawesi Selatan release)',
            'IDN Times Sulsel, 2025-07-25',
            'Suara.com, 2025-07-25',
          ],
          note: 'GKM Rp 357,943 and GKNM Rp 120,023 were found in one source only (Suara.com) and are not listed.',
        },
      },
      '74': {
        total: {
          value: 488_171,
          food: 364_299,
          nonFood: 123_872,
          confirmedBy: [
            'Mediasultra, 2025-07-25 (BPS Sulawesi Tenggara release, with GKM/GKNM)',
            'Sultra Disway, 2025-07-25 (with GKM/GKNM)',
            'Kabengga, 2025-07-25',
            'Penasultra, 2025-07-25',
          ],
        },
        urban: {
          value: 520_957,
          confirmedBy: [
            'Kabengga, 2025-07-25 (BPS Sulawesi Tenggara release)',
            'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2025 (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
          ],
        },
        rural: {
          value: 467_814,
          confirmedBy: [
            'Kabengga, 2025-07-25 (BPS Sulawesi Tenggara release)',
            'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2025 (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
          ],
        },
      },
      '75': {
        total: {
          value: 503_854,
          confirmedBy: [
            'Antara Gorontalo, 2025-07-25 (BPS Gorontalo release)',
            'Gorontalo Post, 2025-07-28',
          ],
          note: 'Both reports print GKM Rp 378,641 and GKNM Rp 125,313, which add up to 503,954, not 503,854; the printed shares (75.15% and 24.85%) fit GKM 378,641 with GKNM 125,213. The parts are therefore not listed. The copy of the BPS provincial table by area (ArdWind/bigdataTPTvsP0) gives 503,854 as the Gorontalo urban line with rural 487,598; a total equal to its urban line is impossible with a lower rural line, and the shares in the release fit 503,854 as the total, so the Gorontalo urban entry of that table is taken to be wrong and the urban and rural lines are not listed. Revision reported but not confirmed: the September 2025 release compares with a March 2025 line of Rp 495,576 (Gorontalo Post, 2026-02-09: September 2025 Rp 519,640, up 4.86%, which fits 495,576); found in one source only, so the first-published 503,854 stays.',
        },
      },
      '76': {
        urban: {
          value: 473_493,
          confirmedBy: [
            'Tribun Sulbar, 2025-07-25 (BPS Sulawesi Barat release)',
            'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2025 (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
          ],
          note: 'The total line, Rp 475,488, was found in one source only (Tribun Sulbar) and is not listed. Sulawesi Barat is one of the few provinces whose rural line is above its urban line.',
        },
        rural: {
          value: 476_004,
          confirmedBy: [
            'Tribun Sulbar, 2025-07-25 (BPS Sulawesi Barat release)',
            'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2025 (copy in GitHub ArdWind/bigdataTPTvsP0, Data_Source/Persentase Penduduk Miskin)',
          ],
        },
      },
    },
  },
  {
    period: '2025-09-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" September 2025 (5 Februari 2026)',
    provinces: {
      '14': {
        total: {
          value: 747_345,
          confirmedBy: [
            'Beritaterkiniriau, 2026-02-05 (BPS Riau release; same text on Seribuparitnews)',
            'Sorotkabar, 2026-02-06',
          ],
          note: 'Only the food share (73.49 percent) was published with it; GKM/GKNM are not listed.',
        },
      },
      '21': {
        total: {
          value: 870_738,
          confirmedBy: [
            'Antara Kepri, 2026-02-06 (BPS Kepulauan Riau release)',
            'Databoks, 2026-02 (provincial list, September 2025)',
          ],
          note: 'March 2025 Rp 832,410 appears in the same Antara Kepri article only (one source, not listed).',
        },
      },
      '31': {
        total: {
          value: 897_768,
          confirmedBy: [
            'Antara (via Selalukabar), 2026-02-05 (BPS DKI Jakarta release)',
            'tvOnenews, 2026-02-05',
            'Berita Jakarta (beritajakarta.id), 2026-02-05',
            'Databoks (Katadata), 2026-02 (list of provincial lines, September 2025)',
          ],
          note: 'GKM Rp 622,175 and GKNM Rp 275,593 were found in one source only (Berita Jakarta) and are not listed.',
        },
      },
      '33': {
        total: {
          value: 570_870,
          food: 432_788,
          nonFood: 138_082,
          confirmedBy: [
            'JPNN Jateng, 2026-02-06 (BPS Jawa Tengah release, with GKM/GKNM)',
            'Semarang Update, 2026-02-05 (with GKM/GKNM)',
            'Jatengnews, 2026-02-06 (with GKM/GKNM)',
            'Majalah Indonesia, 2026-02 (with GKM/GKNM)',
          ],
        },
      },
      '64': {
        total: {
          value: 897_759,
          food: 629_611,
          nonFood: 268_148,
          confirmedBy: [
            'Dialektis, 2026-02-06 (BPS Kalimantan Timur release, with GKM/GKNM)',
            'Berandapost, 2026-02-06 (with GKM/GKNM)',
            'Pranala, 2026-02 (with GKM/GKNM)',
            'Niaga Asia, 2026-02-05',
            'Databoks (Katadata), 2026-02 (list of provincial lines, September 2025)',
          ],
        },
      },
      '82': {
        total: {
          value: 692_592,
          confirmedBy: ['Tandaseru, 2026-02 (BPS Maluku Utara release)', 'Saloi, 2026-02'],
          note: 'GKM Rp 524,814 and GKNM Rp 167,778 were found in one source only (Tandaseru) and are not listed. March 2025 Rp 662,397 (Ternate Hari Ini), March 2022 Rp 514,383 and September 2022 Rp 544,278 (one source each) are not listed.',
        },
      },
    },
  },
] as const satisfies readonly BpsProvincialRelease[];

deepFreeze(BPS_PROVINCIAL_RELEASES);
