// The descriptions of the rule-file format, in English: the JSON Schema of rule files
// (`linkcheck rules schema`, schema/rule-file.schema.json) gives them to editors. The zod
// schema (src/model/schema.ts) names each by an id; src/render/json-schema.ts puts the words in.
export const RULE_FILE_WORDS = {
  'rule-file.title': 'linkcheck rule file',
  'rule-file.description': 'Platforms, sources and dated allow/deny rules with their evidence. See the README, "Rules".',
  'rule-file.text':
    'In English and Chinese, { "en": …, "zh": … }; or a plain string in one language (see the file\'s "lang"). The built-in rule files give both.',
  'rule-file.ambiguous-name.names':
    'The ambiguous name and its other forms (traditional characters, …).',
  'rule-file.ambiguous-name.means':
    'A name of each surface it may mean, offered instead.',
  'rule-file.platform.ambiguous-names':
    'Names that mean more than one surface: an input error listing the choices, never a guess.',
  'rule-file.group.short-links':
    "Short-link hosts, with an optional path start, whose links may lead to an item of any member (m.tb.cn leads to Taobao and Tmall items alike): such a link is the group's and is answered for all its members.",
  'rule-file.group.share-markers':
    "Marks a member's app puts at the very start of its share text, right before the link (【天猫】): a short link of the group in such a text is that member's. A word inside the text (a product title, a shop name) is never one.",
  'rule-file.group.other-apps':
    "Names of apps that share the group's short links and share tokens and are none of its members' (闲鱼): a short link or token of the group in a share text that names one is taken for no source, as such an app's item is no member's.",
  'rule-file.group.other-app-hosts':
    "Hosts, with an optional path start, under a member's domain that are another app's pages (2.taobao.com, 闲鱼's), each with the app of otherApps it is: a link of one is taken for no source, as that app's item is no member's.",
  'rule-file.source.short-links':
    "The platform's own short links that stand for this source (v.douyin.com, www.kuaishou.com/f/): recognised as its links, with a note that where they lead cannot be seen offline.",
  'rule-file.source.app-schemes':
    'App deep-link schemes of this source (openapp.jdmobile, taobao): such links are recognised as its links; any other scheme is an input error.',
  'rule-file.evidence.status':
    'announced: the notice itself, or quoting it in full; confirmed: a party confirming it; reported (the default): a report. Orders the evidence shown first.',
  'rule-file.seed.quote':
    'Copied verbatim from the document, in its own language.',
  'rule-file.report.title':
    'The title as published, in its own language.',
  'rule-file.report.quote':
    'Copied verbatim from the report, in its own language.',
  'rule-file.rule.id':
    'Unique across all rule files.',
  'rule-file.rule.platform':
    'The platform the rule is about.',
  'rule-file.rule.sources':
    'Named sources { ids }, groups { groups }, or every source but some { anyExcept }.',
  'rule-file.rule.covers-any-link':
    'The evidence speaks of every link of the selected kind; quote, copied from one of the rule\'s evidence quotes, where it says so.',
  'rule-file.rule.surfaces':
    "Surfaces of the rule's platform.",
  'rule-file.rule.from':
    'Inclusive start, in the platform\'s time zone; { earliest, latest } when the record gives only a window.',
  'rule-file.rule.from-stated':
    "When the start was first reported after the rule itself: quote, copied from one of the rule's evidence quotes, where the start is stated. As known on a day before that evidence, the rule starts no earlier than its first evidence.",
  'rule-file.rule.until':
    'Exclusive end; without it the rule stands until a later-starting rule supersedes it.',
  'rule-file.rule.until-evidence':
    "Evidence for the end, when it was published later than the rule's own evidence: before then the rule is open-ended for --as-known-on.",
  'rule-file.rule.phase-in':
    'The change rolls out over [from, phaseIn.until): answers there are rolling-out.',
  'rule-file.rule.phase-in-until-stated':
    "When the phase-in's end was first reported after the rule itself: quote, copied from one of the rule's evidence quotes, where it is stated. As known on a day before that evidence, the rule is rolling out with no end on record.",
  'rule-file.rule.status':
    'announced by the platform, confirmed by a party, or reported.',
  'rule-file.rule.summary':
    'One sentence saying what the rule means, { "en": …, "zh": … }.',
  'rule-file.rule.note':
    'What is uncertain, and why the data says what it says.',
  'rule-file.file.lang':
    'The language of the plain-string texts in this file; without it, each is taken to be in the language of its script (more Han characters than Latin letters: Chinese).',
} as const;
