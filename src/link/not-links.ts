// Texts that look like a link a platform could take and are none: a link of another scheme than
// http and https (ftp:, javascript:, weixin://), a WeChat mini-program link, which opens a
// mini-program whose product no host tells, and a web link whose colon was mistyped or left out.
// Each is refused saying what it is, never read as a mistyped source name.
import { wordedError, type InputError } from '../errors/errors.js';
import type { Source } from '../model/types.js';
import type { SchemeFound } from './schemes.js';
import { shownInput } from './named-input.js';
import { sourceIds } from './source-lookups.js';

/** A WeChat mini-program link, #小程序://京东购物/k5JX…, the mini-program's name after the slashes; written as escapes so that the bundles stay ASCII. */
const MINI_PROGRAM_LINK = /[#\uff03]?\u5c0f\u7a0b\u5e8f[:\uff1a]\/\/([^/\s]*)/;

/** http or https before two slashes with no colon, or another mark where the colon goes (https;//, https，//, http//). */
const BROKEN_WEB_SCHEME = /(?<![a-z])(https?)(?:[;.,\uff1b\uff0c\u3002]?)(?:\/\/|\\\\)/i;

/** The refusal of a text holding a mini-program link, wherever it stands (`scanned`: the text as the scan read it). */
export function miniProgramError(sources: readonly Source[], text: string, scanned: string): InputError | undefined {
  const found = MINI_PROGRAM_LINK.exec(scanned);
  return found ? wordedError('mini-program-link', { input: shownInput(text), app: shownInput(found[1]!, 40), ids: sourceIds(sources) }) : undefined;
}

/** The refusal of a text whose only link has its colon mistyped or left out: it holds no link. */
export function brokenLinkError(sources: readonly Source[], text: string): InputError | undefined {
  const found = BROKEN_WEB_SCHEME.exec(text);
  return found ? wordedError('broken-web-link', { input: shownInput(text), written: found[0], scheme: found[1]!.toLowerCase(), ids: sourceIds(sources) }) : undefined;
}

/** The refusal of a scheme no source lists: the text is one such link, or holds one. */
export function otherSchemeError(sources: readonly Source[], text: string, { scheme, at }: SchemeFound): InputError {
  return wordedError(at === 0 ? 'not-a-web-link' : 'holds-other-link', { input: shownInput(text), scheme, ids: sourceIds(sources) });
}
