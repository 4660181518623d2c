// The BKKBN family welfare indicator lists (tahapan keluarga sejahtera), as data: the two versions
// with their indicators, stages and wording. The rule that reads them is in ../family-welfare.ts.
import { deepFreeze } from '../../_internal/freeze.js';
import type { Label } from '../../core/index.js';

/**
 * The stage an indicator belongs to: meeting every indicator of stages KS I..n (and failing one of
 * n+1) makes a family KS n.
 *
 * @category Family welfare
 */
export type IndicatorStage = 'ks1' | 'ks2' | 'ks3' | 'ks3_plus';

/**
 * One BKKBN indicator: a stable id, its number on the BKKBN form (1-based), its stage and its text.
 *
 * @category Family welfare
 */
export interface FamilyWelfareIndicator {
  /** Stable snake_case id (`'ks1_makan_dua_kali'`). */
  readonly id: string;
  /** Its number on the BKKBN list (1..21 or 1..23). */
  readonly number: number;
  /** The stage it belongs to. */
  readonly stage: IndicatorStage;
  /** The indicator's wording in Indonesian and English. */
  readonly text: Label;
}

/**
 * A version of the BKKBN indicator list, as data.
 *
 * @category Family welfare
 */
export interface FamilyWelfareVersion {
  /** The version id. */
  readonly id: string;
  /** Where the list comes from. */
  readonly source: string;
  /** A caveat on the wording. */
  readonly note: string;
  /** The indicators, in BKKBN order. */
  readonly indicators: readonly FamilyWelfareIndicator[];
}

/**
 * The version names.
 *
 * @category Family welfare
 */
export type FamilyWelfareVersionName = 'bkkbn-21' | 'bkkbn-23';

const i = (
  id: string,
  number: number,
  stage: IndicatorStage,
  idText: string,
  en: string,
): FamilyWelfareIndicator => ({ id, number, stage, text: { id: idText, en } });

const WORDING_NOTE =
  'Indicator texts are written from the public BKKBN indicator lists as widely reproduced in BKKBN guidance and Indonesian theses; the wording is paraphrased and may differ slightly from a given edition of the BKKBN form (unconfirmed wording). The stage structure and counts are as stated.';

/**
 * The BKKBN indicator versions:
 * - `'bkkbn-21'`: 21 indicators, KS I 6, KS II 8, KS III 5, KS III Plus 2 (BKKBN tahapan keluarga
 *   sejahtera, in use from the 2000s).
 * - `'bkkbn-23'`: the older 23 indicators, KS I 5, KS II 9, KS III 7, KS III Plus 2 (BKKBN, 1990s,
 *   under UU No. 10/1992).
 *
 * Indicator wording is *unconfirmed* against a specific edition of the form (see `note`).
 *
 * @category Family welfare
 * @example
 * FAMILY_WELFARE_VERSIONS['bkkbn-21'].indicators.length
 * //=> 21
 * FAMILY_WELFARE_VERSIONS['bkkbn-21'].indicators[7].id
 * //=> 'ks2_lauk_protein'
 */
export const FAMILY_WELFARE_VERSIONS = {
  'bkkbn-21': {
    id: 'bkkbn-21',
    source:
      'BKKBN (Badan Kependudukan dan Keluarga Berencana Nasional), indikator tahapan keluarga sejahtera (21 indikator: KS I 6, KS II 8, KS III 5, KS III Plus 2), pendataan keluarga',
    note: WORDING_NOTE,
    indicators: [
      i(
        'ks1_makan_dua_kali',
        1,
        'ks1',
        'Pada umumnya anggota keluarga makan dua kali sehari atau lebih',
        'Family members generally eat twice a day or more',
      ),
      i(
        'ks1_pakaian_berbeda',
        2,
        'ks1',
        'Anggota keluarga memiliki pakaian yang berbeda untuk di rumah, bekerja/sekolah dan bepergian',
        'Family members have different clothes for home, work/school and going out',
      ),
      i(
        'ks1_rumah_layak',
        3,
        'ks1',
        'Rumah yang ditempati keluarga mempunyai atap, lantai dan dinding yang baik',
        'The house has a good roof, floor and walls',
      ),
      i(
        'ks1_berobat',
        4,
        'ks1',
        'Bila ada anggota keluarga sakit dibawa ke sarana kesehatan',
        'A sick family member is taken to a health facility',
      ),
      i(
        'ks1_kb',
        5,
        'ks1',
        'Bila pasangan usia subur ingin ber-KB pergi ke sarana pelayanan kontrasepsi',
        'A couple of reproductive age who want family planning go to a contraceptive service',
      ),
      i(
        'ks1_anak_sekolah',
        6,
        'ks1',
        'Semua anak umur 7-15 tahun dalam keluarga bersekolah',
        'All children aged 7-15 in the family attend school',
      ),
      i(
        'ks2_ibadah',
        7,
        'ks2',
        'Pada umumnya anggota keluarga melaksanakan ibadah sesuai dengan agama dan kepercayaan masing-masing',
        'Family members generally practise their religion or belief',
      ),
      i(
        'ks2_lauk_protein',
        8,
        'ks2',
        'Paling kurang sekali seminggu seluruh anggota keluarga makan daging/ikan/telur',
        'At least once a week all family members eat meat, fish or eggs',
      ),
      i(
        'ks2_pakaian_baru',
        9,
        'ks2',
        'Seluruh anggota keluarga memperoleh paling kurang satu stel pakaian baru dalam setahun',
        'Every family member gets at least one new set of clothes a year',
      ),
      i(
        'ks2_luas_lantai',
        10,
        'ks2',
        'Luas lantai rumah paling kurang 8 m2 untuk setiap penghuni rumah',
        'The floor area is at least 8 m2 per occupant',
      ),
      i(
        'ks2_sehat',
        11,
        'ks2',
        'Tiga bulan terakhir keluarga dalam keadaan sehat sehingga dapat melaksanakan tugas/fungsi masing-masing',
        'In the last three months the family was healthy enough to carry out their duties',
      ),
      i(
        'ks2_berpenghasilan',
        12,
        'ks2',
        'Ada seorang atau lebih anggota keluarga yang bekerja untuk memperoleh penghasilan',
        'One or more family members work for an income',
      ),
      i(
        'ks2_baca_tulis',
        13,
        'ks2',
        'Seluruh anggota keluarga umur 10-60 tahun bisa baca tulisan latin',
        'All family members aged 10-60 can read Latin script',
      ),
      i(
        'ks2_kontrasepsi',
        14,
        'ks2',
        'Pasangan usia subur dengan anak dua atau lebih menggunakan alat/obat kontrasepsi',
        'A couple of reproductive age with two or more children uses contraception',
      ),
      i(
        'ks3_pengetahuan_agama',
        15,
        'ks3',
        'Keluarga berupaya meningkatkan pengetahuan agama',
        'The family seeks to increase its religious knowledge',
      ),
      i(
        'ks3_menabung',
        16,
        'ks3',
        'Sebagian penghasilan keluarga ditabung dalam bentuk uang atau barang',
        'Part of the family income is saved as money or goods',
      ),
      i(
        'ks3_makan_bersama',
        17,
        'ks3',
        'Kebiasaan keluarga makan bersama paling kurang seminggu sekali dimanfaatkan untuk berkomunikasi',
        'The family eats together at least once a week and uses it to talk',
      ),
      i(
        'ks3_kegiatan_masyarakat',
        18,
        'ks3',
        'Keluarga ikut dalam kegiatan masyarakat di lingkungan tempat tinggal',
        'The family takes part in community activities where it lives',
      ),
      i(
        'ks3_informasi',
        19,
        'ks3',
        'Keluarga memperoleh informasi dari surat kabar/majalah/radio/tv/internet',
        'The family gets information from newspapers, magazines, radio, TV or the internet',
      ),
      i(
        'ks3p_sumbangan',
        20,
        'ks3_plus',
        'Keluarga secara teratur dengan sukarela memberikan sumbangan materiil untuk kegiatan sosial',
        'The family regularly and voluntarily gives material contributions to social activities',
      ),
      i(
        'ks3p_pengurus',
        21,
        'ks3_plus',
        'Ada anggota keluarga yang aktif sebagai pengurus perkumpulan sosial/yayasan/institusi masyarakat',
        'A family member is active as an officer of a social association, foundation or community institution',
      ),
    ],
  },
  'bkkbn-23': {
    id: 'bkkbn-23',
    source:
      'BKKBN (Badan Koordinasi Keluarga Berencana Nasional), indikator tahapan keluarga sejahtera versi lama (23 indikator: KS I 5, KS II 9, KS III 7, KS III Plus 2), pendataan keluarga 1990-an',
    note: WORDING_NOTE,
    indicators: [
      i(
        'ks1_ibadah',
        1,
        'ks1',
        'Anggota keluarga melaksanakan ibadah sesuai dengan agama yang dianut masing-masing',
        'Family members practise their religion',
      ),
      i(
        'ks1_makan_dua_kali',
        2,
        'ks1',
        'Pada umumnya seluruh anggota keluarga makan dua kali sehari atau lebih',
        'Family members generally eat twice a day or more',
      ),
      i(
        'ks1_pakaian_berbeda',
        3,
        'ks1',
        'Seluruh anggota keluarga mempunyai pakaian yang berbeda untuk di rumah, bekerja/sekolah dan bepergian',
        'All family members have different clothes for home, work/school and going out',
      ),
      i(
        'ks1_lantai_bukan_tanah',
        4,
        'ks1',
        'Bagian yang terluas dari lantai rumah bukan dari tanah',
        'The largest part of the house floor is not earth',
      ),
      i(
        'ks1_berobat_kb',
        5,
        'ks1',
        'Bila anak sakit atau pasangan usia subur ingin ber-KB dibawa ke sarana/petugas kesehatan',
        'A sick child, or a couple wanting family planning, is taken to a health facility or worker',
      ),
      i(
        'ks2_ibadah_teratur',
        6,
        'ks2',
        'Anggota keluarga melaksanakan ibadah secara teratur menurut agama yang dianut masing-masing',
        'Family members practise their religion regularly',
      ),
      i(
        'ks2_lauk_protein',
        7,
        'ks2',
        'Paling kurang sekali seminggu keluarga menyediakan daging/ikan/telur sebagai lauk pauk',
        'At least once a week the family serves meat, fish or eggs',
      ),
      i(
        'ks2_pakaian_baru',
        8,
        'ks2',
        'Seluruh anggota keluarga memperoleh paling kurang satu stel pakaian baru per tahun',
        'Every family member gets at least one new set of clothes a year',
      ),
      i(
        'ks2_luas_lantai',
        9,
        'ks2',
        'Luas lantai rumah paling kurang 8 m2 untuk tiap penghuni rumah',
        'The floor area is at least 8 m2 per occupant',
      ),
      i(
        'ks2_sehat',
        10,
        'ks2',
        'Seluruh anggota keluarga dalam 3 bulan terakhir dalam keadaan sehat sehingga dapat melaksanakan tugas/fungsi masing-masing',
        'In the last three months all family members were healthy enough to carry out their duties',
      ),
      i(
        'ks2_penghasilan_tetap',
        11,
        'ks2',
        'Paling kurang satu anggota keluarga yang berumur 15 tahun ke atas mempunyai penghasilan tetap',
        'At least one family member aged 15 or over has a steady income',
      ),
      i(
        'ks2_baca_tulis',
        12,
        'ks2',
        'Seluruh anggota keluarga yang berumur 10-60 tahun bisa membaca tulisan latin',
        'All family members aged 10-60 can read Latin script',
      ),
      i(
        'ks2_anak_sekolah',
        13,
        'ks2',
        'Seluruh anak berusia 5-15 tahun bersekolah pada saat ini',
        'All children aged 5-15 are in school',
      ),
      i(
        'ks2_kontrasepsi',
        14,
        'ks2',
        'Bila anak hidup 2 orang atau lebih, keluarga yang masih pasangan usia subur saat ini memakai kontrasepsi',
        'With two or more living children, a couple of reproductive age uses contraception',
      ),
      i(
        'ks3_pengetahuan_agama',
        15,
        'ks3',
        'Keluarga mempunyai upaya untuk meningkatkan pengetahuan agama',
        'The family seeks to increase its religious knowledge',
      ),
      i(
        'ks3_menabung',
        16,
        'ks3',
        'Sebagian dari penghasilan keluarga dapat disisihkan untuk tabungan keluarga',
        'Part of the family income can be set aside as savings',
      ),
      i(
        'ks3_makan_bersama',
        17,
        'ks3',
        'Biasanya makan bersama paling kurang sekali sehari dan kesempatan itu dimanfaatkan untuk berkomunikasi antar anggota keluarga',
        'The family usually eats together at least once a day and uses it to talk',
      ),
      i(
        'ks3_kegiatan_masyarakat',
        18,
        'ks3',
        'Ikut serta dalam kegiatan masyarakat di lingkungan tempat tinggalnya',
        'The family takes part in community activities where it lives',
      ),
      i(
        'ks3_rekreasi',
        19,
        'ks3',
        'Mengadakan rekreasi bersama di luar rumah paling kurang sekali dalam 6 bulan',
        'The family goes on an outing together at least once every 6 months',
      ),
      i(
        'ks3_informasi',
        20,
        'ks3',
        'Dapat memperoleh berita dari surat kabar/radio/televisi/majalah',
        'The family can get news from newspapers, radio, TV or magazines',
      ),
      i(
        'ks3_transportasi',
        21,
        'ks3',
        'Anggota keluarga mampu menggunakan sarana transportasi yang sesuai dengan kondisi daerah setempat',
        'Family members can use transport suited to local conditions',
      ),
      i(
        'ks3p_sumbangan',
        22,
        'ks3_plus',
        'Keluarga atau anggota keluarga secara teratur memberikan sumbangan bagi kegiatan sosial masyarakat dalam bentuk materi',
        'The family regularly gives material contributions to community social activities',
      ),
      i(
        'ks3p_pengurus',
        23,
        'ks3_plus',
        'Kepala keluarga atau anggota keluarga aktif sebagai pengurus perkumpulan/yayasan/institusi masyarakat',
        'The head or a member of the family is active as an officer of an association, foundation or community institution',
      ),
    ],
  },
} as const satisfies Record<FamilyWelfareVersionName, FamilyWelfareVersion>;
deepFreeze(FAMILY_WELFARE_VERSIONS);
