// The web links an app deep link carries in its parameters, as the apps open them: JD's
// openapp.jdmobile://virtual?params={"des":"m","url":"https://…"} and Taobao's
// tbopen://…?h5Url=https%3A%2F%2F… show that page in the app, whatever site it is on. Such a link
// leads where the page it carries does, so one that carries a page of another side, or of no
// listed source, is in doubt (classify.ts). See docs/links.md.
import type { Catalog } from '../engine/catalog.js';
import { normaliseHost } from './host.js';
import { sideOfHost } from './source-lookups.js';

/** At most this many rounds of percent-decoding: a parameter inside a parameter is encoded twice. */
const DECODE_ROUNDS = 3;

/** Percent-escapes of ASCII decoded (%3A is ':', %2F '/'), and JSON's escaped slash (\/) a slash: what the app reads. */
function decodedAscii(text: string): string {
  let decoded = text;
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    const next = decoded.replace(/%([0-7][0-9a-f])/giu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    if (next === decoded) break;
    decoded = next;
  }
  return decoded.replaceAll('\\/', '/');
}

/**
 * The hosts of the web links the app link carries past its own start (http:// or https://, as
 * written or percent-encoded), each as the URL parser reads it; null for one it cannot read.
 */
function carriedHosts(link: string): (string | null)[] {
  const decoded = decodedAscii(link.slice(link.indexOf(':') + 1));
  const hosts: (string | null)[] = [];
  for (const match of decoded.matchAll(/https?:\/\/[^\s"'<>{}|,&]*/giu)) {
    try {
      const { hostname } = new URL(match[0]);
      hosts.push(hostname === '' ? null : normaliseHost(hostname));
    } catch {
      hosts.push(null);
    }
  }
  return hosts;
}

/**
 * Whether the app link carries a web link that leads elsewhere than the side it stands for (a
 * source, or a group whose members' links agree with it): to another side, to no listed source, or
 * to a host that cannot be read.
 */
export function carriesLinkElsewhere(catalog: Catalog, link: string, side: string): boolean {
  return carriedHosts(link).some((host) => {
    if (host === null) return true;
    const other = sideOfHost(catalog, host);
    return other !== side && catalog.sources.get(other ?? '')?.groups.includes(side) !== true;
  });
}
