// The font file the host serves next to its scripts: BIZ UDPGothic Regular, cut down to JIS X 0208
// and the IBM/NEC extensions and gzip-compressed by scripts/font-subset.ts at build time. Bold is
// drawn from it (drawn-bold.ts). The name changes with the subset, so caches never mix two subsets.
export const FONT_FILE_NAME = 'BIZUDPGothic-Regular-jis-v2.ttf.gz';
