// The matrix of the platform at the asked moment and the timeline of the asked source on
// the asked surface, as pictures: the SVG renderers' text shown through <img> from a data:
// address, so that no markup from the record is ever live in the page.
import type { Catalog } from '../engine/catalog.js';
import type { Answer } from '../engine/check.js';
import { format, type Lang } from '../i18n/index.js';
import { momentText } from '../render/matrix.js';
import { renderMatrixSvg } from '../render/matrix-svg.js';
import { nameOf } from '../render/names.js';
import { renderTimelineSvg } from '../render/svg.js';
import { axisFor } from '../views/axis.js';
import { matrixOf } from '../views/matrix.js';
import { tracksOf } from '../views/periods.js';
import type { QueryTime } from '../query/index.js';
import { el, type Child } from './dom.js';

export function svgAddress(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** time: the asked moment as the road read it (resolveQuery), with the end of an asked day. */
export function picturesView(catalog: Catalog, answer: Answer, time: QueryTime, lang: Lang): Child[] {
  const platform = answer.platform;
  const matrix = matrixOf(catalog, platform.id, time, answer.asKnownOn ?? undefined);
  const matrixAlt = format(lang, 'page.pictures.matrix', { platform: nameOf(platform, lang), when: momentText(lang, matrix) });
  // A group is each of its members; a link of no recognised source is none of the rows, and has no timeline.
  const sources = answer.group ? answer.group.members.map((member) => member.source!.id) : answer.source ? [answer.source.id] : [];
  const figures: Child[] = [figure(renderMatrixSvg(matrix, { lang, mark: { sources, surface: answer.surface.id } }), matrixAlt, 'matrix')];

  if (sources.length === 0) {
    figures.push(el('p', { class: 'quiet' }, format(lang, 'page.pictures.noTimeline')));
    return figures;
  }
  const tracks = tracksOf(catalog, { platforms: [platform.id], sources, surfaces: [answer.surface.id], ...(answer.asKnownOn ? { asKnownOn: answer.asKnownOn } : {}) });
  const axis = axisFor(
    tracks.flatMap((track) => track.periods),
    platform.timeZone,
  );
  const subject = answer.group ? nameOf(answer.group.group, lang) : nameOf(answer.source!, lang);
  const timelineAlt = format(lang, 'page.pictures.timeline', { source: subject, surface: nameOf(answer.surface, lang) });
  if (axis.from < axis.to) figures.push(figure(renderTimelineSvg(tracks, axis, { lang, width: 760 }), timelineAlt, 'timeline'));
  return figures;
}

function figure(svg: string, alt: string, name: string): HTMLElement {
  return el('figure', { class: `picture picture-${name}` }, el('img', { src: svgAddress(svg), alt, 'data-picture': name }), el('figcaption', {}, alt));
}
