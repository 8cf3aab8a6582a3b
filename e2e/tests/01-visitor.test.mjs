// Journey 1: a visitor registers, confirms the address from the demo mailbox,
// logs in, sees the account, switches to English and logs out.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../lib/app.mjs';
import { chooseLanguage, htmlAttrs, journey, launchBrowser, logOut, newPage, pathOf, submitMainForm } from '../lib/browser.mjs';
import { errorsText, findMailLink } from '../lib/flows.mjs';

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

test('visitor: register → confirm by mail → log in → account → English → log out', async () => {
  const { context, page } = await newPage(browser, app, { locale: 'zh-CN' });
  const email = `visitor.${Date.now()}.${process.pid}@example.test`;
  const password = 'Blue-Harbour-7361';

  await journey('visitor', page, app, async () => {
    // The Accept-Language of a zh-CN browser picks Chinese.
    await page.goto('/');
    assert.equal((await htmlAttrs(page)).lang, 'zh-CN', 'a zh-CN browser should get <html lang="zh-CN">');

    // Register.
    await page.goto('/register');
    await page.fill('#email', email);
    await page.fill('#display_name', 'E2E Visitor');
    await page.fill('#password', password);
    await page.fill('#password_confirm', password);
    const reg = await submitMainForm(page);
    assert.ok(reg.status() < 400, `registration answered HTTP ${reg.status()} at ${pathOf(page)}; errors: ${await errorsText(page)}`);
    const message = page.locator('#message-text');
    assert.equal(await message.count(), 1, `registration did not show #message-text (at ${pathOf(page)}; errors: ${await errorsText(page)})`);
    const messageText = await message.textContent();
    assert.ok(messageText.includes(email), `#message-text should mention ${email}, got ${JSON.stringify(messageText)}`);

    // The confirmation mail arrives through the outbox dispatcher.
    const link = await findMailLink(page, email, '/confirm-email/');
    const confirmUrl = new URL(link, app.baseURL);
    assert.equal(confirmUrl.origin, app.baseURL, `the confirmation link points to another origin: ${link}`);
    const confirmed = await page.goto(link);
    assert.equal(confirmed.status(), 200, `GET ${confirmUrl.pathname} answered ${confirmed.status()}`);
    const toLogin = page.locator('main a[href="/login"], main a[href^="/login?"]');
    assert.ok((await toLogin.count()) >= 1, `the confirmation page has no link to /login: ${await page.locator('main').innerHTML()}`);
    await Promise.all([page.waitForNavigation(), toLogin.first().click()]);
    assert.equal(new URL(page.url()).pathname, '/login', `the link on the confirmation page went to ${pathOf(page)}`);

    // Log in: a plain user lands on the home page.
    await page.fill('#email', email);
    await page.fill('#password', password);
    const login = await submitMainForm(page);
    assert.equal(new URL(page.url()).pathname, '/', `after login expected /, got ${pathOf(page)} (HTTP ${login.status()}); errors: ${await errorsText(page)}`);
    assert.equal(await page.locator('header a[href="/account"]').count(), 1, 'signed in, the header should link to /account');

    // The account page shows the address.
    const acct = await page.goto('/account');
    assert.equal(acct.status(), 200, `GET /account answered ${acct.status()}`);
    assert.equal((await page.locator('#account-email').textContent()).trim(), email, '#account-email should show the registered address');

    // Switch to English with the header's language menu (auto-submitted by /static/app.js).
    await chooseLanguage(page, 'en');
    const attrs = await htmlAttrs(page);
    assert.equal(attrs.lang, 'en', `after choosing English, <html lang> is ${attrs.lang}`);
    assert.equal(attrs.dir, 'ltr', `English should be dir="ltr", got ${attrs.dir}`);
    assert.equal(new URL(page.url()).pathname, '/account', `switching language should stay on /account, went to ${pathOf(page)}`);
    const navAccount = (await page.locator('header a[href="/account"]').innerText()).trim();
    assert.match(navAccount, /^My account/, `the nav link to /account should read "My account", got ${JSON.stringify(navAccount)}`);
    assert.equal(await page.locator('#lang-select').inputValue(), 'en', 'the language menu should now show English as selected');

    // Log out: the "Log in" link is back, the account link gone.
    await logOut(page);
    const loginLink = page.locator('header a[href="/login"]');
    assert.equal(await loginLink.count(), 1, `after logout the header has no /login link (at ${pathOf(page)})`);
    assert.equal((await loginLink.innerText()).trim(), 'Log in', 'the header login link should read "Log in" in English');
    assert.equal(await page.locator('header a[href="/account"]').count(), 0, 'after logout the header still links to /account');
    assert.equal(await page.locator('form[action="/logout"]').count(), 0, 'after logout the logout form is still shown');
    const again = await page.goto('/account');
    assert.equal(new URL(page.url()).pathname, '/login', `after logout /account should send to /login, got ${pathOf(page)} (HTTP ${again.status()})`);
  });

  await context.close();
});
