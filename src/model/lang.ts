// The languages the record's texts and linkcheck's words are given in. Here, below
// the words (src/i18n/), because a rule file's texts are data in these languages.
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(text: string): text is Lang {
  return (LANGS as readonly string[]).includes(text);
}
