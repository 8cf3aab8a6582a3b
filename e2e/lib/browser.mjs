// The system Chromium driven by playwright-core. No browser is ever downloaded.

import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One headless Chromium per test file; every test takes fresh contexts from it. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    timeout: 60_000,
  });
}

/**
 * A fresh context (own cookies, storage) with the app as base URL.
 * Default timeouts are short so that a missing element fails fast with a
 * readable message instead of hanging the suite.
 */
export async function newPage(browser, app, { locale = 'zh-CN', viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ baseURL: app.baseURL, locale, viewport });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(20_000);
  const page = await context.newPage();
  return { context, page };
}

export function resultPath(name) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, name);
}

/**
 * Runs a journey and, when it fails, saves a full-page screenshot and adds the
 * page URL and the server log tail to the error so that the report is readable.
 */
export async function journey(name, page, app, fn) {
  try {
    await fn();
  } catch (err) {
    let url = '(unknown)';
    try { url = page.url(); } catch { /* page closed */ }
    const shot = resultPath(`${name}-failure.png`);
    try { await page.screenshot({ path: shot, fullPage: true }); } catch { /* page closed */ }
    err.message += `\n  page: ${url}\n  screenshot: ${shot}\n  server log tail:\n${app.logTail(15).replace(/^/gm, '    ')}`;
    throw err;
  }
}

/** Path (with query) of the page now shown, relative to the app. */
export function pathOf(page) {
  const u = new URL(page.url());
  return u.pathname + u.search;
}

/**
 * Submits the form inside <main> (not the header's language or logout form)
 * and resolves with the final response of the navigation it causes.
 */
export async function submitMainForm(page, formSelector = 'main form') {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator(`${formSelector} button[type="submit"]`).first().click(),
  ]);
  return response;
}

/** Picks a language in the header menu; /static/app.js submits it on change. */
export async function chooseLanguage(page, lang) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.selectOption('#lang-select', lang),
  ]);
  return response;
}

export async function logOut(page) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator('form[action="/logout"] button[type="submit"]').click(),
  ]);
  return response;
}

export async function htmlAttrs(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
  }));
}
