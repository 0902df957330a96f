import type { CellFace } from '@/lib/grid/cell-face';
import type { Translate } from '@/lib/i18n/translate';

/** Draws faces of one kind onto the nodes it made (others it leaves): its root is what shows. */
interface Drawn {
  root: HTMLElement;
  draw(face: CellFace): void;
}

/**
 * A cell's drawer: it turns a face (`cellFaceOf`) into the nodes the cell shows, made once per
 * kind of face and then only changed where the face differs. A cell draws from the one
 * computation that reads its face. Built from a component per kind of face, a recycled row
 * re-ran six to ten computations per cell (the text, the mark, the title, the week, …) for
 * each cell on every frame of a scroll, and Solid's bookkeeping for them was most of what a
 * scroll allocated.
 */
export function createCellDrawer(t: Translate): (face: CellFace) => HTMLElement {
  const drawers = new Map<CellFace['kind'], Drawn>();
  return (face) => {
    let drawn = drawers.get(face.kind);
    if (!drawn) {
      drawn = makeDrawer(face.kind, t);
      drawers.set(face.kind, drawn);
    }
    drawn.draw(face);
    return drawn.root;
  };
}

function makeDrawer(kind: CellFace['kind'], t: Translate): Drawn {
  switch (kind) {
    case 'text':
      return textDrawer(t);
    case 'computed':
      return computedDrawer();
    case 'pill':
      return pillDrawer();
    case 'check':
      return checkDrawer(t);
    case 'progress':
      return progressDrawer();
    case 'date':
      return dateDrawer(t);
  }
}

function span(className: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  return element;
}

/** A span and the text node inside it, which is what most faces change. */
function textSpan(className: string): { root: HTMLSpanElement; text: Text } {
  const root = span(className);
  const text = document.createTextNode('');
  root.append(text);
  return { root, text };
}

/** Sets what differs only: a write of the same value still costs the browser a style check. */
function setClass(element: HTMLElement, className: string): void {
  if (element.className !== className) element.className = className;
}

function setAttribute(element: HTMLElement, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function setStyle(element: HTMLElement, property: string, value: string): void {
  if (element.style.getPropertyValue(property) !== value) {
    element.style.setProperty(property, value);
  }
}

function setText(node: Text, text: string): void {
  if (node.data !== text) node.data = text;
}

/** A value as text; one that does not fit its column is flagged (⚠), with what was typed. */
function textDrawer(t: Translate): Drawn {
  const { root, text } = textSpan('gcell__text');
  const mark = document.createElement('span');
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = '⚠ ';
  return {
    root,
    draw(face) {
      if (face.kind !== 'text') return;
      setClass(root, face.invalid ? 'gcell__text gcell__invalid' : 'gcell__text');
      setAttribute(root, 'title', face.invalid ? t('invalidValue', { raw: face.text }) : null);
      if (face.invalid && mark.parentNode !== root) root.insertBefore(mark, text);
      else if (!face.invalid && mark.parentNode === root) mark.remove();
      setText(text, face.text);
    },
  };
}

/** A figure the plan computes for an empty cell, muted, with where it comes from. */
function computedDrawer(): Drawn {
  const { root, text } = textSpan('gcell__text gcell__computed');
  return {
    root,
    draw(face) {
      if (face.kind !== 'computed') return;
      setAttribute(root, 'title', face.title);
      setText(text, face.text);
    },
  };
}

/** A choice in its option's colour. */
function pillDrawer(): Drawn {
  const { root, text } = textSpan('gcell__pill');
  return {
    root,
    draw(face) {
      if (face.kind !== 'pill') return;
      setStyle(root, '--choice', face.color);
      setText(text, face.label);
    },
  };
}

function checkDrawer(t: Translate): Drawn {
  const root = span('gcell__check');
  return {
    root,
    draw(face) {
      if (face.kind !== 'check') return;
      setClass(root, face.on ? 'gcell__check gcell__check--on' : 'gcell__check');
      setAttribute(root, 'aria-label', face.on ? t('yes') : t('no'));
    },
  };
}

/** A bar filled to the percentage, and the percentage as text. */
function progressDrawer(): Drawn {
  const root = span('gcell__progress');
  const bar = span('gcell__bar');
  const fill = span('gcell__bar-fill');
  const { root: label, text } = textSpan('gcell__progress-text');
  bar.append(fill);
  root.append(bar, label);
  return {
    root,
    draw(face) {
      if (face.kind !== 'progress') return;
      setStyle(fill, 'width', `${String(face.percent)}%`);
      setText(text, `${face.text} %`);
    },
  };
}

/** A date with its ISO week; a due date in the past is marked, in words too for screen readers. */
function dateDrawer(t: Translate): Drawn {
  const root = span('gcell__text');
  const text = document.createTextNode('');
  const { root: week, text: weekText } = textSpan('gcell__week');
  const { root: overdue, text: overdueText } = textSpan('visually-hidden');
  root.append(text, week);
  return {
    root,
    draw(face) {
      if (face.kind !== 'date') return;
      setClass(root, face.overdue ? 'gcell__text gcell__overdue' : 'gcell__text');
      setText(text, face.text);
      setText(weekText, ` ${t('weekShort', { week: face.week })}`);
      if (face.overdue) {
        setText(overdueText, ` (${t('overdue')})`);
        if (overdue.parentNode !== root) root.append(overdue);
      } else if (overdue.parentNode === root) {
        overdue.remove();
      }
    },
  };
}
