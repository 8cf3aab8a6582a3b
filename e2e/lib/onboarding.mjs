// Steps of exhibitor onboarding shared by journeys 06 and 07. Each step
// starts from a page a newcomer can see and clicks its way on (the account
// page, the fair list, a hall plan); no address is typed except the start.
//
// The model: an organisation registers with its USCC and uploads its business
// licence; requesting a booth on a fair is its application to exhibit there;
// that fair's reviewers approve (a verified exhibitor of that fair) or send it
// back with a note; the organizers confirm the booth once it is verified.

import assert from 'node:assert/strict';
import { pathOf, submitMainForm } from './browser.mjs';
import { errorsText } from './flows.mjs';

/** Clicks something that submits a form or follows a link; resolves with the response. */
export async function clickAndWait(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  return response;
}

/** The whitespace-collapsed inner text of the first match, or "(no <selector>)". */
export async function text(page, selector) {
  const el = page.locator(selector);
  if ((await el.count()) === 0) return `(no ${selector})`;
  return ((await el.first().innerText()) || '').replace(/\s+/g, ' ').trim();
}

/** The `datetime-local` value of `now + days` in `timeZone`. */
export function localInput(days, timeZone) {
  const at = new Date(Date.now() + days * 86_400_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Escapes text for use inside a RegExp. */
export function literal(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens /account (through the header link) and clicks the link `href` found there. */
export async function fromAccount(page, href, what) {
  if (pathOf(page) !== '/account') {
    const nav = page.locator('header a[href="/account"]');
    if ((await nav.count()) > 0) await clickAndWait(page, nav.first());
    else await page.goto('/account');
  }
  assert.equal(pathOf(page), '/account', `the header's account link went to ${pathOf(page)}`);
  const link = page.locator(`main a[href="${href}"]`);
  assert.ok(
    (await link.count()) > 0,
    `/account should link to ${href} (${what}); its links: ${JSON.stringify(
      await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href'))),
    )}`,
  );
  const res = await clickAndWait(page, link.first());
  assert.ok(res.status() < 400, `${what} (${href}) answered HTTP ${res.status()}`);
  return res;
}

/**
 * The demo organizer. demo-accounts.json names an account by the role of its
 * first grant (organizer or organizer_admin).
 */
export function organizerAccount(app) {
  const a = app.accounts.find((x) => x.role === 'organizer' || x.role === 'organizer_admin');
  assert.ok(a, `no demo organizer in ${JSON.stringify(app.accounts.map((x) => `${x.role} ${x.email}`))}`);
  return a;
}

/** Fills the organisation form on /org/new (already open). */
export async function fillOrganisation(page, { zh, en, uscc, email, contact = 'Chen Jing' }) {
  await page.fill('#legal_name_zh', zh);
  await page.fill('#legal_name_en', en);
  await page.fill('#uscc', uscc);
  await page.fill('#contact_name', contact);
  await page.fill('#contact_email', email);
  await page.fill('#industries', '94, 9403.60');
  await page.fill('#markets', 'US, DE');
  await page.fill('#languages', 'zh-CN, en');
}

/** Submits the filled organisation form and returns the new organisation's id. */
export async function submitOrganisation(page) {
  const res = await submitMainForm(page, 'main form[action="/org"]');
  const m = pathOf(page).match(/^\/org\/([^/?]+)$/);
  assert.ok(m, `a valid organisation should land on /org/<id>, got ${pathOf(page)} (HTTP ${res.status()}); errors: ${await errorsText(page)}`);
  return m[1];
}

/** Uploads a licence file on /org/<id> (opened if need be) and expects the notice. */
export async function uploadLicence(page, id, file) {
  if (pathOf(page) !== `/org/${id}`) await page.goto(`/org/${id}`);
  const input = page.locator('#licence');
  assert.equal(await input.count(), 1, `/org/${id} offers no licence upload #licence (frozen: ${await text(page, '#org-frozen')})`);
  await input.setInputFiles(file);
  const res = await clickAndWait(page, page.locator(`main form[action^="/org/${id}/licence"] button[type="submit"]`));
  assert.equal(res.status(), 200, `uploading ${file.name} answered HTTP ${res.status()} at ${pathOf(page)}; errors: ${await errorsText(page)}`);
  assert.equal(await text(page, '#notice'), 'The licence was uploaded.', `uploading ${file.name}: #notice; errors: ${await errorsText(page)}`);
}

/**
 * As a fair creator: /account → "Create a fair" → a fair whose registration
 * is open and which opens in ten days, with one hall of rows × cols booths.
 * `review` is the "review exhibits before publication" box (ticked by default).
 */
export async function createFair(page, { slug, nameZh, nameEn, hall, rows, cols, review = true }) {
  await fromAccount(page, '/manage/fairs/new', 'the new-fair form');
  const tz = await page.inputValue('#time_zone');
  assert.equal(tz, 'Asia/Shanghai', 'the new-fair form should prefill the time zone Asia/Shanghai');
  await page.fill('#slug', slug);
  await page.fill('#name_zh', nameZh);
  await page.fill('#name_en', nameEn);
  await page.check('#lang_zh');
  await page.check('#lang_en');
  const phases = { registration_opens: -1, opening: 10, show_days: 11, trade_week: 15, service_period: 22, closes: 50 };
  for (const [id, days] of Object.entries(phases)) await page.fill(`#${id}`, localInput(days, tz));
  assert.ok(await page.isChecked('#exhibit_review'), 'a new fair should review exhibits by default');
  if (!review) await page.uncheck('#exhibit_review');
  const created = await submitMainForm(page, 'main form[action="/manage/fairs"]');
  assert.equal(
    pathOf(page),
    `/manage/fairs/${slug}`,
    `creating the fair should land on /manage/fairs/${slug}, got ${pathOf(page)} (HTTP ${created.status()}); errors: ${await errorsText(page)}`,
  );
  await page.fill('#hall-code', hall);
  await page.fill('#hall-name-zh', '家具');
  await page.fill('#hall-name-en', 'Furniture');
  await page.fill('#hall-chapters', '94');
  await page.fill('#hall-rows', String(rows));
  await page.fill('#hall-cols', String(cols));
  await page.fill('#hall-premium', '0');
  const added = await submitMainForm(page, `main form[action="/manage/fairs/${slug}/halls"]`);
  assert.equal(added.status(), 200, `adding the hall answered HTTP ${added.status()}; errors: ${await errorsText(page)}`);
  assert.equal(await text(page, '#notice'), 'The hall and its booths were added.', `the hall notice; errors: ${await errorsText(page)}`);
}

/**
 * As the organisation's owner: /fairs → the fair → the hall → the booth on
 * the plan → "Request this booth for <org>". Leaves the booth page open.
 */
export async function requestBooth(page, { slug, fairName, hall, code, orgName }) {
  await page.goto('/fairs');
  const fairLink = page.locator(`main a[href="/fairs/${slug}"]`);
  assert.ok((await fairLink.count()) > 0, `/fairs should list ${fairName} (/fairs/${slug})`);
  await clickAndWait(page, fairLink.first());
  await clickAndWait(page, page.locator(`main a[href="/fairs/${slug}/halls/${hall}"]`).first());
  const boothPath = `/fairs/${slug}/booths/${code}`;
  await clickAndWait(page, page.locator(`main figure.hall-plan svg a[href="${boothPath}"]`));
  assert.equal(pathOf(page), boothPath, `the plan's booth link went to ${pathOf(page)}`);
  assert.equal(await text(page, '#booth-status'), 'Free', `${boothPath} before the request`);
  const request = page.locator('main form button[type="submit"]', { hasText: `Request this booth for ${orgName}` });
  assert.equal(
    await request.count(),
    1,
    `the owner should see "Request this booth for ${orgName}" on ${boothPath}; buttons: ${JSON.stringify(await page.locator('main button').allInnerTexts())}`,
  );
  const requested = await clickAndWait(page, request);
  assert.ok(requested.status() < 400, `requesting the booth answered HTTP ${requested.status()} at ${pathOf(page)}; errors: ${await errorsText(page)}`);
  assert.equal(pathOf(page), boothPath, `after the request the booth page should show again, got ${pathOf(page)}`);
  assert.equal(await text(page, '#booth-status'), 'Requested', `${boothPath} after the request; errors: ${await errorsText(page)}`);
}

/** As the owner: /account → the organisation; returns the status text of its application to `slug`. */
export async function applicationStatus(page, orgId, slug) {
  await fromAccount(page, `/org/${orgId}`, 'my organisation');
  return text(page, `#application-${slug}`);
}

/**
 * As a reviewer of `slug`: /account → "Exhibitor review" of that fair → the
 * organisation's row. Leaves the review page open.
 */
export async function openApplication(page, { slug, orgId, uscc }) {
  await fromAccount(page, `/manage/fairs/${slug}/review`, `the review queue of ${slug}`);
  const link = page.locator(`main a[href="/manage/fairs/${slug}/review/${orgId}"]`);
  assert.equal(await link.count(), 1, `the review queue of ${slug} should list ${orgId}; queue: ${await text(page, 'main table tbody')}`);
  assert.match(await text(page, 'main table tbody'), new RegExp(uscc), 'the queue row should show the USCC');
  await clickAndWait(page, link);
  assert.equal(pathOf(page), `/manage/fairs/${slug}/review/${orgId}`, `the queue link went to ${pathOf(page)}`);
  assert.equal(await text(page, '#review-uscc'), uscc, 'the review page #review-uscc');
  assert.equal(await text(page, '#application-status'), 'Waiting for review', 'the application waits for a decision');
  const href = await page.locator('main a[href$="/licence"]').getAttribute('href');
  assert.equal(href, `/manage/fairs/${slug}/review/${orgId}/licence`, 'the reviewer opens the licence through the fair');
  const lic = await page.request.get(href);
  assert.equal(lic.status(), 200, `the reviewer's licence link ${href} answered ${lic.status()}`);
}

/** On the open review page: approves the application. */
export async function approveApplication(page) {
  const res = await clickAndWait(page, page.locator('main button[name="decision"][value="approve"]'));
  assert.equal(res.status(), 200, `approving answered HTTP ${res.status()}; errors: ${await errorsText(page)}`);
  assert.equal(await text(page, '#notice'), 'The organisation was approved.', `the approval notice; errors: ${await errorsText(page)}`);
}

/** As the fair's organizer: /account → manage the fair → booth requests → approve `code`. */
export async function approveBooth(page, { slug, code, orgName }) {
  await fromAccount(page, `/manage/fairs/${slug}`, `managing ${slug}`);
  await clickAndWait(page, page.locator(`main a[href="/manage/fairs/${slug}/booths"]`));
  const row = page.locator('main table tbody tr', { hasText: code });
  assert.equal(await row.count(), 1, `/manage/fairs/${slug}/booths should list the request for ${code}: ${await text(page, 'main table tbody')}`);
  assert.match(await row.innerText(), new RegExp(literal(orgName)), 'the request row should name the organisation');
  assert.match(await row.innerText(), /Verified exhibitor/, 'the request row should show that the organisation is verified');
  const approved = await clickAndWait(page, row.locator('button[name="decision"][value="approve"]'));
  assert.equal(approved.status(), 200, `approving the booth answered HTTP ${approved.status()}; errors: ${await errorsText(page)}`);
  assert.equal(await text(page, '#notice'), 'The booth is booked.', `the booth approval notice; errors: ${await errorsText(page)}`);
  assert.equal(await page.locator('main table tbody tr', { hasText: code }).count(), 0, 'a decided request should leave the list');
}
