/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Elements made from data. Every value reaches the page as a text node or an
// attribute, never as markup: no HTML is ever parsed from a rule file, a link or a
// plan cell (test/web/escapes.test.ts fails on any markup-parsing call in src/web/).
// Text is shown as the command line prints it: a control or format character (a
// bidirectional override in a shared link) is written as its escape (render/safe.ts pageText).
import { pageText } from '../render/safe.js';

export type Child = Node | string | null | undefined | false;
export type Attributes = Readonly<Record<string, string | boolean | undefined>>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...shownChildren(children));
  return element;
}

/** The children to put in: strings become text nodes of their text made safe, nothing shown for null, undefined or false. */
function shownChildren(children: readonly Child[]): (Node | string)[] {
  return children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false).map((child) => (typeof child === 'string' ? pageText(child) : child));
}

/** An address as a link when it is http(s), else as text: a javascript: or data: address never becomes a link. */
export function addressLink(url: string): HTMLElement {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return el('span', { class: 'address' }, url);
  // The address itself is the link's text, so that where it leads is visible.
  return el('a', { class: 'address', href: parsed.href, rel: 'noopener noreferrer', target: '_blank' }, url);
}

/** Empties an element and puts the children in. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...shownChildren(children));
}
