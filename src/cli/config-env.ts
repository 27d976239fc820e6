// A configuration file's settings as the environment the commands read: LINKCHECK_* variables
// beneath the environment's own, each remembered as the file's (config-origin.ts fromConfig), so that
// a value refused where a command reads it is refused naming the file and its key. Apart from the
// reading of the file (config.ts): the check's bundle loads that only when there is a file, and
// this must be the same module as the one its commands read the environment with.
import { dirname, resolve } from 'node:path';
import type { ConfigLocation } from './config-locate.js';
import type { ConfigFile } from './config-schema.js';
import { fromConfig, type ConfigOrigin } from './config-origin.js';

/** A configuration file read where it was found, and its settings. */
export interface Config extends ConfigLocation {
  settings: ConfigFile;
}

/** --fail-on's text of the file's failOn: a list is its outcomes joined by commas. */
export function failOnOf(settings: ConfigFile): string | undefined {
  return Array.isArray(settings.failOn) ? settings.failOn.join(',') : settings.failOn;
}

/**
 * The environment with the configuration's settings beneath it: a variable already set
 * wins. Its rule files are not among them (configRules).
 */
export function withConfig(env: Readonly<Record<string, string | undefined>>, config: Config): Record<string, string | undefined> {
  const { settings, file } = config;
  const out: Record<string, string | undefined> = { ...env };
  const given = new Map<string, ConfigOrigin>();
  const setDefault = (name: string, key: string, value: string | undefined) => {
    if (value === undefined || (out[name] !== undefined && out[name] !== '')) return;
    out[name] = value;
    given.set(name, { file, key: config.inPackage ? `linkcheck.${key}` : key });
  };
  setDefault('LINKCHECK_PLATFORM', 'platform', settings.platform);
  setDefault('LINKCHECK_FAIL_ON', 'failOn', failOnOf(settings));
  setDefault('LINKCHECK_MAX_STALENESS', 'maxStaleness', settings.maxStaleness);
  fromConfig.set(out, given);
  return out;
}

/**
 * The rule files the configuration names, each resolved from its folder: loaded before those of
 * LINKCHECK_RULES and --rules, which add to them. Kept apart from LINKCHECK_RULES: joined into it,
 * a path holding the list's delimiter (my:rules.json) would be read as two, and a long list
 * refused as a variable never set.
 */
export function configRules(config: Config): string[] {
  const base = dirname(config.file);
  return (config.settings.rules ?? []).map((path) => resolve(base, path));
}
