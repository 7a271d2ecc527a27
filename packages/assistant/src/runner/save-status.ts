// The quiet line that tells the user their work is kept.
import type { StorageStatus } from '@koiki/drafts';

// Made once: toLocaleTimeString with options builds a new formatter at every save (≈ 0.5 ms).
const savedTime = new Intl.DateTimeFormat('ja-JP', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Tokyo',
});

export function saveStatusText(status: StorageStatus): string {
  switch (status.state) {
    case 'pending':
    case 'saving':
      return '保存しています…';
    case 'saved':
      return `このブラウザーに下書きを保存しました（${savedTime.format(new Date(status.savedAt))}）`;
    case 'idle':
      return '入力すると、このブラウザーに自動で下書き保存します。';
    default:
      return 'message' in status ? status.message : '';
  }
}
