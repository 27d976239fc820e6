// A configuration file's settings accepted without its schema (config-schema.ts), when they are
// plainly what the schema accepts: an object of the known keys, each with a value of its type.
// Anything else, a problem included, goes to the schema, which words it: loading zod for every
// run with a configuration file took a check from 59 to 94 ms (#18).
import { LANGS } from '../model/lang.js';
import type { ConfigFile } from './config-schema.js';

/** The settings when the schema would accept `value` as they are; undefined when the schema must decide. */
export function acceptConfig(value: unknown): ConfigFile | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const settings: ConfigFile = {};
  for (const [key, setting] of Object.entries(value)) {
    switch (key) {
      case '$schema':
      case 'maxStaleness':
        if (typeof setting !== 'string') return undefined;
        settings[key] = setting;
        break;
      case 'platform':
        if (typeof setting !== 'string' || setting.length === 0) return undefined;
        settings.platform = setting;
        break;
      case 'rules':
        if (!Array.isArray(setting) || !setting.every((path) => typeof path === 'string' && path.length > 0)) return undefined;
        settings.rules = [...(setting as string[])];
        break;
      case 'failOn':
        if (typeof setting === 'string') settings.failOn = setting;
        else if (Array.isArray(setting) && setting.every((outcome) => typeof outcome === 'string')) settings.failOn = [...(setting as string[])];
        else return undefined;
        break;
      case 'lang':
        if (!(LANGS as readonly unknown[]).includes(setting)) return undefined;
        settings.lang = setting as ConfigFile['lang'];
        break;
      default:
        return undefined;
    }
  }
  return settings;
}
