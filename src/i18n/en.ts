// English messages, keyed by message id. zh.ts has exactly the same keys (a test checks).
import { enCheck } from './en-check.js';
import { enHelp } from './en-help.js';
import { enPage } from './en-page.js';
import { enRules } from './en-rules.js';
import { enServe } from './en-serve.js';

// The messages of no part of their own.
const enRest = {
  'common.noRule': 'no rule on record',
  'common.listSeparator': '; ',

  'matrix.heading': '{platform} · {when} ({zone})',
  'matrix.corner': 'source \\ surface',
  'matrix.asKnownOn': 'as known on {date}: only evidence published by then counts',
  'matrix.footnote': '*{number} {source} on {surface} changes during the day: {steps}',
  'matrix.footnoteStep': 'from {time} {mark} {verdict} ({rule})',

  'diff.heading': 'Verdicts that differ between {before} and {after}: {count}',
  'diff.none': 'No verdict differs between {before} and {after}.',
  'diff.rule': 'rule {rule}',

  'timeline.throughout': 'throughout',
  'timeline.sameRule': 'rule {rule}, as above',
  'timeline.axis': 'axis {from} to {to} ({zone})',
  'timeline.wrote': 'wrote the chart to {file}',
  'svg.title': 'linkcheck timeline: {platforms}',

  'listing.id': 'ID',
  'listing.name': 'NAME',
  'listing.timeZone': 'TIME ZONE',
  'listing.aliases': 'ALIASES',
  'listing.domains': 'DOMAINS',
  'listing.platform': 'PLATFORM',


  'help.usage': 'Usage:',
  'help.arguments': 'Arguments:',
  'help.options': 'Options:',
  'help.commands': 'Commands:',
  'help.help': 'show this help',
  'help.platform': 'platform id or alias (快手, 抖音, …); default: LINKCHECK_PLATFORM, else kuaishou',
  'help.platformFilter': 'only this platform (id or alias)',
  'help.json': 'print JSON on stdout',
  'help.noColor': 'never colour the output (also NO_COLOR)',
  'help.ascii': 'plain ASCII marks (Y N ~ ?) for terminals without ✔ ✘ ◐',
  'help.lang': 'language of the output: en or zh (default: from LC_ALL, LC_MESSAGES, LANG)',
  'help.rules': 'also load this rule file or folder of *.json (repeatable; also LINKCHECK_RULES, separated by ":")',
  'help.noConfig': 'ignore the configuration file (linkcheck.config.json, or "linkcheck" in package.json)',
  'help.noBuiltinRules': 'use only the rule files given with --rules',
  'help.asKnownOn': 'answer as the record stood on this day (2022-10-15, 2022/10/15, today, yesterday)',

  'help.matrix': 'Show every source on every surface of a platform at one moment: a grid of verdicts',
  'help.matrix.date': 'YYYY-MM-DD (the whole day, its start decides; changes inside it get a footnote), YYYY-MM-DDTHH:mm, an instant with Z or an offset, "today"; default: now',
  'help.matrix.examples': `
Examples:
  $ linkcheck matrix 2022-06-01                Kuaishou on 1 June 2022
  $ linkcheck matrix 2022-03-01T00:00 -p douyin --ascii
  $ linkcheck matrix today --json              every cell with its deciding rule
  $ linkcheck matrix 2022-06-01 --lang zh      in Chinese

Marks: ✔ allowed  ✘ denied  ◐ rolling-out  ? unknown (--ascii: Y N ~ ?).
Exit codes: 0 shown, 2 usage or input error.
`,

  'help.timeline': 'Show how verdicts changed over time: runs of periods and a chart of bars on one date axis',
  'help.timeline.source': 'only this source (id, alias or link)',
  'help.timeline.surface': 'only this surface (id or alias)',
  'help.timeline.from': 'start the axis on this day (YYYY-MM-DD) or moment',
  'help.timeline.to': 'end the axis after this day (YYYY-MM-DD, included) or at this moment',
  'help.timeline.width': 'columns the chart fits in (default: the terminal\'s, 80 when not a terminal)',
  'help.timeline.evidence': 'under each change, the deciding rule and its quotes',
  'help.timeline.svg': 'write the chart as a standalone SVG file ("-" for stdout)',
  'help.timeline.examples': `
Examples:
  $ linkcheck timeline taobao live-cart -p kuaishou
  $ linkcheck timeline taobao live-cart --from 2022-01-01 --to 2022-12-31 --evidence
  $ linkcheck timeline jd --width 100
  $ linkcheck timeline -p kuaishou --svg kuaishou.svg     a chart for a report
  $ linkcheck timeline taobao --json

Runs: "✔ …2022-02-28  ✘ 2022-03-01  ✔ 2022-11-01…": each mark and the day its period begins;
"…day" ends a period that began before the axis, "day…" one that lasts past it.
Bars: █ allowed  ░ denied  ▒ rolling-out  · unknown (--ascii: # - ~ .).
Exit codes: 0 shown, 2 usage or input error.
`,

  'help.diff': 'List every platform, source and surface whose verdict differs between two moments',
  'help.diff.first': 'the first moment: YYYY-MM-DD (its start, 00:00 in each platform\'s time zone), a local time or an instant',
  'help.diff.second': 'the second moment, written the same ways',
  'help.diff.examples': `
Examples:
  $ linkcheck diff 2022-02-28 2022-03-01       what Kuaishou changed on 1 March 2022
  $ linkcheck diff 2022-06-01 2022-06-02       nothing: exit 0
  $ linkcheck diff 2020-01-01 2023-01-01 -p douyin --json

A date means the start of that day (00:00) in each platform's time zone.
Exit codes: 0 nothing differs, 1 something differs, 2 usage or input error.
`,

  'help.platforms': 'List the platforms: ids, names, time zones and aliases',
  'help.sources': 'List the sources: ids, names, domains and aliases',
  'help.surfaces': 'List the surfaces of each platform: ids, names and aliases',
  'help.listings.examples': `
Examples:
  $ linkcheck platforms
  $ linkcheck sources --json
  $ linkcheck surfaces -p douyin
  $ linkcheck sources --rules my-rules.json    with the sources of your own rule file
`,

  'coverage.record': 'The record: {rules} rules, evidence published {first} to {newest}{reviewed}',
  'coverage.reviewed': '; rule files last reviewed {date}',
  'coverage.empty': 'The record holds no rules.',
  'coverage.label.rules': 'rules',
  'coverage.label.evidence': 'evidence',
  'coverage.label.surfaces': 'surfaces',
  'coverage.label.sources': 'sources',
  'coverage.evidence': 'published {first} to {newest}',
  'coverage.none': 'none on record',
  'coverage.unrecognised': 'links of no recognised source',
  'help.coverage': 'What the record covers: per platform, its surfaces and sources, the first and newest evidence, and the number of rules',
  'help.coverage.examples': `
Examples:
  $ linkcheck coverage
  $ linkcheck coverage -p douyin
  $ linkcheck coverage --json
  $ linkcheck coverage --rules my-rules.json    with your own rule file

The dates are publication dates of the evidence the rules cite: after the newest,
nothing is on record, and answers carry a stale warning.
`,

  'help.completion': 'Print a shell completion script for commands, flags and the platform, source and surface names',
  'help.completion.shell': 'bash, zsh or fish',
  'help.completion.examples': `
Examples:
  $ source <(linkcheck completion bash)                      bash, this shell; add it to ~/.bashrc to keep it
  $ linkcheck completion zsh > "\${fpath[1]}/_linkcheck"      zsh (after compinit)
  $ linkcheck completion fish > ~/.config/fish/completions/linkcheck.fish
  $ source <(linkcheck completion bash --rules my-rules.json)   also complete the names in your rule file
`,
} as const;

// Object.assign marked pure: a bundle that never asks for the merged catalogue leaves it out.
export const en = /* @__PURE__ */ Object.assign({}, enCheck, enHelp, /* @__PURE__ */ Object.assign({}, enRules, enPage, /* @__PURE__ */ Object.assign({}, enServe, enRest)));

/**
 * The parts en is merged from: English words find a message here without merging them (#18). No two
 * parts hold the same message (a test checks), so their order is only that of the look-up: the words
 * of the service, the page and the help come last, found after a command's, and the quick paths'
 * bundles load them only if asked (scripts/build.mjs).
 */
export const EN_PARTS: readonly Readonly<Record<string, string>>[] = [enRest, enCheck, enRules, enServe, enPage, enHelp];

export type MessageId = keyof typeof en;
