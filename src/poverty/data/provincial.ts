import type { BpsProvincialRelease } from './types.js';
import { deepFreeze } from '../../_internal/freeze.js';

/*
 * BPS provincial poverty lines, one record per semester, keyed by Kemendagri province code. Same rule
 * as the national file: a figure is listed only when two independent public sources state it. Checked
 * 2026-11-29. Coverage is partial (see docs/poverty.md, "Provincial lines"): most provincial urban and
 * rural lines are published only in the tables of the provincial BRS, which the sources searched did
 * not reproduce twice.
 *
 * DKI Jakarta (31) has no rural area in BPS's classification: only its total line is listed.
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
    period: '2017-09-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" September 2017 (2 Januari 2018)',
    provinces: {
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
      '18': {
        total: {
          value: 409_881,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
    },
  },
  {
    period: '2019-03-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" Maret 2019 (15 Juli 2019)',
    provinces: {
      '18': {
        total: {
          value: 418_309,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
    },
  },
  {
    period: '2019-09-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" September 2019 (15 Januari 2020)',
    provinces: {
      '18': {
        total: {
          value: 434_675,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
    },
  },
  {
    period: '2020-03-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" Maret 2020 (15 Juli 2020)',
    provinces: {
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
      '18': {
        total: {
          value: 492_620,
          confirmedBy: [
            'IDN Times Lampung, 2022-08-08 (series stated by the Head of BPS Provinsi Lampung)',
            'Inisiatornews, 2022-08-06 (same series, ISEI Lampung seminar)',
          ],
        },
      },
    },
  },
  {
    period: '2022-03-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" Maret 2022 (15 Juli 2022)',
    provinces: {
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
      '11': {
        total: {
          value: 617_293,
          confirmedBy: [
            'Acehviral, 2023-01 (BPS Aceh release)',
            'News of Aceh, 2023-07-17 (previous line in the March 2023 release)',
          ],
        },
      },
    },
  },
  {
    period: '2023-03-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" Maret 2023 (17 Juli 2023)',
    provinces: {
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
      '11': {
        total: {
          value: 627_534,
          confirmedBy: [
            'News of Aceh, 2023-07-17 (BPS Aceh release)',
            'Almunawar TV (almunawartv.online), 2023-10 (list of provincial lines, March 2023)',
          ],
        },
      },
      '53': {
        total: {
          value: 507_203,
          confirmedBy: [
            'Antara Kupang, 2023-07-17 (BPS NTT release)',
            'Suara-NTT, 2023-07-17',
            'Almunawar TV (almunawartv.online), 2023-10 (list of provincial lines, March 2023)',
          ],
        },
      },
      '91': {
        total: {
          value: 686_469,
          confirmedBy: [
            'Papuadaily, 2023-07 (BPS Papua release of 17 July 2023)',
            'Almunawar TV (almunawartv.online), 2023-10 (list of provincial lines, March 2023)',
          ],
          note: 'Papua before the split: the release still covered the area of 93, 94 and 95. GKM Rp 516,528 and GKNM Rp 169,941 were found in one source only (Papuadaily) and are not listed.',
        },
      },
      '92': {
        total: {
          value: 728_619,
          confirmedBy: [
            'LinkPapua, 2023-07-17 (BPS Papua Barat release)',
            'Almunawar TV (almunawartv.online), 2023-10 (list of provincial lines, March 2023)',
          ],
          note: 'Papua Barat before the split: the release still covered the area of Papua Barat Daya (96). GKM Rp 545,539 and GKNM Rp 183,080 were found in one source only (LinkPapua) and are not listed.',
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
          note: 'September 2024 is not listed: Kanal Sembilan gives Rp 547,751 and Bisnis.com Surabaya Rp 547,571 for the same release.',
        },
      },
    },
  },
  {
    period: '2024-09-01',
    release: 'BPS provincial BRS "Profil Kemiskinan" September 2024 (15 Januari 2025)',
    provinces: {
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
          note: 'Urban Rp 659,660 and rural Rp 588,958 were found in one source only (Bappeda Lampung) and are not listed.',
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
    },
  },
] as const satisfies readonly BpsProvincialRelease[];

deepFreeze(BPS_PROVINCIAL_RELEASES);
