// Every text of a rule file or the seed index that people read (names, summaries, notes,
// publishers, disputes, the basis of a dated window), with its JSON path: what must be given
// in both languages in the built-in files, and what may fall back in a user's file. Quotes
// and titles are as published and are not among them.
import { languagesOf, scriptLang, type Text } from './text.js';
import type { Evidence, Published, RuleFile, SeedDocument } from './types.js';
import type { Lang } from './lang.js';

export interface RecordText {
  path: string;
  text: Text;
}

export function ruleFileTexts(data: RuleFile): RecordText[] {
  const found: RecordText[] = [];
  const add = (path: string, text: Text | undefined) => {
    if (text !== undefined) found.push({ path, text });
  };
  const evidence = (path: string, list: readonly Evidence[] | undefined) =>
    list?.forEach((piece, index) => {
      const at = `${path}[${index}]`;
      add(`${at}.note`, piece.note);
      if (!('seed' in piece)) {
        add(`${at}.publisher`, piece.publisher);
        published(`${at}.published`, piece.published, add);
      }
    });
  data.platforms.forEach((platform, index) => {
    add(`platforms[${index}].name`, platform.name);
    platform.surfaces.forEach((surface, position) => add(`platforms[${index}].surfaces[${position}].name`, surface.name));
  });
  data.groups.forEach((group, index) => add(`groups[${index}].name`, group.name));
  data.sources.forEach((source, index) => add(`sources[${index}].name`, source.name));
  data.rules.forEach((rule, index) => {
    const at = `rules[${index}]`;
    add(`${at}.summary`, rule.summary);
    add(`${at}.note`, rule.note);
    add(`${at}.coversAnyLink.note`, rule.coversAnyLink?.note);
    evidence(`${at}.evidence`, rule.evidence);
    evidence(`${at}.untilEvidence`, rule.untilEvidence);
    if (rule.disputed) {
      add(`${at}.disputed.claim`, rule.disputed.claim);
      add(`${at}.disputed.decision`, rule.disputed.decision);
      evidence(`${at}.disputed.evidence`, rule.disputed.evidence);
    }
  });
  return found;
}

export function seedIndexTexts(documents: readonly SeedDocument[]): RecordText[] {
  const found: RecordText[] = [];
  const add = (path: string, text: Text | undefined) => {
    if (text !== undefined) found.push({ path, text });
  };
  documents.forEach((document, index) => {
    add(`documents[${index}].publisher`, document.publisher);
    add(`documents[${index}].note`, document.note);
    published(`documents[${index}].published`, document.published, add);
  });
  return found;
}

function published(path: string, value: Published, add: (path: string, text: Text) => void): void {
  if (typeof value !== 'string') add(`${path}.basis`, value.basis);
}

/** The texts that lack a language, with the one they lack and the ones they give. */
export function textsLacking(texts: readonly RecordText[], declared?: Lang): { path: string; missing: Lang; given: Lang[] }[] {
  return texts.flatMap(({ path, text }) => {
    const given = languagesOf(text, declared);
    return (['en', 'zh'] as const).filter((lang) => !given.includes(lang)).map((missing) => ({ path, missing, given }));
  });
}

/**
 * How many of a rule file's texts lack the language: the count of textsLacking(ruleFileTexts(data),
 * data.lang) that miss `lang`, without a path or a list for each text (#18: the notice of a user's
 * texts in the other language reads every text of their files). The same texts, in the same walk.
 */
export function countTextsLacking(data: RuleFile, lang: Lang): number {
  const declared = data.lang;
  let count = 0;
  const add = (text: Text | undefined) => {
    if (text === undefined) return;
    const given = typeof text === 'string' ? (declared ?? scriptLang(text)) === lang : text[lang] !== undefined;
    if (!given) count++;
  };
  // Indexed: run once over every rule of the user's files, for…of made an object a step (#18).
  const evidence = (list: readonly Evidence[] | undefined) => {
    if (list === undefined) return;
    for (let at = 0; at < list.length; at++) {
      const piece = list[at]!;
      add(piece.note);
      if (!('seed' in piece)) {
        add(piece.publisher);
        if (typeof piece.published !== 'string') add(piece.published.basis);
      }
    }
  };
  for (const platform of data.platforms) {
    add(platform.name);
    for (const surface of platform.surfaces) add(surface.name);
  }
  for (const group of data.groups) add(group.name);
  for (const source of data.sources) add(source.name);
  const rules = data.rules;
  for (let at = 0; at < rules.length; at++) {
    const rule = rules[at]!;
    add(rule.summary);
    add(rule.note);
    add(rule.coversAnyLink?.note);
    evidence(rule.evidence);
    evidence(rule.untilEvidence);
    if (rule.disputed) {
      add(rule.disputed.claim);
      add(rule.disputed.decision);
      evidence(rule.disputed.evidence);
    }
  }
  return count;
}
