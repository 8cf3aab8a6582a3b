// Journey 9: a fair that reviews exhibits before they go live, across three
// browsers: an exhibitor (a newly registered account), the demo organizer
// (the fair's administrator and reviewer) and an anonymous visitor. After the
// first page every step is reached by clicking.
//
//   1. The exhibitor becomes a verified exhibitor with a booth of a fair that
//      reviews exhibits (test 06 in short).
//   2. The exhibitor creates an exhibit and publishes it: it is sent to review
//      and says so ("Waiting for review"), visitors get 404.
//   3. The reviewer opens it from the account page's "Exhibits waiting for
//      review"; rejecting needs a note; approves: visitors see it.
//   4. The exhibitor edits the live exhibit (title and price): the edit waits
//      as a new version, visitors still see the approved one. The reviewer
//      sees what changed (prices as prices) and rejects it with a note; the
//      exhibitor reads the note, edits again; the reviewer approves; visitors
//      see the new title.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../lib/app.mjs';
import { journey, launchBrowser, newPage, pathOf, submitMainForm } from '../lib/browser.mjs';
import { pngFile } from '../lib/files.mjs';
import { errorsText, registerConfirmAndLogIn, submitLogin } from '../lib/flows.mjs';
import {
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
const ORG = { zh: '厦门云展审核测试有限公司', en: 'Xiamen Yunzhan Review Test Co., Ltd.' };
const FAIR_EN = 'Yunzhan Reviewed Fair';
const TITLE = 'Rattan lounge chair';
const TITLE_2 = 'Rattan lounge chair, weatherproof';
const TITLE_3 = 'Rattan lounge chair (outdoor)';
const REASON = 'Say which standard makes it weatherproof, or drop the claim.';
const DESKTOP = { width: 1280, height: 800 };

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

async function open(locale) {
  const p = await newPage(browser, app, { locale, viewport: DESKTOP });
  contexts.push(p.context);
  return p.page;
}

/** As the owner: /account → the organisation → its exhibits. */
async function toExhibits(page, orgId) {
  await fromAccount(page, `/org/${orgId}/exhibits`, 'my exhibits');
  assert.equal(pathOf(page), `/org/${orgId}/exhibits`);
}

/** The list row of an exhibit: "<title> — <status>". */
async function listRow(page, orgId, id) {
  return text(page, `main li:has(a[href="/org/${orgId}/exhibits/${id}"])`);
}

/** On the editor: changes the English title (and the highest price) and saves. */
async function saveEdit(page, orgId, id, { title, priceMax }) {
  await page.fill('#title_en', title);
  if (priceMax) await page.fill('#price_max', priceMax);
  const res = await submitMainForm(page, `main form[action="/org/${orgId}/exhibits/${id}"]`);
  assert.equal(res.status(), 200, `saving the edit answered HTTP ${res.status()}; errors: ${await errorsText(page)}`);
  assert.match(await text(page, '#notice'), /go live once the fair's reviewers approve/, `the edit of a live exhibit waits for review; errors: ${await errorsText(page)}`);
  assert.match(await text(page, '#review-state'), /wait for review/, '#review-state says that the changes wait');
}

/**
 * As the reviewer: /account → "Exhibits waiting for review" of `slug` → the
 * exhibit, listed under its live title, shown in the version under review.
 */
async function openExhibitReview(page, slug, listed, title = listed) {
  await fromAccount(page, `/manage/fairs/${slug}/exhibits`, `the exhibit review queue of ${slug}`);
  const link = page.locator('#exhibit-queue a', { hasText: listed });
  assert.equal(await link.count(), 1, `the queue should list ${JSON.stringify(listed)}: ${await text(page, 'main')}`);
  await clickAndWait(page, link);
  assert.equal(await text(page, '#exhibit-title'), title, 'the review page shows the version under review');
}

async function decide(page, decision, reason = '') {
  if (reason) await page.fill('#reason', reason);
  const res = await clickAndWait(page, page.locator(`#review-form button[name="decision"][value="${decision}"]`));
  return res;
}

test('exhibit review: publish sends to review → reviewer approves → an edit of the live exhibit waits → rejected with a note → edited again → approved', async () => {
  const ex = await open('en');
  const org = await open('en');
  const visitor = await open('en');
  const email = `review.${Date.now()}.${process.pid}@example.test`;
  const slug = `e2e-rv-${Date.now().toString(36)}`;
  const hall = '5';
  let orgId;
  let id;

  // ---- 1. a verified exhibitor with a booth of a reviewing fair -------------------------
  await journey('review-exhibitor', ex, app, async () => {
    await registerConfirmAndLogIn(ex, { email, password: 'Cane-Meadow-5521', displayName: 'E2E Review' });
    await fromAccount(ex, '/org/new', 'registering an organisation');
    await fillOrganisation(ex, { ...ORG, uscc: USCC, email });
    orgId = await submitOrganisation(ex);
    await uploadLicence(ex, orgId, pngFile('licence.png'));
  });
  await journey('review-organizer', org, app, async () => {
    const o = organizerAccount(app);
    await submitLogin(org, o.email, o.password);
    await createFair(org, { slug, nameZh: '云展审核测试展', nameEn: FAIR_EN, hall, rows: 1, cols: 2, review: true });
  });
  await journey('review-exhibitor', ex, app, async () => {
    await requestBooth(ex, { slug, fairName: FAIR_EN, hall, code: `${hall}.1A1`, orgName: ORG.en });
  });
  await journey('review-organizer', org, app, async () => {
    await openApplication(org, { slug, orgId, uscc: USCC });
    await approveApplication(org);
    await approveBooth(org, { slug, code: `${hall}.1A1`, orgName: ORG.en });
  });

  // ---- 2. publishing sends the exhibit to review -----------------------------------------
  await journey('review-exhibitor', ex, app, async () => {
    await toExhibits(ex, orgId);
    await ex.selectOption('#source_lang', 'en');
    await ex.fill('#title_en', TITLE);
    await ex.fill('#hs_code', '9401.59');
    await ex.fill('#price_min', '40');
    await ex.fill('#price_max', '52.5');
    await ex.fill('#currency', 'USD');
    const created = await submitMainForm(ex, `main form[action="/org/${orgId}/exhibits"]`);
    const m = pathOf(ex).match(new RegExp(`^/org/${orgId}/exhibits/([^/?]+)$`));
    assert.ok(m, `a valid exhibit should land on its editor, got ${pathOf(ex)} (HTTP ${created.status()}); errors: ${await errorsText(ex)}`);
    id = m[1];
    const res = await clickAndWait(ex, ex.locator(`main form[action="/org/${orgId}/exhibits/${id}/publish"] button[type="submit"]`));
    assert.equal(res.status(), 200, `publishing answered HTTP ${res.status()}; errors: ${await errorsText(ex)}`);
    assert.equal(await text(ex, '#notice'), 'The exhibit was sent for review; it goes live once approved.', 'a reviewing fair: publishing sends to review');
    assert.equal(await text(ex, '#exhibit-status'), 'Waiting for review', 'an exhibit that no fair shows yet does not claim to be published');
    assert.match(await text(ex, `#fair-review-${slug}`), new RegExp(`^${FAIR_EN} Waiting for review`), 'the fair\'s review of the live version waits');
    await clickAndWait(ex, ex.locator(`main nav.breadcrumb a[href="/org/${orgId}/exhibits"]`));
    assert.equal(await listRow(ex, orgId, id), `${TITLE} — Waiting for review`, 'the list says the same');
  });
  await journey('review-visitor', visitor, app, async () => {
    const res = await visitor.goto(`/exhibits/${id}`);
    assert.equal(res.status(), 404, `an exhibit waiting for review is not public, got HTTP ${res.status()}`);
  });

  // ---- 3. the reviewer approves ----------------------------------------------------------
  await journey('review-organizer', org, app, async () => {
    await openExhibitReview(org, slug, TITLE);
    assert.equal(await org.locator('#review-changes').count(), 0, 'a new product has no "what changed" table');
    const noReason = await decide(org, 'reject');
    assert.equal(noReason.status(), 422, `rejecting without a note should answer HTTP 422, got ${noReason.status()}`);
    assert.match(await errorsText(org), /Give a reason when you reject/, 'rejecting without a note says that a note is needed');
    const ok = await decide(org, 'approve');
    assert.equal(ok.status(), 200, `approving answered HTTP ${ok.status()}; errors: ${await errorsText(org)}`);
    assert.equal(await text(org, '#notice'), 'The exhibit was approved and is live.', 'the approval notice');
    assert.equal(await org.locator('#exhibit-queue a', { hasText: TITLE }).count(), 0, 'a decided exhibit leaves the queue');
  });
  await journey('review-visitor', visitor, app, async () => {
    const res = await visitor.goto(`/exhibits/${id}`);
    assert.equal(res.status(), 200, `an approved exhibit is public, got HTTP ${res.status()}`);
    assert.equal(await text(visitor, '#exhibit-title'), TITLE);
    assert.equal(await text(visitor, '#exhibit-price'), '40.00 USD – 52.50 USD');
  });

  // ---- 4. an edit of the live exhibit waits; rejected; edited again; approved ------------
  await journey('review-exhibitor', ex, app, async () => {
    await toExhibits(ex, orgId);
    assert.equal(await listRow(ex, orgId, id), `${TITLE} — Published`, 'an approved exhibit is published');
    await clickAndWait(ex, ex.locator(`main a[href="/org/${orgId}/exhibits/${id}"]`));
    await saveEdit(ex, orgId, id, { title: TITLE_2, priceMax: '55' });
    assert.equal(await text(ex, '#exhibit-status'), 'Published', 'the approved version stays published');
    await clickAndWait(ex, ex.locator(`main nav.breadcrumb a[href="/org/${orgId}/exhibits"]`));
    assert.equal(await listRow(ex, orgId, id), `${TITLE} — Published · changes waiting for review`, 'the list shows that changes wait');
  });
  await journey('review-visitor', visitor, app, async () => {
    await visitor.goto(`/exhibits/${id}`);
    assert.equal(await text(visitor, '#exhibit-title'), TITLE, 'visitors see the approved version while the edit waits');
  });
  await journey('review-organizer', org, app, async () => {
    await openExhibitReview(org, slug, TITLE, TITLE_2);
    assert.match(await text(org, 'main article'), /Changes to a live product/, 'the review page says that this is an edit');
    const changes = await org.$$eval('#review-changes tbody tr', (rows) =>
      rows.map((r) => [...r.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim())),
    );
    assert.ok(changes.some((r) => r[1] === `[en] ${TITLE}` && r[2] === `[en] ${TITLE_2}`), `#review-changes should show the title before and after: ${JSON.stringify(changes)}`);
    assert.ok(
      changes.some((r) => r[1] === '40.00 USD – 52.50 USD' && r[2] === '40.00 USD – 55.00 USD'),
      `#review-changes should show the prices as prices: ${JSON.stringify(changes)}`,
    );
    const rejected = await decide(org, 'reject', REASON);
    assert.equal(rejected.status(), 200, `rejecting answered HTTP ${rejected.status()}; errors: ${await errorsText(org)}`);
    assert.equal(await text(org, '#notice'), 'The exhibit was returned to the exhibitor with your note.');
  });
  await journey('review-exhibitor', ex, app, async () => {
    await toExhibits(ex, orgId);
    await clickAndWait(ex, ex.locator(`main a[href="/org/${orgId}/exhibits/${id}"]`));
    assert.match(await text(ex, '#review-state'), /were rejected/, '#review-state says that the changes were rejected');
    assert.ok((await text(ex, `#fair-review-${slug}`)).includes(REASON), `the fair's row shows the reviewer's note: ${await text(ex, '#fair-reviews')}`);
    assert.equal(await ex.inputValue('#title_en'), TITLE_2, 'the form shows the rejected changes to work on');
    await saveEdit(ex, orgId, id, { title: TITLE_3 });
  });
  await journey('review-organizer', org, app, async () => {
    await openExhibitReview(org, slug, TITLE, TITLE_3);
    const ok = await decide(org, 'approve');
    assert.equal(ok.status(), 200, `approving answered HTTP ${ok.status()}; errors: ${await errorsText(org)}`);
  });
  await journey('review-visitor', visitor, app, async () => {
    await visitor.goto(`/exhibits/${id}`);
    assert.equal(await text(visitor, '#exhibit-title'), TITLE_3, 'once approved, visitors see the new version');
    assert.equal(await text(visitor, '#exhibit-price'), '40.00 USD – 55.00 USD', 'with the price of the version approved');
  });
});
