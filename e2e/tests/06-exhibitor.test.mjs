// Journey 6: exhibitor onboarding and booth booking, across three browsers:
// an exhibitor (a newly registered account), the demo organizer and an
// anonymous visitor. Every step after the first page is reached by clicking.
//
//   1. The exhibitor registers an organisation from the account page (a bad
//      USCC first) and uploads the licence (a PNG). The organizer creates a
//      fair that opens in ten days with a hall of 2×4 booths. The exhibitor
//      requests booth <hall>.1A1: that is the organisation's application to
//      the fair, and its profile is frozen while it waits. The fair's
//      reviewer rejects it with a note (a reason is required); the exhibitor
//      reads the note, uploads a new licence (a PDF) and applies again; the
//      reviewer approves: a verified exhibitor of that fair (also at 375 px).
//   2. The organizer confirms the booth; a visitor sees it booked by the
//      verified exhibitor.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../lib/app.mjs';
import { journey, launchBrowser, newPage, pathOf, resultPath, submitMainForm } from '../lib/browser.mjs';
import { assertNoHorizontalOverflow } from '../lib/checks.mjs';
import { pdfFile, pngFile } from '../lib/files.mjs';
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

const GOOD_USCC = '91350100M000100Y43';
const BAD_USCC = '91350100M000100Y44'; // wrong check character
const ORG = {
  zh: '厦门云展测试贸易有限公司',
  en: 'Xiamen Yunzhan E2E Trading Co., Ltd.',
};
const FAIR = { zh: '云展端到端测试展', en: 'Yunzhan E2E Fair' };
const REASON = 'The licence scan is unreadable: please upload a sharper copy.';
const DESKTOP = { width: 1280, height: 800 };
const HALL = '9';
const CODE = `${HALL}.1A1`;

let app;
let browser;
/** Shared by the two tests: the exhibitor's and the organizer's signed-in pages. */
let exhibitor;
let organizer;
/** Set by the first test once the organisation is a verified exhibitor of the fair. */
let verified = null;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await exhibitor?.context.close();
  await organizer?.context.close();
  await browser?.close();
  await app?.stop();
});

test('exhibitor onboarding: bad USCC refused → organisation → licence → booth request applies to the fair → rejected with a note → new licence → applies again → verified exhibitor of that fair', async () => {
  exhibitor = await newPage(browser, app, { locale: 'en', viewport: DESKTOP });
  organizer = await newPage(browser, app, { locale: 'en', viewport: DESKTOP });
  const ex = exhibitor.page;
  const org = organizer.page;
  const email = `exhibitor.${Date.now()}.${process.pid}@example.test`;
  const slug = `e2e-${Date.now().toString(36)}`;
  const boothPath = `/fairs/${slug}/booths/${CODE}`;
  const visitor = await newPage(browser, app, { locale: 'en', viewport: DESKTOP });

  const asExhibitor = (fn) => journey('onboarding-exhibitor', ex, app, fn);
  const asOrganizer = (fn) => journey('onboarding-organizer', org, app, fn);
  let id;

  await asExhibitor(async () => {
    await registerConfirmAndLogIn(ex, { email, password: 'Jade-Lantern-4829', displayName: 'E2E Exhibitor' });

    // From the account page to the organisation form, first with a USCC whose check character is wrong.
    await fromAccount(ex, '/org/new', 'registering an organisation');
    await fillOrganisation(ex, { ...ORG, uscc: BAD_USCC, email });
    const bad = await submitMainForm(ex, 'main form[action="/org"]');
    assert.equal(bad.status(), 422, `a bad USCC should answer HTTP 422, got ${bad.status()} at ${pathOf(ex)}`);
    assert.ok(await ex.locator('#form-errors').isVisible(), `a bad USCC should show the #form-errors alert (at ${pathOf(ex)})`);
    assert.equal(await ex.locator('#form-errors').getAttribute('role'), 'alert', '#form-errors should have role="alert"');
    assert.match(await errorsText(ex), /check character/, 'the error should say that the check character is wrong');
    assert.equal(await ex.inputValue('#legal_name_en'), ORG.en, 'the form should keep what was typed after an error');
    assert.equal(await ex.inputValue('#uscc'), BAD_USCC, 'the form should show the refused USCC again for correction');

    // The valid code: an organisation that has applied nowhere yet.
    await ex.fill('#uscc', GOOD_USCC);
    id = await submitOrganisation(ex);
    assert.equal(await text(ex, 'main h1'), `${ORG.zh} ${ORG.en}`, 'the organisation page <h1> shows both legal names');
    assert.match(await text(ex, '#applications'), /Upload the business licence before requesting a booth/, 'without a licence the page says what comes first');
    assert.equal(await ex.locator('#applications table').count(), 0, 'a new organisation has no applications');

    // The account page now lists the organisation.
    await ex.goto('/');
    await fromAccount(ex, `/org/${id}`, 'my organisation');
    await uploadLicence(ex, id, pngFile('licence.png'));
    assert.equal(await ex.locator(`main a[href="/org/${id}/licence"]`).count(), 1, 'after the upload the page links to the licence');
    const served = await ex.request.get(`/org/${id}/licence`);
    assert.equal(served.status(), 200, `GET /org/${id}/licence answered ${served.status()}`);
    // Images are re-encoded to drop their metadata, so only the kind must survive.
    assert.match(served.headers()['content-type'] || '', /^image\/(jpeg|png|webp)$/, 'the stored licence is served as an image');
    assert.match(await text(ex, '#applications'), /Requesting a booth applies to exhibit at that fair/, 'with a licence the page explains how to apply');
  });

  await asOrganizer(async () => {
    const o = organizerAccount(app);
    await submitLogin(org, o.email, o.password);
    assert.equal(pathOf(org), '/', `the organizer's login should land on /, got ${pathOf(org)}; errors: ${await errorsText(org)}`);
    await createFair(org, { slug, nameZh: FAIR.zh, nameEn: FAIR.en, hall: HALL, rows: 2, cols: 4 });
    assert.match(await text(org, `main a[href="/fairs/${slug}/halls/${HALL}"]`), /Furniture/, 'the new hall should be listed on the management page');
  });

  await journey('onboarding-visitor', visitor.page, app, async () => {
    const v = visitor.page;
    await v.goto(`/fairs/${slug}`);
    assert.equal(await text(v, '#fair-phase'), 'Before the show', `/fairs/${slug} should be before its show (registration open, opening in 10 days)`);
    await clickAndWait(v, v.locator(`main a[href="/fairs/${slug}/halls/${HALL}"]`).first());
    const booths = await v.$$eval('main figure.hall-plan svg a', (as) => as.map((a) => a.getAttribute('href')));
    assert.equal(booths.length, 8, `a 2×4 hall should draw 8 booth links, got ${JSON.stringify(booths)}`);
    assert.ok(booths.includes(boothPath), `the plan should contain ${boothPath}: ${JSON.stringify(booths)}`);
  });

  await asExhibitor(async () => {
    // Requesting the booth applies to the fair; the profile is frozen while the application waits.
    await requestBooth(ex, { slug, fairName: FAIR.en, hall: HALL, code: CODE, orgName: ORG.en });
    await ex.goto(`/fairs/${slug}/halls/${HALL}`);
    const cls = await ex.locator(`main figure.hall-plan svg a[href="${boothPath}"] rect.booth`).getAttribute('class');
    assert.match(cls, /\brequested\b/, `the plan should draw ${CODE} as requested, its <rect> class is ${JSON.stringify(cls)}`);
    assert.equal(await applicationStatus(ex, id, slug), 'Waiting for review', `the application to ${slug} waits`);
    assert.equal(await text(ex, `#applications a[href="/fairs/${slug}"]`), FAIR.en, 'the application names the fair');
    assert.ok(await ex.locator('#org-frozen').isVisible(), 'while an application waits the profile says it is frozen (#org-frozen)');
    assert.equal(await ex.locator('#licence').count(), 0, 'while an application waits no new licence can be uploaded');
  });

  await asOrganizer(async () => {
    // The booth cannot be confirmed yet: the organisation is not verified for this fair.
    await fromAccount(org, `/manage/fairs/${slug}`, `managing ${slug}`);
    await clickAndWait(org, org.locator(`main a[href="/manage/fairs/${slug}/booths"]`));
    const row = org.locator('main table tbody tr', { hasText: CODE });
    assert.match(await text(org, 'main table tbody'), /Not yet verified/, 'the booth request of an unverified organisation says so');
    assert.equal(await row.locator(`a[href="/manage/fairs/${slug}/review/${id}"]`).count(), 1, 'the request row links to the application');

    // Rejecting needs a reason.
    await openApplication(org, { slug, orgId: id, uscc: GOOD_USCC });
    const noReason = await clickAndWait(org, org.locator('main button[name="decision"][value="reject"]'));
    assert.equal(noReason.status(), 422, `rejecting without a reason should answer HTTP 422, got ${noReason.status()} at ${pathOf(org)}`);
    assert.match(await errorsText(org), /Give a reason when you reject/, 'rejecting without a reason should say that a reason is needed');

    await org.fill('#reason', REASON);
    const rejected = await clickAndWait(org, org.locator('main button[name="decision"][value="reject"]'));
    assert.equal(rejected.status(), 200, `rejecting answered HTTP ${rejected.status()}; errors: ${await errorsText(org)}`);
    assert.equal(await text(org, '#notice'), 'The organisation was sent back with your note.', 'the rejection notice');
    assert.equal(await org.locator(`main a[href="/manage/fairs/${slug}/review/${id}"]`).count(), 0, 'a rejected application should leave the review queue');
  });

  await asExhibitor(async () => {
    // The exhibitor reads the note, uploads a new licence (a PDF) and applies again.
    assert.equal(await applicationStatus(ex, id, slug), 'Rejected', 'after the rejection');
    const note = await text(ex, '#applications [role="alert"]');
    assert.ok(note.includes(REASON), `the application should show the reviewer's note ${JSON.stringify(REASON)}, got ${JSON.stringify(note)}`);
    await uploadLicence(ex, id, pdfFile('licence.pdf'));
    const served = await ex.request.get(`/org/${id}/licence`);
    assert.match(served.headers()['content-type'] || '', /^application\/pdf$/, 'the new licence is served as a PDF');
    const again = ex.locator(`main form[action="/org/${id}/applications/${slug}"] button[type="submit"]`);
    assert.equal(await again.count(), 1, 'a rejected application offers to apply again');
    const res = await clickAndWait(ex, again);
    assert.equal(res.status(), 200, `applying again answered HTTP ${res.status()}; errors: ${await errorsText(ex)}`);
    assert.match(await text(ex, '#notice'), /^Submitted\./, 'applying again should be confirmed in #notice');
    assert.equal(await text(ex, `#application-${slug}`), 'Waiting for review', 'the application waits again');
  });

  await asOrganizer(async () => {
    await openApplication(org, { slug, orgId: id, uscc: GOOD_USCC });
    await approveApplication(org);
  });

  await asExhibitor(async () => {
    assert.equal(await applicationStatus(ex, id, slug), 'Verified exhibitor', 'after the approval the organisation is a verified exhibitor of the fair');
    assert.equal(await ex.locator('#applications [role="alert"]').count(), 0, 'the old rejection note should be gone once verified');
    assert.equal(await ex.locator('#org-frozen').count(), 0, 'no application waits: the profile may change again');

    // The organisation page fits a phone.
    await ex.setViewportSize({ width: 375, height: 812 });
    await ex.reload();
    await assertNoHorizontalOverflow(ex, 375, 'en (exhibitor)');
    await ex.screenshot({ path: resultPath('org-375.png'), fullPage: true });
    await ex.setViewportSize(DESKTOP);
  });
  await visitor.context.close();
  verified = { id, slug, boothPath };
});

test('booth booking: the organizer confirms the verified exhibitor\'s booth → a visitor sees it booked', async () => {
  assert.ok(verified && exhibitor && organizer, 'this journey needs the verified organisation of the onboarding test, which did not finish');
  const { slug, boothPath } = verified;
  const org = organizer.page;
  const visitor = await newPage(browser, app, { locale: 'en', viewport: DESKTOP });

  await journey('booking-organizer', org, app, async () => {
    await approveBooth(org, { slug, code: CODE, orgName: ORG.en });
  });

  await journey('booking-visitor', visitor.page, app, async () => {
    const v = visitor.page;
    await v.goto(`/fairs/${slug}`);
    await clickAndWait(v, v.locator(`main a[href="/fairs/${slug}/halls/${HALL}"]`).first());
    await clickAndWait(v, v.locator(`main figure.hall-plan svg a[href="${boothPath}"]`));
    assert.equal(await text(v, '#booth-status'), 'Booked', `${boothPath} after the approval`);
    const exhibitorText = await text(v, '#booth-exhibitor');
    assert.ok(exhibitorText.includes(ORG.en), `#booth-exhibitor should name ${ORG.en}, got ${JSON.stringify(exhibitorText)}`);
    assert.match(exhibitorText, /Verified exhibitor/, `#booth-exhibitor should carry "Verified exhibitor", got ${JSON.stringify(exhibitorText)}`);
    assert.equal(await v.locator('main form button[type="submit"]').count(), 0, 'an anonymous visitor should be offered no booth request');
    await v.goto(`/fairs/${slug}/halls/${HALL}`);
    const cls = await v.locator(`main figure.hall-plan svg a[href="${boothPath}"] rect.booth`).getAttribute('class');
    assert.match(cls, /\bbooked\b/, `the plan should draw ${CODE} as booked, its <rect> class is ${JSON.stringify(cls)}`);
  });
  await visitor.context.close();
});
