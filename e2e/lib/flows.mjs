// Steps shared by several journeys.

import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathOf, submitMainForm } from './browser.mjs';
import { stepAt, totp } from './totp.mjs';

/** Fills the /login form and submits it. Resolves with the final response. */
export async function submitLogin(page, email, password) {
  await page.goto('/login');
  await page.fill('#email', email);
  await page.fill('#password', password);
  return submitMainForm(page);
}

/**
 * Polls /dev/mail until a mail to `to` shows up and returns the href of its
 * first link whose path starts with `pathPrefix`.
 */
export async function findMailLink(page, to, pathPrefix, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let lastSeen = [];
  for (;;) {
    const res = await page.goto('/dev/mail');
    assert.equal(res.status(), 200, `GET /dev/mail answered ${res.status()}`);
    const mails = await page.$$eval('article.mail', (articles) =>
      articles.map((a) => ({
        to: (a.querySelector('.mail-to')?.textContent || '').trim(),
        links: [...a.querySelectorAll('.mail-body a')].map((l) => l.getAttribute('href')),
      })),
    );
    lastSeen = mails;
    for (const m of mails.filter((x) => x.to === to)) {
      const href = m.links.find((h) => h && new URL(h, page.url()).pathname.startsWith(pathPrefix));
      if (href) return href;
    }
    if (Date.now() > deadline) {
      assert.fail(
        `no mail to ${to} with a link to ${pathPrefix}… appeared at /dev/mail within ${timeoutMs / 1000} s; ` +
          `mails seen: ${JSON.stringify(lastSeen)}`,
      );
    }
    await sleep(500);
  }
}

/**
 * On /login/totp/enrol: reads the secret, submits the current code and
 * expects to land on /admin. Returns { secret, step } (the time step used).
 */
export async function enrolTotp(page) {
  assert.equal(new URL(page.url()).pathname, '/login/totp/enrol', `expected the TOTP enrolment page, got ${pathOf(page)}`);
  const qr = await page.locator('main svg').count();
  assert.ok(qr >= 1, 'the enrolment page shows no QR code <svg>');
  const raw = await page.locator('#totp-secret').textContent();
  const secret = (raw || '').replace(/\s+/g, '');
  assert.match(secret, /^[A-Z2-7]+=*$/i, `#totp-secret is not base32: ${JSON.stringify(raw)}`);
  assert.ok(secret.replace(/=+$/, '').length >= 16, `#totp-secret is too short for a TOTP key: ${JSON.stringify(raw)}`);
  const step = stepAt();
  await page.fill('#code', totp(secret, step));
  const res = await submitMainForm(page);
  assert.equal(
    new URL(page.url()).pathname,
    '/admin',
    `a valid enrolment code should land on /admin, got ${pathOf(page)} (HTTP ${res?.status()}); ` +
      `errors: ${await errorsText(page)}`,
  );
  return { secret, step };
}

/** The text of #form-errors, or "(none)". */
export async function errorsText(page) {
  const alert = page.locator('#form-errors');
  if ((await alert.count()) === 0) return '(none)';
  return ((await alert.textContent()) || '').replace(/\s+/g, ' ').trim();
}

/**
 * Registers a new account at /register, confirms it with the link mailed to
 * /dev/mail and logs in. Leaves the page signed in on the home page.
 */
export async function registerConfirmAndLogIn(page, { email, password, displayName }) {
  await page.goto('/register');
  await page.fill('#email', email);
  await page.fill('#display_name', displayName);
  await page.fill('#password', password);
  await page.fill('#password_confirm', password);
  const reg = await submitMainForm(page);
  assert.ok(reg.status() < 400, `registering ${email} answered HTTP ${reg.status()} at ${pathOf(page)}; errors: ${await errorsText(page)}`);
  const link = await findMailLink(page, email, '/confirm-email/');
  const confirmed = await page.goto(link);
  assert.equal(confirmed.status(), 200, `GET ${new URL(link, page.url()).pathname} answered ${confirmed.status()}`);
  const login = await submitLogin(page, email, password);
  assert.equal(
    new URL(page.url()).pathname,
    '/',
    `after confirming, logging in as ${email} should land on /, got ${pathOf(page)} (HTTP ${login.status()}); errors: ${await errorsText(page)}`,
  );
}
