// Journey 8: rich exhibits in the demo fair (220 seeded exhibitors, 5,000
// products, 3D models and panoramas).
//
//   A. The demo exhibitor of demo-org-1 (verified, with a booked booth in
//      canton-demo) goes from /org/demo-org-1/exhibits to the catalogue page,
//      imports the 20-row XLSX sample (#notice with the count), then a CSV
//      with a 2-digit HS code (#import-errors names row and column, nothing is
//      imported); opens one imported draft, adds a GLB model and a panorama
//      (the media list grows), publishes it; a visitor sees both viewers and
//      the uploaded model renders.
//   B. An anonymous visitor (desktop and 375 px) walks fair → hall 1 → a
//      booked booth in the plan → the exhibitor's section and products; the
//      3D model of a hall 1 booth loads and turns when dragged, the panorama
//      opens into a canvas; a product opens; English, then Arabic (rtl); at
//      375 px nothing scrolls sideways. No Content Security Policy violation
//      and no page error on the way.
//
// Sample files come from `yunzhan sample glb|panorama|catalogue FILE`.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startApp, YUNZHAN_BIN } from '../lib/app.mjs';
import { chooseLanguage, htmlAttrs, journey, launchBrowser, newPage, pathOf, resultPath } from '../lib/browser.mjs';
import { assertNoHorizontalOverflow } from '../lib/checks.mjs';
import { fromAccount } from '../lib/onboarding.mjs';
import { errorsText, submitLogin } from '../lib/flows.mjs';

const FAIR = '/fairs/canton-demo';
const HALL = `${FAIR}/halls/1`;
const ORG = 'demo-org-1';
const EXHIBITOR_EMAIL = 'exhibitor1@demo.yunzhan.local';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };
/** Software WebGL (SwiftShader) in a debug build: viewers take their time. */
const VIEWER_TIMEOUT_MS = 60_000;
/** Uploads are decoded and re-encoded by a debug build. */
const UPLOAD_TIMEOUT_MS = 120_000;
/**
 * While a WebGL viewer draws in software, the page answers slowly (more so
 * when the machine is busy): actions and navigations get more time here than
 * the suite's defaults (10 s and 20 s).
 */
const ACTION_TIMEOUT_MS = 30_000;
const NAVIGATION_TIMEOUT_MS = 60_000;
/** The exhibit of the sample catalogue that journey A enriches (row 0). */
const IMPORTED_TITLE = 'Laptop computer 0';
const SAMPLE_ROWS = 20;

let app;
let browser;
let samples;
const contexts = [];

before(async () => {
  samples = mkdtempSync(join(tmpdir(), 'yunzhan-e2e-samples-'));
  for (const kind of ['glb', 'panorama', 'catalogue']) {
    const ext = { glb: 'glb', panorama: 'jpg', catalogue: 'xlsx' }[kind];
    execFileSync(YUNZHAN_BIN, ['sample', kind, join(samples, `sample.${ext}`)], { stdio: 'pipe' });
  }
  // A catalogue whose second product row (spreadsheet row 3) has a chapter
  // (2 digits) instead of an HS code; hs_code is the third column (C).
  writeFileSync(
    join(samples, 'broken.csv'),
    'source_lang,title_en,hs_code,model_number,price_min,currency\n' +
      'en,E2E good chair,940161,E2E-1,10.00,USD\n' +
      'en,E2E bad chair,94,E2E-2,12.00,USD\n',
  );
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await app?.stop();
  if (samples) rmSync(samples, { recursive: true, force: true });
});

async function open(locale, viewport) {
  const p = await newPage(browser, app, { locale, viewport });
  contexts.push(p.context);
  p.page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  p.page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  return p.page;
}

/** Clicks something that submits a form or follows a link; resolves with the response. */
async function clickAndWait(page, locator, timeout) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout }), locator.click()]);
  return response;
}

async function text(page, selector) {
  const el = page.locator(selector);
  if ((await el.count()) === 0) return `(no ${selector})`;
  return ((await el.first().innerText()) || '').replace(/\s+/g, ' ').trim();
}

/**
 * Records console messages and page errors of a page (across navigations).
 * `check(label)` fails on any Content Security Policy violation or uncaught
 * page error seen so far.
 */
function watchConsole(page) {
  const messages = [];
  const pageErrors = [];
  page.on('console', (m) => messages.push(`[${m.type()}] ${m.text()} (${m.location()?.url || ''})`));
  page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message}`));
  return {
    messages,
    errors: () => messages.filter((m) => m.startsWith('[error]')),
    check(label) {
      const csp = messages.filter((m) => /Content Security Policy/i.test(m));
      assert.deepEqual(csp, [], `${label}: Content Security Policy violations in the console`);
      assert.deepEqual(pageErrors, [], `${label}: uncaught errors in the page; console: ${JSON.stringify(messages.slice(-10))}`);
    },
  };
}

/** The catalogue rows of /org/<org>/exhibits: [{ href, text }]. */
async function exhibitRows(page, org) {
  await page.goto(`/org/${org}/exhibits`);
  return page.$$eval('main ul.link-list li', (lis) =>
    lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href'), text: li.textContent.replace(/\s+/g, ' ').trim() })),
  );
}

/** Chooses a file for the catalogue form and presses Import. */
async function importCatalogue(page, org, file) {
  await page.locator('#catalogue-file').setInputFiles(file);
  return clickAndWait(page, page.locator(`main form[action^="/org/${org}/catalogue"] button[type="submit"]`), UPLOAD_TIMEOUT_MS);
}

/** On an exhibit's editor: uploads one file with the media form; expects the notice and one more list item. */
async function addMedia(page, purpose, file, caption) {
  const before = await page.locator('main ul.media-list > li').count();
  await page.selectOption('select#purpose', purpose);
  await page.locator('input#media-file').setInputFiles(file);
  await page.fill('#media-caption', caption);
  const res = await clickAndWait(page, page.locator('main form.media-form button[type="submit"]'), UPLOAD_TIMEOUT_MS);
  assert.equal(res.status(), 200, `uploading ${file} as ${purpose} answered HTTP ${res.status()}; errors: ${await errorsText(page)}`);
  assert.equal(await text(page, '#notice'), 'The file was added.', `uploading ${file} as ${purpose}: #notice; errors: ${await errorsText(page)}`);
  const items = page.locator('main ul.media-list > li');
  assert.equal(await items.count(), before + 1, `the media list should grow from ${before} to ${before + 1} items: ${await text(page, 'main ul.media-list')}`);
  const last = items.last();
  assert.equal(await last.getAttribute('data-kind'), purpose, `the new media item should be a ${purpose}`);
  assert.match(await last.innerText(), new RegExp(caption), `the new ${purpose} should show its caption`);
}

/** Waits until a viewer element has data-ready="true"; fails early on data-error. */
async function waitForViewer(page, selector, watch, what) {
  // Plain scrolling: Playwright's scrollIntoViewIfNeeded() waits for a
  // "stable" box over animation frames, which a busy software renderer starves.
  await page.locator(selector).first().evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const state = await page
    .waitForFunction(
      (sel) => {
        const e = document.querySelector(sel);
        return e && (e.dataset.ready === 'true' || e.dataset.error === 'true') && (e.dataset.ready === 'true' ? 'ready' : 'error');
      },
      selector,
      { timeout: VIEWER_TIMEOUT_MS, polling: 250 },
    )
    .then((h) => h.jsonValue())
    .catch((err) => `timeout (${err.message.split('\n')[0]})`);
  assert.equal(state, 'ready', `${what} (${selector}) on ${pathOf(page)} did not become ready; console errors: ${JSON.stringify(watch.errors())}`);
}

/** Screenshots an element until two in a row are the same (the view has settled). */
async function settledShot(locator, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let prev = await locator.screenshot();
  for (;;) {
    await sleep(400);
    const next = await locator.screenshot();
    if (next.equals(prev)) return next;
    if (Date.now() > deadline) return next;
    prev = next;
  }
}

/**
 * The 3D model loads only when asked (its button), then the <model-viewer>
 * loads the model, and dragging across it turns the model: the element
 * looks different before and after.
 */
async function checkModelTurns(page, watch, name) {
  assert.equal(await page.locator('model-viewer').count(), 0, `${pathOf(page)} loaded the 3D viewer before the visitor asked`);
  const open = page.locator('.model-stage .model-open').first();
  assert.equal(await open.count(), 1, `${pathOf(page)} has no ".model-stage .model-open" button`);
  await open.evaluate((b) => b.scrollIntoView({ block: 'center' }));
  await open.click();
  await waitForViewer(page, 'model-viewer', watch, 'the 3D model');
  const viewer = page.locator('model-viewer').first();
  // The interaction prompt would wiggle the model by itself after 3 s; with
  // it off, only the drag can move the model.
  await viewer.evaluate((el) => el.setAttribute('interaction-prompt', 'none'));
  const before = await settledShot(viewer);
  const box = await viewer.boundingBox();
  assert.ok(box && box.width > 100 && box.height > 75, `the model viewer is too small to use: ${JSON.stringify(box)}`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x - box.width / 4, y);
  await page.mouse.down();
  await page.mouse.move(x + box.width / 4, y + 10, { steps: 12 });
  await page.mouse.up();
  const after = await settledShot(viewer);
  writeFileSync(resultPath(`${name}-model-before.png`), before);
  writeFileSync(resultPath(`${name}-model-after.png`), after);
  assert.ok(!before.equals(after), `dragging across the 3D model on ${pathOf(page)} should turn it, but the element looks the same (see ${name}-model-*.png)`);
}

/** Opens the panorama with its button and expects a canvas inside once ready. */
async function checkPanoramaOpens(page, watch) {
  const button = page.locator('.panorama .panorama-open').first();
  assert.equal(await button.count(), 1, `${pathOf(page)} has no ".panorama .panorama-open" button`);
  await button.evaluate((b) => b.scrollIntoView({ block: 'center' }));
  await button.click();
  await waitForViewer(page, '.panorama', watch, 'the panorama');
  const canvases = await page.locator('.panorama canvas').count();
  assert.ok(canvases >= 1, `the opened panorama should draw into a <canvas>, found ${canvases}`);
}

/** The booth links of the hall plan with their status class. */
async function planBooths(page) {
  return page.$$eval('main figure.hall-plan svg a', (links) =>
    links.map((a) => ({ href: a.getAttribute('href'), cls: a.querySelector('rect.booth')?.getAttribute('class') || '' })),
  );
}

test('A. exhibitor: catalogue import (XLSX, then a refused CSV) → 3D model and panorama on an imported draft → publish', { timeout: 600_000 }, async () => {
  const ex = await open('en', DESKTOP);
  const account = app.accounts.find((a) => a.email === EXHIBITOR_EMAIL);
  assert.ok(account, `no ${EXHIBITOR_EMAIL} in demo-accounts.json: ${JSON.stringify(app.accounts.map((a) => a.email))}`);
  let exhibitPath;

  await journey('rich-exhibitor', ex, app, async () => {
    await submitLogin(ex, account.email, account.password);
    assert.equal(pathOf(ex), '/', `logging in as ${account.email} should land on /, got ${pathOf(ex)}; errors: ${await errorsText(ex)}`);
    await fromAccount(ex, `/org/${ORG}`, 'my organisation');
    assert.equal(await text(ex, '#application-canton-demo'), 'Verified exhibitor', `${ORG} should be a verified exhibitor of the demo fair`);

    // The list of exhibits links to the catalogue page.
    const seeded = await exhibitRows(ex, ORG);
    assert.ok(seeded.length > 0, `the demo seeds products for ${ORG}, /org/${ORG}/exhibits lists none`);
    await clickAndWait(ex, ex.locator('#catalogue-link'));
    assert.equal(pathOf(ex), `/org/${ORG}/catalogue`, `#catalogue-link went to ${pathOf(ex)}`);

    // The 20-row XLSX sample.
    const good = await importCatalogue(ex, ORG, join(samples, 'sample.xlsx'));
    assert.equal(good.status(), 200, `importing the XLSX sample answered HTTP ${good.status()}; errors: ${await errorsText(ex)}`);
    assert.equal(await text(ex, '#notice'), `${SAMPLE_ROWS} products were imported as drafts.`, `the import notice; errors: ${await errorsText(ex)}`);
    assert.equal(await ex.locator('#import-errors').count(), 0, 'a good import shows no #import-errors');

    // A CSV with a chapter in place of an HS code in row 3: refused as a whole.
    const bad = await importCatalogue(ex, ORG, join(samples, 'broken.csv'));
    assert.equal(bad.status(), 422, `a catalogue with a bad HS code should answer HTTP 422, got ${bad.status()}`);
    assert.equal(await ex.locator('#notice').count(), 0, 'a refused import shows no success notice');
    assert.match(await errorsText(ex), /Nothing was imported/, 'the refusal should say that nothing was imported');
    const cells = await ex.$$eval('#import-errors tbody tr', (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
    assert.deepEqual(cells, [['3', 'C', '"94" is not an HS code.']], '#import-errors should name row 3, column C (hs_code) and the reason');

    const rows = await exhibitRows(ex, ORG);
    assert.equal(rows.length, seeded.length + SAMPLE_ROWS, `after the imports /org/${ORG}/exhibits should list ${seeded.length} + ${SAMPLE_ROWS} products`);
    assert.deepEqual(rows.filter((r) => /E2E (good|bad) chair/.test(r.text)), [], 'no row of the refused CSV may be imported');
    const imported = rows.find((r) => r.text.startsWith(`${IMPORTED_TITLE} —`));
    assert.ok(imported, `the list should show the imported ${JSON.stringify(IMPORTED_TITLE)}: ${JSON.stringify(rows.slice(0, 5))}`);
    assert.match(imported.text, /— Draft$/, 'imported products are drafts');

    // One imported draft: a 3D model and a panorama, then publish.
    await clickAndWait(ex, ex.locator(`main ul.link-list a[href="${imported.href}"]`));
    assert.equal(pathOf(ex), imported.href, `the list link went to ${pathOf(ex)}`);
    assert.equal(await text(ex, '#exhibit-status'), 'Draft', 'the imported exhibit is a draft');
    await addMedia(ex, 'model', join(samples, 'sample.glb'), 'Chair in 3D');
    await addMedia(ex, 'panorama', join(samples, 'sample.jpg'), 'Showroom tour');

    const published = await clickAndWait(ex, ex.locator(`main form[action="${imported.href}/publish"] button[type="submit"]`));
    assert.equal(published.status(), 200, `publishing answered HTTP ${published.status()}; errors: ${await errorsText(ex)}`);
    assert.equal(await text(ex, '#notice'), 'The exhibit is published.', `the demo fair publishes verified exhibitors' exhibits at once; errors: ${await errorsText(ex)}`);
    assert.equal(await text(ex, '#exhibit-status'), 'Published', 'after publishing');
    assert.equal(await ex.locator('main ul.media-list > li').count(), 2, 'the media stay after publishing');
    exhibitPath = `/exhibits/${imported.href.split('/').pop()}`;
  });

  // A visitor sees the uploaded model and panorama, and the model renders.
  const visitor = await open('en', DESKTOP);
  const watch = watchConsole(visitor);
  await journey('rich-exhibit-public', visitor, app, async () => {
    const res = await visitor.goto(exhibitPath);
    assert.equal(res.status(), 200, `GET ${exhibitPath} answered ${res.status()} after publishing`);
    assert.equal(await text(visitor, '#exhibit-title'), IMPORTED_TITLE, '#exhibit-title');
    assert.equal(await visitor.locator('.model-stage').count(), 1, `${exhibitPath} should offer the uploaded model once`);
    assert.equal(await visitor.locator('.panorama').count(), 1, `${exhibitPath} should show the uploaded panorama`);
    assert.match(await text(visitor, 'figure.model figcaption'), /Chair in 3D/, 'the model caption');
    await checkModelTurns(visitor, watch, 'uploaded');
    await checkPanoramaOpens(visitor, watch);
    watch.check(exhibitPath);
  });
});

/**
 * Fair → hall 1 → the first booked booth of the plan → (a booth of hall 1
 * with a 3D model: model and panorama) → a product; then English and Arabic.
 */
async function visitorWalk(viewport) {
  const phone = viewport.width < 600;
  const name = phone ? 'rich-visitor-375' : 'rich-visitor';
  const page = await open('zh-CN', viewport);
  const watch = watchConsole(page);
  // Every visible element within the viewport, or, once the panorama is
  // open, only no sideways scrolling: Photo Sphere Viewer keeps its closed
  // side panel off to the right, clipped by the viewer (overflow: hidden).
  const fits = async (label, { strict = true } = {}) => {
    if (!phone) return;
    if (strict) {
      await assertNoHorizontalOverflow(page, viewport.width, label);
    } else {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= viewport.width + 1, `${label} ${pathOf(page)}: document.documentElement.scrollWidth is ${width} at ${viewport.width} px`);
    }
  };

  await journey(name, page, app, async () => {
    const fair = await page.goto(FAIR);
    assert.equal(fair.status(), 200, `GET ${FAIR} answered ${fair.status()}`);
    await fits('zh-CN');
    const hallLink = page.locator(`main a[href="${HALL}"]`);
    assert.equal(await hallLink.count(), 1, `${FAIR} should link to ${HALL} in its halls list`);
    await clickAndWait(page, hallLink);
    assert.equal(pathOf(page), HALL, `the hall link went to ${pathOf(page)}`);
    await fits('zh-CN');

    // The plan: click a booked booth.
    const booths = await planBooths(page);
    const booked = booths.filter((b) => /\bbooked\b/.test(b.cls));
    assert.ok(booked.length > 0, `the demo books booths in hall 1, the plan shows none booked: ${JSON.stringify(booths.slice(0, 5))}`);
    await clickAndWait(page, page.locator(`main figure.hall-plan svg a[href="${booked[0].href}"]`));
    assert.equal(pathOf(page), booked[0].href, `clicking ${booked[0].href} in the plan went to ${pathOf(page)}`);
    assert.ok(await page.locator('#exhibitor-name').isVisible(), `the booked booth ${booked[0].href} should show the exhibitor (#exhibitor-name)`);
    const cards = page.locator('#booth-exhibits li.product-card a');
    assert.ok((await cards.count()) > 0, `the booth ${booked[0].href} should list products in #booth-exhibits`);
    await fits('zh-CN');

    // A booth of hall 1 with a 3D model (the demo gives one to the first six exhibitors).
    let modelBooth = booked[0].href;
    for (const b of booked.slice(1, 12)) {
      if ((await page.locator('.model-stage').count()) > 0) break;
      await page.goto(b.href);
      modelBooth = b.href;
    }
    assert.equal(await page.locator('.model-stage').count(), 1, `none of the first booked booths of hall 1 shows a 3D model (last: ${modelBooth})`);
    await checkModelTurns(page, watch, name);
    await checkPanoramaOpens(page, watch);
    await fits('zh-CN (viewers open)', { strict: false });
    await page.screenshot({ path: resultPath(`${name}-booth.png`), fullPage: true });

    // A product of the booth.
    const product = page.locator('#booth-exhibits li.product-card a').first();
    const href = await product.getAttribute('href');
    await clickAndWait(page, product);
    assert.equal(pathOf(page), href, `the product card went to ${pathOf(page)}`);
    assert.ok(((await text(page, '#exhibit-title')) || '').length > 0, `${href} should show #exhibit-title`);
    assert.equal((await htmlAttrs(page)).lang, 'zh-CN', 'a zh-CN browser starts in Chinese');
    await fits('zh-CN');

    // English, then Arabic, with the header's language menu.
    await chooseLanguage(page, 'en');
    assert.equal(pathOf(page), href, `switching to English should stay on ${href}, went to ${pathOf(page)}`);
    assert.deepEqual(await htmlAttrs(page), { lang: 'en', dir: 'ltr' }, 'after choosing English');
    await fits('en');
    await chooseLanguage(page, 'ar');
    assert.equal(pathOf(page), href, `switching to Arabic should stay on ${href}, went to ${pathOf(page)}`);
    assert.deepEqual(await htmlAttrs(page), { lang: 'ar', dir: 'rtl' }, 'after choosing Arabic');
    assert.equal(await page.locator('html[dir="rtl"]').count(), 1, 'html[dir="rtl"]');
    await fits('ar');
    if (phone) await page.screenshot({ path: resultPath('exhibit-375-ar.png'), fullPage: true });
    await page.goto(modelBooth);
    assert.equal((await htmlAttrs(page)).dir, 'rtl', `${modelBooth} should stay rtl once Arabic is chosen`);
    await fits('ar');
    await page.locator('.model-stage .model-open').first().click();
    await waitForViewer(page, 'model-viewer', watch, 'the 3D model (Arabic)');
    await fits('ar (model loaded)');
    watch.check(name);
  });
}

for (const viewport of [DESKTOP, PHONE]) {
  test(`B. visitor at ${viewport.width} px: fair → hall 1 → booked booth → 3D model turns, panorama opens → product → English → Arabic`, { timeout: 600_000 }, async () => {
    await visitorWalk(viewport);
  });
}
