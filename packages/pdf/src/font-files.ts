// Names of the font files the host serves next to its scripts (copied from @expo-google-fonts/biz-udpgothic).
export const FONT_FILE_NAMES = {
  regular: 'BIZUDPGothic-Regular.ttf',
  bold: 'BIZUDPGothic-Bold.ttf',
} as const;
