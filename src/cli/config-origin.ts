// Which settings of an environment came from the configuration file (config-env.ts withConfig), so
// that a value refused where it is read names the file and its key, not a variable never set
// (env-settings.ts fromEnvironment, argument-limit.ts oversizedArgument).

/** Where a setting was given: the configuration file, and its key there. */
export interface ConfigOrigin {
  file: string;
  key: string;
}

/** For an environment withConfig made, the variables it set from the configuration file, with the file and the key. */
export const fromConfig = new WeakMap<object, Map<string, ConfigOrigin>>();
