// Small maps of error-context names (English -> Indonesian), one per part of the library that raises
// its contexts as strings through its own kit: a function's bundle carries only its part's names
// (issue 11). _internal/context-id.ts merges them into the library-wide table that names a context a
// caller passes as a string.

/** The poverty module's contexts (its issue kit, poverty/issues.ts). */
export const POVERTY_CONTEXTS: Readonly<Record<string, string>> = {
  batch: 'kumpulan baris',
  classification: 'klasifikasi',
  'family welfare answers': 'jawaban tahapan keluarga sejahtera',
  household: 'rumah tangga',
  'poverty accumulator': 'akumulator kemiskinan',
  'poverty line lookup': 'pencarian garis kemiskinan',
  'poverty line table': 'tabel garis kemiskinan',
  'poverty measures': 'ukuran kemiskinan',
  'poverty records': 'data rumah tangga',
  'rice-equivalent classification': 'klasifikasi setara beras',
};

/** The Tridaya statistics' contexts (tridaya/stats/messages.ts). */
export const STATS_CONTEXTS: Readonly<Record<string, string>> = {
  'Spearman correlation': 'korelasi Spearman',
  'Pearson correlation': 'korelasi Pearson',
  'correlation p value': 'nilai p korelasi',
  "Cronbach's alpha": 'alpha Cronbach',
  categorize: 'pengelompokan kategori',
  correlation: 'korelasi',
  'item matrix': 'matriks butir',
};

/** The paths the mergeable accumulators read (`forEachRow`, _internal/accumulate.ts). */
export const ROW_CONTEXTS: Readonly<Record<string, string>> = {
  assessments: 'hasil penilaian',
  records: 'data',
};
