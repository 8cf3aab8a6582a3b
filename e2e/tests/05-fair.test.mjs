// Journey 5: a visitor (not signed in) walks from the list of fairs to the demo
// fair, into Hall 1's plan and onto a booth; the plan fits a phone, mirrors in
// Arabic and can be used with the keyboard.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../lib/app.mjs';
import { chooseLanguage, htmlAttrs, journey, launchBrowser, newPage, pathOf, resultPath } from '../lib/browser.mjs';
import { assertNoHorizontalOverflow } from '../lib/checks.mjs';

const FAIR = '/fairs/canton-demo';
const HALL = `${FAIR}/halls/1`;
const BOOTH = '1.1A1';
const BOOTH_PATH = `${FAIR}/booths/${BOOTH}`;
const PLAN_LINKS = 'main figure.hall-plan svg a';

let app;
let browser;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

/** Clicks a link and waits for the page it opens. */
async function follow(page, locator) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
}

/** The booth links of the plan: code (from the href), aria-label and box in SVG units. */
async function planBooths(page) {
  return page.$$eval(PLAN_LINKS, (links) =>
    links.map((a) => {
      const href = a.getAttribute('href') || '';
      const rect = a.querySelector('rect.booth');
      return {
        href,
        code: decodeURIComponent(href.split('/').pop()),
        label: a.getAttribute('aria-label'),
        rectClass: rect ? rect.getAttribute('class') : null,
        x: rect ? Number(rect.getAttribute('x')) : NaN,
        y: rect ? Number(rect.getAttribute('y')) : NaN,
      };
    }),
  );
}

test('visitor: fairs → demo fair → Hall 1 plan → booth 1.1A1 (Free)', async () => {
  const { context, page } = await newPage(browser, app, { locale: 'en' });
  await journey('fair-visitor', page, app, async () => {
    // The list of fairs links to the demo fair.
    const list = await page.goto('/fairs');
    assert.equal(list.status(), 200, `GET /fairs answered ${list.status()}`);
    const fairLink = page.locator(`main a[href="${FAIR}"]`);
    assert.equal(await fairLink.count(), 1, `/fairs should link once to ${FAIR}; main links: ${JSON.stringify(await mainLinks(page))}`);
    assert.equal((await fairLink.innerText()).trim(), 'Yunzhan Demo Trade Fair', 'the demo fair should be listed by its English name');
    await follow(page, fairLink);
    assert.equal(pathOf(page), FAIR, `the fair link went to ${pathOf(page)}`);

    // The fair's home: name, phase, halls, schedule.
    assert.equal((await page.locator('main h1').innerText()).trim(), 'Yunzhan Demo Trade Fair', 'the fair page <h1>');
    const phase = page.locator('#fair-phase');
    assert.equal(await phase.count(), 1, `${FAIR} has no #fair-phase`);
    assert.equal((await phase.innerText()).trim(), 'Show days', 'the demo fair runs its show days now');
    const hallHrefs = await page.$$eval(`main a[href^="${FAIR}/halls/"]`, (as) => as.map((a) => a.getAttribute('href')));
    const expectedHalls = [1, 2, 3, 4, 5, 6, 7].map((n) => `${FAIR}/halls/${n}`);
    assert.deepEqual(hallHrefs, expectedHalls, `${FAIR} should link to halls 1…7 in order`);
    const schedule = page.locator('main ol.schedule > li');
    assert.ok((await schedule.count()) >= 5, `the schedule should list the fair's phases, found ${await schedule.count()} item(s)`);
    const current = page.locator('main ol.schedule > li[aria-current="step"]');
    assert.equal(await current.count(), 1, 'exactly one schedule step should be marked aria-current="step"');
    assert.match(await current.innerText(), /Show days/, 'the current schedule step should be the show days');

    // Hall 1: its card says how many booths it has.
    const hallLink = page.locator(`main a[href="${HALL}"]`);
    assert.equal((await hallLink.innerText()).trim(), 'Hall 1 · Electronics and Appliances', 'the Hall 1 link text');
    const cardText = await page.locator('main li.card', { has: page.locator(`a[href="${HALL}"]`) }).innerText();
    const announced = Number((cardText.match(/(\d+) booths/) || [])[1]);
    assert.ok(announced > 0, `the Hall 1 card should say how many booths it has: ${JSON.stringify(cardText)}`);
    await follow(page, hallLink);
    assert.equal(pathOf(page), HALL, `the Hall 1 link went to ${pathOf(page)}`);
    assert.equal((await page.locator('main h1').innerText()).trim(), 'Hall 1 · Electronics and Appliances', 'the hall page <h1>');

    // The plan: an SVG group named by its <title>, one link per booth.
    const svg = page.locator('main figure.hall-plan svg');
    assert.equal(await svg.count(), 1, `${HALL} should draw one <figure class="hall-plan"><svg>`);
    assert.equal(await svg.getAttribute('role'), 'group', 'the plan <svg> should have role="group"');
    const labelledBy = await svg.getAttribute('aria-labelledby');
    const title = labelledBy ? ((await page.locator(`[id="${labelledBy}"]`).textContent()) || '').trim() : '';
    assert.ok(title.length > 0, `the plan's aria-labelledby="${labelledBy}" should name an element with text, got ${JSON.stringify(title)}`);
    const booths = await planBooths(page);
    assert.equal(booths.length, announced, `the plan should have one link per booth: the fair page says ${announced}, the SVG has ${booths.length}`);
    const badLabels = booths.filter((b) => !/^Booth \S+, \S+, \S+/.test(b.label || '') || !b.label.startsWith(`Booth ${b.code},`));
    assert.deepEqual(badLabels.slice(0, 5), [], 'every booth link should have aria-label="Booth <code>, <type>, <status>"');
    const noRect = booths.filter((b) => !/\bbooth\b/.test(b.rectClass || ''));
    assert.deepEqual(noRect.slice(0, 5), [], 'every booth link should contain a <rect class="booth …">');

    // The same booths as a table inside <details>.
    const tableCodes = await page.$$eval('main details table tbody tr td:first-child a', (as) => as.map((a) => a.textContent.trim()));
    assert.deepEqual([...tableCodes].sort(), booths.map((b) => b.code).sort(), 'the <details> table should list the same booths as the plan');

    // Click booth 1.1A1 in the plan.
    const booth = booths.find((b) => b.code === BOOTH);
    assert.ok(booth, `the plan has no link to ${BOOTH_PATH}; first links: ${JSON.stringify(booths.slice(0, 3))}`);
    assert.match(booth.label, /, Free$/, `booth ${BOOTH} should be announced as free: ${JSON.stringify(booth.label)}`);
    assert.match(booth.rectClass, /\bfree\b/, `booth ${BOOTH}'s <rect> should have class "free": ${JSON.stringify(booth.rectClass)}`);
    await follow(page, page.locator(`${PLAN_LINKS}[href="${BOOTH_PATH}"]`));
    assert.equal(pathOf(page), BOOTH_PATH, `clicking booth ${BOOTH} in the plan went to ${pathOf(page)}`);
    assert.equal((await page.locator('main h1').innerText()).trim(), `Booth ${BOOTH}`, 'the booth page <h1>');
    assert.equal((await page.locator('#booth-status').innerText()).trim(), 'Free', `${BOOTH_PATH} #booth-status`);
    const kind = (await page.locator('main dl.facts dd').first().innerText()).trim();
    assert.equal(booth.label, `Booth ${BOOTH}, ${kind}, Free`, 'the plan\'s aria-label should match the booth page\'s type and status');
    assert.equal(await page.locator('main form button[type="submit"]').count(), 0, 'a visitor who is not signed in should be offered no booth request');
    // The breadcrumb leads back to the hall.
    assert.equal(await page.locator(`main nav.breadcrumb a[href="${HALL}"]`).count(), 1, 'the booth page breadcrumb should link back to Hall 1');
  });
  await context.close();
});

for (const [label, locale, width] of [['desktop', 'en', 1280], ['phone 375', 'zh-CN', 375]]) {
  test(`${label}: the fair home shows featured exhibitors and new products; its search box finds a product`, async () => {
    const { context, page } = await newPage(browser, app, { locale, viewport: { width, height: 812 } });
    await journey(`fair-search-${width}`, page, app, async () => {
      await page.goto(FAIR);
      const featured = page.locator('main section[aria-labelledby="featured-h"] a[href^="/exhibitors/"]');
      assert.ok((await featured.count()) >= 4, `the fair home should feature exhibitors, found ${await featured.count()}`);
      const products = page.locator('main section[aria-labelledby="newest-h"] li.product-card a[href^="/exhibits/"]');
      assert.ok((await products.count()) >= 4, `the fair home should show new products, found ${await products.count()}`);
      const first = products.first();
      const href = await first.getAttribute('href');
      const title = (await first.locator('.title').innerText()).trim();
      assert.ok(title.length > 0, `the first new product ${href} should have a title`);
      if (width < 400) await assertNoHorizontalOverflow(page, width, `${locale} fair home`);

      // Search for the product's title: the search box is labelled and leads to the results.
      const box = page.getByRole('searchbox', { name: locale === 'en' ? 'Search exhibitors and products' : '搜索展商和展品' });
      assert.equal(await box.count(), 1, 'the fair home should have one labelled search box');
      await box.fill(title);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), box.press('Enter')]);
      const searched = new URL(page.url());
      assert.equal(searched.pathname, `${FAIR}/search`, `searching went to ${pathOf(page)}`);
      assert.equal(searched.searchParams.get('q'), title, 'the words travel in ?q=');
      assert.equal(await page.locator('#search-summary').count(), 1, 'the results page should say how many results it found');
      const hit = page.locator(`main li.product-card a[href="${href}"]`);
      assert.equal(await hit.count(), 1, `searching for ${JSON.stringify(title)} should list ${href}; summary: ${await page.locator('#search-summary').innerText()}`);
      assert.equal(await page.locator('#q').inputValue(), title, 'the search box should keep the words');
      if (width < 400) {
        await assertNoHorizontalOverflow(page, width, `${locale} search results`);
        await page.screenshot({ path: resultPath('search-375.png'), fullPage: true });
      }
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), hit.click()]);
      assert.equal(pathOf(page), href, `the result link went to ${pathOf(page)}`);
      assert.equal((await page.locator('#exhibit-title').innerText()).trim(), title, 'the product page shows the title searched for');
    });
    await context.close();
  });
}

test('phone 375×812: fair and hall pages do not overflow (Chinese, English, Arabic/RTL); the plan scales down', async () => {
  const width = 375;
  const { context, page } = await newPage(browser, app, { locale: 'zh-CN', viewport: { width, height: 812 } });
  await journey('fair-375', page, app, async () => {
    await page.goto(FAIR);
    assert.equal((await page.locator('main h1').innerText()).trim(), '云展演示交易会', 'a zh-CN browser should see the fair\'s Chinese name');
    await assertNoHorizontalOverflow(page, width, 'zh-CN');
    await page.goto(HALL);
    await assertNoHorizontalOverflow(page, width, 'zh-CN');
    const box = await page.locator('main figure.hall-plan svg').boundingBox();
    assert.ok(box && box.width > 100 && box.x >= 0 && box.x + box.width <= width, `the plan should fit the ${width} px viewport, its box is ${JSON.stringify(box)}`);
    const viewBoxWidth = Number(((await page.locator('main figure.hall-plan svg').getAttribute('viewBox')) || '').split(/\s+/)[2]);
    assert.ok(box.width < viewBoxWidth, `the plan should scale down below its viewBox width ${viewBoxWidth}, it is ${box.width} px wide`);
    await page.screenshot({ path: resultPath('hall-375.png'), fullPage: true });

    await chooseLanguage(page, 'en');
    assert.equal(pathOf(page), HALL, `switching to English should stay on ${HALL}, went to ${pathOf(page)}`);
    await assertNoHorizontalOverflow(page, width, 'en');
    await page.goto(FAIR);
    await assertNoHorizontalOverflow(page, width, 'en');

    // Arabic: right to left on the hall page, still without sideways scrolling.
    await page.goto(HALL);
    await chooseLanguage(page, 'ar');
    assert.equal(pathOf(page), HALL, `switching to Arabic should stay on ${HALL}, went to ${pathOf(page)}`);
    const attrs = await htmlAttrs(page);
    assert.equal(attrs.lang, 'ar', `the hall page in Arabic should have <html lang="ar">, got ${attrs.lang}`);
    assert.equal(attrs.dir, 'rtl', `the hall page in Arabic should have <html dir="rtl">, got ${attrs.dir}`);
    assert.equal(await page.locator(PLAN_LINKS).count(), (await planBooths(page)).length, 'the plan should still be drawn in Arabic');
    await assertNoHorizontalOverflow(page, width, 'ar');
    await page.screenshot({ path: resultPath('hall-375-ar.png'), fullPage: true });
    await page.goto(FAIR);
    assert.equal((await htmlAttrs(page)).dir, 'rtl', `${FAIR} should stay dir="rtl" once Arabic is chosen`);
    await assertNoHorizontalOverflow(page, width, 'ar');
  });
  await context.close();
});

test('keyboard: the booth links of the plan take the focus, show it and open the booth with Enter', async () => {
  const { context, page } = await newPage(browser, app, { locale: 'en' });
  await journey('fair-keyboard', page, app, async () => {
    await page.goto(HALL);
    const booths = await planBooths(page);
    assert.ok(booths.length > 0, `${HALL} has no booth links in its plan`);

    // The focusable element just before the plan is the breadcrumb's link to the fair;
    // the next Tab must land on the plan's first booth link.
    const before = page.locator(`main nav.breadcrumb a[href="${FAIR}"]`);
    await before.focus();
    const unfocusedStroke = await page.locator(`${PLAN_LINKS} rect.booth`).first().evaluate((r) => parseFloat(getComputedStyle(r).strokeWidth));
    await page.keyboard.press('Tab');
    const active = await page.evaluate(() => {
      const el = document.activeElement;
      return {
        tag: el?.localName,
        svg: el?.namespaceURI === 'http://www.w3.org/2000/svg',
        inPlan: !!el?.closest('figure.hall-plan'),
        href: el?.getAttribute('href'),
        html: el?.outerHTML.slice(0, 200),
      };
    });
    assert.ok(
      active.tag === 'a' && active.svg && active.inPlan && active.href === booths[0].href,
      `Tab from the breadcrumb should focus the plan's first booth link <a href="${booths[0].href}">, focused ${active.html}`,
    );
    // The focus is visible: the booth's outline gets thicker than when it is not focused.
    const focusedStroke = await page.locator(`${PLAN_LINKS} rect.booth`).first().evaluate((r) => parseFloat(getComputedStyle(r).strokeWidth));
    assert.ok(focusedStroke > unfocusedStroke, `the keyboard-focused booth should be drawn with a thicker stroke: ${unfocusedStroke}px unfocused, ${focusedStroke}px focused`);
    await page.keyboard.press('Tab');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    assert.equal(second, booths[1].href, 'a second Tab should move to the next booth link of the plan');

    // Booth 1.1A1 itself takes the focus, and Enter opens it.
    const link = page.locator(`${PLAN_LINKS}[href="${BOOTH_PATH}"]`);
    await link.focus();
    const isActive = await link.evaluate((a) => document.activeElement === a);
    assert.ok(isActive, `after focus(), document.activeElement should be the plan's <a href="${BOOTH_PATH}">`);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    assert.equal(pathOf(page), BOOTH_PATH, `Enter on the focused booth link should open ${BOOTH_PATH}, went to ${pathOf(page)}`);
    assert.equal((await page.locator('#booth-status').innerText()).trim(), 'Free', `${BOOTH_PATH} #booth-status`);
  });
  await context.close();
});

// Known problem, reported: the booth links come in string order (1A1, 1A10,
// 1A11, …, 1A2), so Tab jumps back and forth across a row of the plan
// (WCAG 2.4.3 focus order); the <details> table has the same order.
test('keyboard: within a row of the plan, Tab goes from booth to booth in their order on the floor', async () => {
  const { context, page } = await newPage(browser, app, { locale: 'en' });
  await journey('fair-focus-order', page, app, async () => {
    await page.goto(HALL);
    const booths = await planBooths(page);
    // A row block is the code without its trailing number (1.1A of 1.1A7).
    const rows = new Map();
    for (const b of booths) {
      const m = b.code.match(/^(.*?)(\d+)$/);
      if (!m) continue;
      if (!rows.has(m[1])) rows.set(m[1], []);
      rows.get(m[1]).push(b);
    }
    const jumps = [];
    for (const [row, list] of rows) {
      for (let i = 1; i < list.length; i++) {
        if (list[i].x < list[i - 1].x) jumps.push(`${row}: ${list[i - 1].code} (x=${list[i - 1].x}) → ${list[i].code} (x=${list[i].x})`);
      }
    }
    assert.deepEqual(
      jumps.slice(0, 5),
      [],
      `${HALL}: the keyboard order of the booth links runs backwards ${jumps.length} time(s) within a row; ` +
        `document order starts ${JSON.stringify(booths.slice(0, 6).map((b) => b.code))}`,
    );
  });
  await context.close();
});

async function mainLinks(page) {
  return page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
}
