// @vitest-environment jsdom
import { CATALOGUE_TEXT } from '../testing/boot-and-render';
import {
  FIRST_SCREEN_KINDS_ID,
  firstScreenKindsSample,
  firstScreenKindsTemplate,
} from './first-screen-kinds';
import { prerenderFirstScreen } from './prerender';

const PRERENDERED = prerenderFirstScreen(CATALOGUE_TEXT);
const LANDMARKS = ['MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'SECTION', 'FORM', 'DIALOG'];
const NOT_COPIED = ['OPTION', 'SCRIPT', 'TEMPLATE'];

const kindOf = (element: Element) =>
  [
    LANDMARKS.includes(element.tagName) ? 'DIV' : element.tagName,
    element.getAttribute('class') ?? '',
    element.getAttribute('type') ?? '',
  ].join(' | ');

function builtPage(): Document {
  return new DOMParser().parseFromString(`<body>${PRERENDERED}</body>`, 'text/html');
}

describe('the kinds of the first screen (first-screen-kinds.ts)', () => {
  it('has each kind of element of the prerendered screen once, before #root, in an inert template', () => {
    const page = builtPage();
    const template = page.getElementById(FIRST_SCREEN_KINDS_ID) as HTMLTemplateElement;
    expect(template.tagName).toBe('TEMPLATE');
    expect(template.nextElementSibling?.id).toBe('root');
    // Inert: nothing of it is in the page's tree, where a query would find it.
    expect(template.children).toHaveLength(0);

    const onScreen = [...page.querySelectorAll('#root *')].filter(
      (element) => !NOT_COPIED.includes(element.tagName) && element.getAttribute('type') !== 'file',
    );
    const copies = [...template.content.querySelectorAll('*')].filter(
      (element) => element.tagName !== 'OPTION',
    );
    expect(copies.map(kindOf)).toEqual([...new Set(onScreen.map(kindOf))]);
    // The screen's variety is in it (headings, fields, selects, buttons, the catalogue's lists).
    for (const tag of ['H1', 'H2', 'INPUT', 'SELECT', 'BUTTON', 'LABEL', 'DL', 'LI', 'CODE'])
      expect(copies.some((copy) => copy.tagName === tag)).toBe(true);
  });

  it('copies no id, name, label, role, test id or state that a query could take for the page’s own', () => {
    const template = builtPage().getElementById(FIRST_SCREEN_KINDS_ID) as HTMLTemplateElement;
    for (const copy of template.content.querySelectorAll('*')) {
      const names = copy.getAttributeNames();
      expect(names.filter((name) => name !== 'class' && name !== 'type')).toEqual([]);
    }
    for (const select of template.content.querySelectorAll('select'))
      expect(select.options).toHaveLength(1);
  });

  it('reads start tags as React writes them, once per kind, with no file input', () => {
    const html =
      '<main class="grid"><section class="panel"><input type="file" class="sr-only"/>' +
      '<input type="text" class="field" id="a" name="a"/><input type="text" class="field" id="b"/>' +
      '<button type="button" class="b" aria-pressed="true">x</button>' +
      '<select class="s"><option value="1">1</option></select>' +
      '</section></main>';
    expect(firstScreenKindsTemplate(html)).toBe(
      `<template id="${FIRST_SCREEN_KINDS_ID}"><div class="grid">Aa</div><div class="panel">Aa</div>` +
        '<input class="field" type="text"><button class="b" type="button">Aa</button>' +
        '<select class="s"><option>Aa</option></select></template>',
    );
  });

  it('copies them into a hidden box of no height, out of the accessibility tree and of reach', () => {
    const page = builtPage();
    const sample = firstScreenKindsSample(page)!;
    const template = page.getElementById(FIRST_SCREEN_KINDS_ID) as HTMLTemplateElement;
    expect(sample.children).toHaveLength(template.content.children.length);
    expect(sample.getAttribute('aria-hidden')).toBe('true');
    expect(sample.hasAttribute('inert')).toBe(true);
    expect(sample.className.split(' ')).toEqual(
      expect.arrayContaining(['invisible', 'absolute', 'h-0', 'overflow-hidden']),
    );
  });

  it('has nothing to copy on a page that was not prerendered', () => {
    const page = new DOMParser().parseFromString('<div id="root"></div>', 'text/html');
    expect(firstScreenKindsSample(page)).toBeUndefined();
  });
});
