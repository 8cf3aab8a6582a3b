// Journey 2: administrators enrol a TOTP second factor on first login, use it
// on later logins, and only reach the admin pages of their own role.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../lib/app.mjs';
import { journey, launchBrowser, logOut, newPage, pathOf, submitMainForm } from '../lib/browser.mjs';
import { enrolTotp, errorsText, submitLogin } from '../lib/flows.mjs';
import { stepAt, totp, wrongCode } from '../lib/totp.mjs';

// A refused code re-renders the form with its errors. Commit 7b655f3 changed
// this status from 401 to 422 (like every other form with errors); the
// integration suite (crates/yunzhan/tests/it/admin.rs) asserts 422 too.
const REFUSED_CODE_STATUS = 422;

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

test('system admin: enrol TOTP → /admin → accounts; /admin/audit is 403; wrong code refused; next-step code → /admin; replay refused', async () => {
  const sys = app.account('system_admin');
  const { context, page } = await newPage(browser, app, { locale: 'en' });

  await journey('admin-system', page, app, async () => {
    // First login: password, then enrolment.
    await submitLogin(page, sys.email, sys.password);
    assert.equal(
      new URL(page.url()).pathname,
      '/login/totp/enrol',
      `an administrator's first login should go to /login/totp/enrol, got ${pathOf(page)}; errors: ${await errorsText(page)}`,
    );
    const { secret, step: enrolStep } = await enrolTotp(page);

    // The overview links to the account administration.
    const accountsLink = page.locator('main a[href="/admin/accounts"]');
    assert.equal(await accountsLink.count(), 1, `/admin should link to /admin/accounts for the system admin; links: ${JSON.stringify(await mainLinks(page))}`);
    assert.equal(await page.locator('header a[href="/admin"]').count(), 1, 'an administrator should see the /admin link in the nav');
    await Promise.all([page.waitForNavigation(), accountsLink.click()]);
    assert.equal(new URL(page.url()).pathname, '/admin/accounts', `the accounts link went to ${pathOf(page)}`);
    const tableText = await page.locator('main table tbody').innerText();
    for (const a of app.accounts) {
      assert.ok(tableText.includes(a.email), `the accounts table should list the demo account ${a.email}; table text: ${JSON.stringify(tableText.slice(0, 400))}`);
    }

    // The system admin does not see the audit log (separation of duties).
    const audit = await page.goto('/admin/audit');
    assert.equal(audit.status(), 403, `the system admin should get HTTP 403 at /admin/audit, got ${audit.status()} at ${pathOf(page)}`);

    await logOut(page);
    assert.equal(await page.locator('header a[href="/login"]').count(), 1, 'after logout the header should link to /login');

    // Second login: now the TOTP form, not the enrolment.
    await submitLogin(page, sys.email, sys.password);
    assert.equal(new URL(page.url()).pathname, '/login/totp', `a later login should ask for the TOTP code at /login/totp, got ${pathOf(page)}`);
    assert.equal(await page.locator('#totp-secret').count(), 0, 'the login TOTP page must not show the secret again');

    // A wrong code: refused, the form again, with an alert.
    await page.fill('#code', wrongCode(secret, stepAt()));
    const bad = await submitMainForm(page);
    assert.equal(bad.status(), REFUSED_CODE_STATUS, `a wrong TOTP code should answer HTTP ${REFUSED_CODE_STATUS}, got ${bad.status()} at ${pathOf(page)}`);
    assert.equal(new URL(page.url()).pathname, '/login/totp', `after a wrong code expected to stay on /login/totp, got ${pathOf(page)}`);
    assert.ok(await page.locator('#form-errors').isVisible(), 'a wrong code should show the #form-errors alert');
    assert.equal(await page.locator('#form-errors').getAttribute('role'), 'alert', '#form-errors should have role="alert"');
    assert.equal(await page.locator('#code').count(), 1, 'after a wrong code the form with #code should be shown again');

    // The code of the step after the enrolment's: the enrolment step itself
    // is spent (replay protection), one step of skew is accepted.
    const next = Math.max(enrolStep + 1, stepAt());
    await page.fill('#code', totp(secret, next));
    const good = await submitMainForm(page);
    assert.equal(
      new URL(page.url()).pathname,
      '/admin',
      `the next-step code should land on /admin, got ${pathOf(page)} (HTTP ${good.status()}); errors: ${await errorsText(page)}`,
    );
    assert.equal(await page.locator('main a[href="/admin/accounts"]').count(), 1, '/admin should again link to /admin/accounts');

    // Replay: the very same code in a new login is refused, though still in the window.
    const usedCode = totp(secret, next);
    await logOut(page);
    await submitLogin(page, sys.email, sys.password);
    assert.equal(new URL(page.url()).pathname, '/login/totp', `expected /login/totp on the third login, got ${pathOf(page)}`);
    await page.fill('#code', usedCode);
    const replay = await submitMainForm(page);
    assert.equal(replay.status(), REFUSED_CODE_STATUS, `replaying an already used TOTP code should answer HTTP ${REFUSED_CODE_STATUS}, got ${replay.status()} at ${pathOf(page)}`);
    assert.ok(await page.locator('#form-errors').isVisible(), 'a replayed code should show the #form-errors alert');
  });

  await context.close();
});

test('audit admin: enrols, sees /admin/audit', async () => {
  const aud = app.account('audit_admin');
  const { context, page } = await newPage(browser, app, { locale: 'en' });

  await journey('admin-audit', page, app, async () => {
    await submitLogin(page, aud.email, aud.password);
    assert.equal(new URL(page.url()).pathname, '/login/totp/enrol', `the audit admin's first login should go to /login/totp/enrol, got ${pathOf(page)}`);
    await enrolTotp(page);
    assert.equal(await page.locator('main a[href="/admin/audit"]').count(), 1, `/admin should link to /admin/audit for the audit admin; links: ${JSON.stringify(await mainLinks(page))}`);
    assert.equal(await page.locator('main a[href="/admin/accounts"]').count(), 0, 'the audit admin should not be offered /admin/accounts');
    const res = await page.goto('/admin/audit');
    assert.equal(res.status(), 200, `the audit admin should open /admin/audit, got HTTP ${res.status()} at ${pathOf(page)}`);
    assert.equal(new URL(page.url()).pathname, '/admin/audit', `expected to stay on /admin/audit, got ${pathOf(page)}`);
    assert.equal(await page.locator('main h1').count(), 1, '/admin/audit should have its <h1>');
    const accounts = await page.goto('/admin/accounts');
    assert.equal(accounts.status(), 403, `the audit admin should get HTTP 403 at /admin/accounts, got ${accounts.status()}`);
  });

  await context.close();
});

async function mainLinks(page) {
  return page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
}
