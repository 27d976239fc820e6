// How a platform, surface, source or group is named to a reader, and the record's texts in
// the reader's language. English output names things by their ids (short, and what the
// command line and scripts take); Chinese output by their Chinese names (快手, 直播间购物车),
// and by the id when a file gives no Chinese name.
import type { Lang } from '../i18n/lang.js';
import { scriptLang, textIn, type Text } from '../model/text.js';

export interface Named {
  id: string;
  name: Text;
}

export function nameOf(entity: Named, lang: Lang): string {
  if (lang === 'en') return entity.id;
  const { name } = entity;
  if (typeof name === 'string') return scriptLang(name) === 'zh' ? name : entity.id;
  return name.zh ?? entity.id;
}

export { textIn };
