// The one place that decides whether output is coloured. chalk is then told the
// level; it does not look at the environment itself.

export interface ColourInputs {
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
  /** false when --no-color was given. */
  flag: boolean;
  json: boolean;
}

export function colourLevel({ env, isTTY, flag, json }: ColourInputs): 0 | 1 | 2 | 3 {
  if (json || !flag) return 0;
  // https://no-color.org: set and not empty means no colour.
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as 2 | 3;
    return 1;
  }
  // A terminal that says it cannot show colour.
  if (env.TERM === 'dumb') return 0;
  return isTTY ? 1 : 0;
}

/** Whether colourLevel's answer depends on isTTY with this environment: when it does not, nobody need ask the terminal. */
export function colourNeedsTerminal(env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return env.FORCE_COLOR === undefined && env.TERM !== 'dumb';
}
