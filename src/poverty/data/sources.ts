/*
 * Public sources cited by several data files (internal; not exported from the package).
 */

/**
 * The BPS statistical table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah"
 * (urban, rural and total lines with GKM/GKNM for Indonesia and every province, March 2013 to
 * September 2022; 2013-2014 urban and rural only) as a tidy CSV copy on GitHub. Read 2026-11-29.
 *
 * It counts as one source. Its lines can differ by Rp 1 from the release, because the table rounds
 * the lines itself (national September 2018: 410,669 in the table, 410,670 in the BRS and the
 * press), so a figure ships only where a release or a press report states the same number.
 */
export const BPS_TABLE_COPY =
  'BPS table "Garis Kemiskinan (Rupiah/Kapita/Bulan) Menurut Provinsi dan Daerah", 2015-2022 (tidy copy in GitHub gitaceasar-collab/project-ai-garis-kemiskinan, dataset/dataset_garis_kemiskinan_rapi (1).csv)';
