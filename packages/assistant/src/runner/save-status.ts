// The quiet line that tells the user their work is kept.
import type { StorageStatus } from '@koiki/drafts';

export function saveStatusText(status: StorageStatus): string {
  switch (status.state) {
    case 'pending':
    case 'saving':
      return '保存しています…';
    case 'saved': {
      const time = new Date(status.savedAt).toLocaleTimeString('ja-JP', {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Asia/Tokyo',
      });
      return `このブラウザーに下書きを保存しました（${time}）`;
    }
    case 'idle':
      return '入力すると、このブラウザーに自動で下書き保存します。';
    default:
      return 'message' in status ? status.message : '';
  }
}
