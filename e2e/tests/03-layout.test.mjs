// Journey 3: the public pages fit a phone (375 px) and a desktop (1440 px)
// without horizontal scrolling, left-to-right and right-to-left.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../lib/app.mjs';
import { chooseLanguage, htmlAttrs, journey, launchBrowser, newPage, resultPath } from '../lib/browser.mjs';
import { horizontalOverflow } from '../lib/checks.mjs';

const PAGES = ['/', '/login', '/register'];

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

async function assertNoOverflow(page, path, width, label) {
  const res = await page.goto(path);
  assert.equal(res.status(), 200, `GET ${path} answered ${res.status()}`);
  const o = await horizontalOverflow(page, width, 1);
  assert.ok(
    o.scrollWidth <= width,
    `${label} ${path} at ${width} px: document.documentElement.scrollWidth is ${o.scrollWidth} (> ${width}); ` +
      `elements past the edge: ${JSON.stringify(o.offenders)}`,
  );
  assert.equal(
    o.offenderCount,
    0,
    `${label} ${path} at ${width} px: ${o.offenderCount} visible element(s) extend past the viewport ` +
      `(${o.rtl ? 'rtl' : 'ltr'}, tolerance 1 px): ${JSON.stringify(o.offenders)}`,
  );
}

test('phone 375×812: /, /login, /register do not overflow in Chinese, English and Arabic', async () => {
  const { context, page } = await newPage(browser, app, { locale: 'zh-CN', viewport: { width: 375, height: 812 } });
  await journey('layout-375', page, app, async () => {
    for (const path of PAGES) await assertNoOverflow(page, path, 375, 'zh-CN');
    await page.goto('/');
    await page.screenshot({ path: resultPath('home-375.png'), fullPage: true });

    // English words are longer than Chinese ones.
    await chooseLanguage(page, 'en');
    assert.equal((await htmlAttrs(page)).lang, 'en', 'choosing English should give <html lang="en">');
    for (const path of PAGES) await assertNoOverflow(page, path, 375, 'en');

    // Arabic: right to left.
    await page.goto('/');
    await chooseLanguage(page, 'ar');
    const attrs = await htmlAttrs(page);
    assert.equal(attrs.lang, 'ar', `choosing Arabic should give <html lang="ar">, got ${attrs.lang}`);
    assert.equal(attrs.dir, 'rtl', `Arabic should be <html dir="rtl">, got ${attrs.dir}`);
    for (const path of PAGES) {
      await assertNoOverflow(page, path, 375, 'ar');
      assert.equal((await htmlAttrs(page)).dir, 'rtl', `${path} should stay dir="rtl" once Arabic is chosen`);
    }
    await page.goto('/');
    await page.screenshot({ path: resultPath('home-375-ar.png'), fullPage: true });
  });
  await context.close();
});

test('desktop 1440×900: /, /login, /register do not overflow', async () => {
  const { context, page } = await newPage(browser, app, { locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  await journey('layout-1440', page, app, async () => {
    for (const path of PAGES) await assertNoOverflow(page, path, 1440, 'zh-CN');
    await page.goto('/');
    await page.screenshot({ path: resultPath('home-1440.png'), fullPage: true });
  });
  await context.close();
});
