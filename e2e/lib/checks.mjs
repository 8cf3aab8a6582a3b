// In-page checks for layout overflow and basic accessibility. Each returns
// plain data so that the assertion messages can show exactly what is wrong.

import assert from 'node:assert/strict';

/**
 * Horizontal overflow at the current viewport: the document's scroll width and
 * every visible element whose box leaves the viewport on the right (and, in a
 * right-to-left page, on the left) of a `width` px wide viewport. `tolerance`
 * is in CSS pixels.
 */
export async function horizontalOverflow(page, width, tolerance = 1) {
  return page.evaluate(({ width, tolerance }) => {
    const describe = (el) => {
      let s = el.tagName.toLowerCase();
      if (el.id) s += '#' + el.id;
      if (el.classList && el.classList.length) s += '.' + [...el.classList].join('.');
      const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
      if (text) s += ' "' + text + '"';
      return s;
    };
    const vw = width;
    const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
    const offenders = [];
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (el.checkVisibility && !el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // Visually hidden text (clip: rect(0 0 0 0), 1x1 box) is not seen and does not scroll.
      if (style.clip === 'rect(0px, 0px, 0px, 0px)' && r.width <= 1 && r.height <= 1) continue;
      const right = r.right + window.scrollX;
      const left = r.left + window.scrollX;
      if (right > vw + tolerance || (rtl && left < -tolerance)) {
        offenders.push(`${describe(el)} left=${Math.round(left)} right=${Math.round(right)}`);
      }
    }
    return {
      viewportWidth: vw,
      innerWidth: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      rtl,
      offenders: offenders.slice(0, 15),
      offenderCount: offenders.length,
    };
  }, { width, tolerance });
}

/** Basic accessibility facts of the page now shown. */
export async function accessibilityFacts(page) {
  return page.evaluate(() => {
    const describe = (el) => {
      let s = el.tagName.toLowerCase();
      if (el.id) s += '#' + el.id;
      if (el.classList && el.classList.length) s += '.' + [...el.classList].join('.');
      const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
      if (text) s += ' "' + text + '"';
      return s;
    };
    const visible = (el) => {
      if (el.checkVisibility) return el.checkVisibility({ checkVisibilityCSS: true });
      const r = el.getBoundingClientRect();
      return r.width > 0 || r.height > 0;
    };
    const unlabelled = [];
    for (const el of document.querySelectorAll('input, select, textarea')) {
      if (el.type === 'hidden' || !visible(el)) continue;
      const byFor = el.id && [...document.querySelectorAll('label[for]')].some(
        (l) => l.htmlFor === el.id && l.textContent.trim() !== '',
      );
      const wrapped = el.closest('label') && el.closest('label').textContent.trim() !== '';
      const aria = (el.getAttribute('aria-label') || '').trim() !== '';
      const labelledBy = (el.getAttribute('aria-labelledby') || '')
        .split(/\s+/)
        .filter(Boolean)
        .some((id) => (document.getElementById(id)?.textContent || '').trim() !== '');
      if (!(byFor || wrapped || aria || labelledBy)) unlabelled.push(describe(el) + ` name=${el.name}`);
    }
    const h1s = [...document.querySelectorAll('h1')].map(describe);
    const imgsWithoutAlt = [...document.querySelectorAll('img')].filter((i) => !i.hasAttribute('alt')).map((i) => i.outerHTML.slice(0, 120));
    return { unlabelled, h1s, imgsWithoutAlt };
  });
}

/** What has the keyboard focus now. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: el ? 'body' : null, isSkipLink: false, html: el ? '<body>' : '' };
    return {
      tag: el.tagName.toLowerCase(),
      isSkipLink: el.matches('a.skip-link'),
      href: el.getAttribute('href'),
      html: el.outerHTML.slice(0, 160),
    };
  });
}

/**
 * Asserts that the page now shown does not scroll sideways at `width` px:
 * neither the document's scroll width nor any visible element's box leaves
 * the viewport (see horizontalOverflow).
 */
export async function assertNoHorizontalOverflow(page, width, label, tolerance = 1) {
  const path = new URL(page.url()).pathname;
  const o = await horizontalOverflow(page, width, tolerance);
  assert.ok(
    o.scrollWidth <= width,
    `${label} ${path} at ${width} px: document.documentElement.scrollWidth is ${o.scrollWidth} (> ${width}); ` +
      `elements past the edge: ${JSON.stringify(o.offenders)}`,
  );
  assert.equal(
    o.offenderCount,
    0,
    `${label} ${path} at ${width} px: ${o.offenderCount} visible element(s) extend past the viewport ` +
      `(${o.rtl ? 'rtl' : 'ltr'}, tolerance ${tolerance} px): ${JSON.stringify(o.offenders)}`,
  );
}
