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
