// Journey 7: exhibits, across four browsers: an exhibitor (a newly registered
// account), the demo organizer and anonymous visitors (English, Chinese and
// Arabic).
//
//   1. The exhibitor gets a verified organisation with a booth (test 06 in
//      short): organisation → licence; the organizer creates a fair that does
//      not review exhibits; the exhibitor requests a booth there (its
//      application); the organizer approves the application and the booth.
//   2. At /org/<org>/exhibits the exhibitor creates an exhibit: first with a
//      2-digit HS code and an unknown Incoterm (422, #form-errors), then valid,
//      written in English with a Chinese title; adds a PNG and sees its
//      thumbnail. While a draft, visitors get 404 for the exhibit and its image
//      and the booth lists no exhibits.
//   3. The exhibitor publishes; a visitor sees title, price, specifications,
//      the verified exhibitor and the image; a Chinese visitor the Chinese
//      title; an Arabic visitor the English text with the "not translated"
//      note; the page fits 375 px; the booth links to the exhibit.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../lib/app.mjs';
import { htmlAttrs, journey, launchBrowser, newPage, pathOf, resultPath, submitMainForm } from '../lib/browser.mjs';
import { assertNoHorizontalOverflow } from '../lib/checks.mjs';
import { pngFile } from '../lib/files.mjs';
import { errorsText, registerConfirmAndLogIn, submitLogin } from '../lib/flows.mjs';
import {
  applicationStatus,
  approveApplication,
  approveBooth,
  clickAndWait,
  createFair,
  fillOrganisation,
  fromAccount,
  openApplication,
  organizerAccount,
  requestBooth,
  submitOrganisation,
  text,
  uploadLicence,
} from '../lib/onboarding.mjs';

const USCC = '91350100M000100Y43';
const FAIR_EN = 'Yunzhan Exhibits Fair';
const ORG = { zh: '厦门云展展品测试有限公司', en: 'Xiamen Yunzhan Exhibits Test Co., Ltd.' };
const EXHIBIT = {
  titleEn: 'Oak dining chair',
  titleZh: '橡木餐椅',
  descriptionEn: 'A solid oak dining chair with a woven seat.',
  pointsEn: 'FSC-certified oak; ships flat-packed.',
  model: 'OC-46',
  priceMin: '25',
  priceMax: '32.5',
  currency: 'USD',
  moq: '200',
  leadTime: '30',
  ports: 'Xiamen, Ningbo',
  specs: 'Material: solid oak\nSeat height: 46 cm',
};
const PRICE = '25.00 USD – 32.50 USD';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

let app;
let browser;
const contexts = [];

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await app?.stop();
});

async function open(locale, viewport = DESKTOP) {
  const p = await newPage(browser, app, { locale, viewport });
  contexts.push(p.context);
  return p.page;
}

/** Waits until an <img> has loaded (scrolling it into view: images are lazy) and returns its facts. */
async function loadedImage(locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.evaluate(
    (img) =>
      img.complete
        ? null
        : new Promise((resolve) => {
            img.addEventListener('load', resolve, { once: true });
            img.addEventListener('error', resolve, { once: true });
          }),
  );
  return locator.evaluate((img) => ({
    src: img.getAttribute('src'),
    currentSrc: img.currentSrc,
    complete: img.complete,
    naturalWidth: img.naturalWidth,
    naturalHeight: img.naturalHeight,
    alt: img.getAttribute('alt'),
  }));
}

/** Fills the exhibit form (list or editor page) with EXHIBIT and the given HS code and Incoterms. */
async function fillExhibit(page, { hs, incoterms }) {
  await page.selectOption('#source_lang', 'en');
  await page.fill('#title_zh', EXHIBIT.titleZh);
  await page.fill('#title_en', EXHIBIT.titleEn);
  await page.fill('#description_zh', '');
  await page.fill('#description_en', EXHIBIT.descriptionEn);
  await page.fill('#points_zh', '');
  await page.fill('#points_en', EXHIBIT.pointsEn);
  await page.fill('#hs_code', hs);
  await page.fill('#model_number', EXHIBIT.model);
  await page.fill('#price_min', EXHIBIT.priceMin);
  await page.fill('#price_max', EXHIBIT.priceMax);
  await page.fill('#currency', EXHIBIT.currency);
  await page.fill('#moq', EXHIBIT.moq);
  await page.fill('#lead_time_days', EXHIBIT.leadTime);
  await page.fill('#incoterms', incoterms);
  await page.fill('#ports', EXHIBIT.ports);
  await page.fill('#specs', EXHIBIT.specs);
}

test('exhibits: verified organisation with a booth → exhibit (bad HS code and Incoterm refused) → image → draft hidden → publish → visitors in English, Chinese and Arabic, 375 px → booth lists it', async () => {
  const ex = await open('en');
  const org = await open('en');
  const visitor = await open('en');
  const email = `exhibits.${Date.now()}.${process.pid}@example.test`;
  const slug = `e2e-ex-${Date.now().toString(36)}`;
  const hall = '7';
  const boothPath = `/fairs/${slug}/booths/${hall}.1A1`;
  let orgId;
  let exhibitId;
  let mediaId;

  // ---- 1. a verified organisation with a booth (test 06 in short) -----------------------
  await journey('exhibits-exhibitor', ex, app, async () => {
    await registerConfirmAndLogIn(ex, { email, password: 'Teak-Harbour-7315', displayName: 'E2E Exhibits' });
    await fromAccount(ex, '/org/new', 'registering an organisation');
    await fillOrganisation(ex, { ...ORG, uscc: USCC, email, contact: 'Lin Wei' });
    orgId = await submitOrganisation(ex);
    await uploadLicence(ex, orgId, pngFile('licence.png'));
  });

  await journey('exhibits-organizer', org, app, async () => {
    const o = organizerAccount(app);
    await submitLogin(org, o.email, o.password);
    assert.equal(pathOf(org), '/', `the organizer's login should land on /, got ${pathOf(org)}; errors: ${await errorsText(org)}`);
    // New fairs review exhibits before publication; this one lets verified exhibitors publish at once.
    await createFair(org, { slug, nameZh: '云展展品测试展', nameEn: FAIR_EN, hall, rows: 1, cols: 2, review: false });
  });

  await journey('exhibits-exhibitor', ex, app, async () => {
    await requestBooth(ex, { slug, fairName: FAIR_EN, hall, code: `${hall}.1A1`, orgName: ORG.en });
  });

  await journey('exhibits-organizer', org, app, async () => {
    await openApplication(org, { slug, orgId, uscc: USCC });
    await approveApplication(org);
    await approveBooth(org, { slug, code: `${hall}.1A1`, orgName: ORG.en });
  });

  await journey('exhibits-exhibitor', ex, app, async () => {
    assert.equal(await applicationStatus(ex, orgId, slug), 'Verified exhibitor', `the organisation is a verified exhibitor of ${slug}`);
  });

  // ---- 2. the exhibit: refused, created, image, hidden while a draft --------------------
  await journey('exhibits-exhibitor', ex, app, async () => {
    await ex.goto(`/org/${orgId}`);
    const link = ex.locator(`main a[href="/org/${orgId}/exhibits"]`);
    assert.equal(await link.count(), 1, `/org/${orgId} should link to /org/${orgId}/exhibits`);
    const list = await clickAndWait(ex, link);
    assert.equal(list.status(), 200, `the owner got HTTP ${list.status()} at /org/${orgId}/exhibits`);
    assert.equal(await text(ex, 'main h1'), 'Exhibits', `the <h1> of /org/${orgId}/exhibits`);
    assert.equal(await ex.locator(`main a[href^="/org/${orgId}/exhibits/"]`).count(), 0, 'a new organisation lists no exhibits');

    // A 2-digit chapter as HS code and an unknown Incoterm: both refused at once.
    const form = `main form[action="/org/${orgId}/exhibits"]`;
    await fillExhibit(ex, { hs: '94', incoterms: 'FOB, XYZ' });
    const bad = await submitMainForm(ex, form);
    assert.equal(bad.status(), 422, `a bad HS code and Incoterm should answer HTTP 422, got ${bad.status()} at ${pathOf(ex)}`);
    assert.ok(await ex.locator('#form-errors').isVisible(), `the refusal should show #form-errors (at ${pathOf(ex)})`);
    const errors = await errorsText(ex);
    assert.match(errors, /"94" is not an HS code/, 'the error should name the refused HS code');
    assert.match(errors, /"XYZ" is not an Incoterm/, 'the error should name the unknown Incoterm');
    assert.doesNotMatch(errors, /FOB/, `only the unknown Incoterm should be refused: ${errors}`);
    assert.equal(await ex.inputValue('#title_en'), EXHIBIT.titleEn, 'the form should keep what was typed after an error');
    assert.equal(await ex.inputValue('#specs'), EXHIBIT.specs, 'the specifications should be kept after an error');
    assert.equal(await ex.inputValue('#source_lang'), 'en', 'the source language should be kept after an error');

    // Valid: an English exhibit with a Chinese title.
    await ex.fill('#hs_code', '9401.61');
    await ex.fill('#incoterms', 'FOB, CIF');
    const good = await submitMainForm(ex, form);
    const m = pathOf(ex).match(new RegExp(`^/org/${orgId}/exhibits/([^/?]+)$`));
    assert.ok(m, `a valid exhibit should land on /org/${orgId}/exhibits/<id>, got ${pathOf(ex)} (HTTP ${good.status()}); errors: ${await errorsText(ex)}`);
    exhibitId = m[1];
    assert.equal(await text(ex, '#exhibit-status'), 'Draft', 'a new exhibit is a draft');
    assert.equal(await ex.inputValue('#title_zh'), EXHIBIT.titleZh, 'the editor shows the saved Chinese title');
    // The HS code is stored as digits (9401.61 → 940161).
    assert.match(await ex.inputValue('#hs_code'), /^9401\.?61$/, 'the editor shows the saved HS code');
    assert.equal(await ex.inputValue('#incoterms'), 'FOB, CIF', 'the editor shows the saved Incoterms');

    // An image (a PNG made in the test) and its thumbnail.
    assert.equal(await ex.locator('main ul.media-list li[data-kind="image"] img').count(), 0, 'a new exhibit has no images');
    await ex.locator('#image').setInputFiles(pngFile('chair.png', 96, 72));
    const up = await clickAndWait(ex, ex.locator(`main form[action^="/org/${orgId}/exhibits/${exhibitId}/images"] button[type="submit"]`));
    assert.equal(up.status(), 200, `uploading the image answered HTTP ${up.status()} at ${pathOf(ex)}; errors: ${await errorsText(ex)}`);
    assert.equal(await text(ex, '#notice'), 'The image was added.', `the upload notice; errors: ${await errorsText(ex)}`);
    const thumbs = ex.locator('main ul.media-list li[data-kind="image"] img');
    assert.equal(await thumbs.count(), 1, `the editor should show one thumbnail: ${(await ex.locator('main ul.media-list').count()) ? await ex.locator('main ul.media-list').innerHTML() : 'no ul.media-list'}`);
    const thumb = await loadedImage(thumbs.first());
    const tm = (thumb.src || '').match(/^\/media\/([^/]+)\/160$/);
    assert.ok(tm, `the thumbnail should be /media/<id>/160, got ${JSON.stringify(thumb.src)}`);
    mediaId = tm[1];
    assert.ok(thumb.naturalWidth > 0, `the thumbnail ${thumb.src} did not load: ${JSON.stringify(thumb)}`);
  });

  await journey('exhibits-visitor', visitor, app, async () => {
    const draft = await visitor.goto(`/exhibits/${exhibitId}`);
    assert.equal(draft.status(), 404, `an anonymous visitor should get 404 for the draft /exhibits/${exhibitId}, got ${draft.status()}`);
    const img = await visitor.request.get(`/media/${mediaId}/480`);
    assert.equal(img.status(), 404, `an anonymous visitor should get 404 for the draft's image /media/${mediaId}/480, got ${img.status()}`);
    await visitor.goto(boothPath);
    assert.equal(await text(visitor, '#booth-status'), 'Booked', `${boothPath} should be booked`);
    assert.equal(await visitor.locator('#booth-exhibits li').count(), 0, `${boothPath} should list no draft exhibits`);
  });

  // ---- 3. published: the public page ---------------------------------------------------
  await journey('exhibits-exhibitor', ex, app, async () => {
    const publish = ex.locator(`main form[action="/org/${orgId}/exhibits/${exhibitId}/publish"] button[type="submit"]`);
    assert.equal(await publish.count(), 1, 'the draft of a verified organisation should offer "Publish"');
    const res = await clickAndWait(ex, publish);
    assert.equal(res.status(), 200, `publishing answered HTTP ${res.status()}; errors: ${await errorsText(ex)}`);
    assert.equal(await text(ex, '#notice'), 'The exhibit is published.', `the publish notice; errors: ${await errorsText(ex)}`);
    assert.equal(await text(ex, '#exhibit-status'), 'Published', 'after publishing');
    assert.equal(await ex.locator(`main form[action$="/publish"]`).count(), 0, 'a published exhibit should not offer "Publish" again');
    await ex.goto(`/org/${orgId}/exhibits`);
    assert.match(await text(ex, `main li:has(a[href="/org/${orgId}/exhibits/${exhibitId}"])`), new RegExp(`${EXHIBIT.titleEn} — Published`), 'the list should show the exhibit as published');
  });

  await journey('exhibits-visitor', visitor, app, async () => {
    const res = await visitor.goto(`/exhibits/${exhibitId}`);
    assert.equal(res.status(), 200, `GET /exhibits/${exhibitId} answered ${res.status()} for an anonymous visitor after publishing`);
    assert.equal(await text(visitor, '#exhibit-title'), EXHIBIT.titleEn, 'an English visitor sees the English title');
    assert.equal(await visitor.locator('#untranslated').count(), 0, 'an English visitor reads the source text: no #untranslated note');
    assert.equal(await text(visitor, '#exhibit-price'), PRICE, '#exhibit-price');
    assert.match(await text(visitor, 'main .lead'), new RegExp(EXHIBIT.descriptionEn), 'the English description');
    const facts = await text(visitor, 'main dl.facts');
    assert.match(facts, /\b9401\.?61\b/, `the facts should include the HS code: ${JSON.stringify(facts)}`);
    for (const f of [EXHIBIT.model, '30 days', 'FOB, CIF', EXHIBIT.ports]) {
      assert.ok(facts.includes(f), `the facts should include ${JSON.stringify(f)}: ${JSON.stringify(facts)}`);
    }
    const specs = await visitor.$$eval('main table.specs tbody tr', (rows) =>
      rows.map((r) => [r.querySelector('th')?.textContent.trim(), r.querySelector('td')?.textContent.trim()]),
    );
    assert.deepEqual(specs, [['Material', 'solid oak'], ['Seat height', '46 cm']], 'the specifications table');
    assert.equal(await text(visitor, '#exhibit-exhibitor'), ORG.en, '#exhibit-exhibitor');
    assert.match(await text(visitor, 'main article .verified'), /Verified exhibitor/, 'the exhibitor should carry "Verified exhibitor"');

    const gallery = visitor.locator('main ul.gallery img');
    assert.equal(await gallery.count(), 1, `the page should show the one image in <ul class="gallery">: ${await text(visitor, 'main')}`);
    const img = await loadedImage(gallery.first());
    assert.equal(img.src, `/media/${mediaId}/480`, 'the gallery image src');
    assert.ok(img.naturalWidth > 0, `the gallery image did not load: ${JSON.stringify(img)}`);
    assert.equal(img.alt, EXHIBIT.titleEn, 'the gallery image alt is the title');
    const main = await visitor.request.get(`/media/${mediaId}/main`);
    assert.equal(main.status(), 200, `GET /media/${mediaId}/main answered ${main.status()} after publishing`);
    assert.match(main.headers()['content-type'] || '', /^image\/(jpeg|png)$/, 'the stored image is re-encoded as JPEG or PNG');

    // The booth lists the published exhibit.
    await visitor.goto(boothPath);
    const listed = visitor.locator(`#booth-exhibits a[href="/exhibits/${exhibitId}"]`);
    assert.equal(await listed.count(), 1, `${boothPath} should link to /exhibits/${exhibitId} in #booth-exhibits: ${await text(visitor, 'main')}`);
    assert.equal((await listed.innerText()).trim(), EXHIBIT.titleEn, 'the booth lists the exhibit by its title');
    await clickAndWait(visitor, listed);
    assert.equal(pathOf(visitor), `/exhibits/${exhibitId}`, 'the booth link opens the exhibit');

    // A phone.
    await visitor.setViewportSize(PHONE);
    await visitor.reload();
    await loadedImage(visitor.locator('main ul.gallery img').first());
    await assertNoHorizontalOverflow(visitor, PHONE.width, 'en (visitor)');
    await visitor.screenshot({ path: resultPath('exhibit-375.png'), fullPage: true });
  });

  const zh = await open('zh-CN');
  await journey('exhibits-visitor-zh', zh, app, async () => {
    const res = await zh.goto(`/exhibits/${exhibitId}`);
    assert.equal(res.status(), 200, `GET /exhibits/${exhibitId} answered ${res.status()} (zh-CN)`);
    assert.equal((await htmlAttrs(zh)).lang, 'zh-CN', 'a zh-CN browser gets the Chinese page');
    assert.equal(await text(zh, '#exhibit-title'), EXHIBIT.titleZh, 'a Chinese visitor sees the Chinese title');
    assert.equal(await zh.locator('#untranslated').count(), 0, 'a Chinese title exists: no #untranslated note');
    assert.equal(await text(zh, '#exhibit-exhibitor'), ORG.zh, 'a Chinese visitor sees the Chinese legal name');
  });

  const ar = await open('ar', PHONE);
  await journey('exhibits-visitor-ar', ar, app, async () => {
    const res = await ar.goto(`/exhibits/${exhibitId}`);
    assert.equal(res.status(), 200, `GET /exhibits/${exhibitId} answered ${res.status()} (ar)`);
    assert.deepEqual(await htmlAttrs(ar), { lang: 'ar', dir: 'rtl' }, 'an Arabic browser gets the right-to-left page');
    assert.equal(await text(ar, '#exhibit-title'), EXHIBIT.titleEn, 'without Arabic text the source (English) title is shown');
    assert.ok(await ar.locator('#untranslated').isVisible(), 'an Arabic visitor should be told that the exhibit is not translated (#untranslated)');
    await loadedImage(ar.locator('main ul.gallery img').first());
    await assertNoHorizontalOverflow(ar, PHONE.width, 'ar (visitor)');
  });
});
