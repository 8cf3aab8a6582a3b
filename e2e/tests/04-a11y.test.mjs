// Journey 4: basic accessibility of the public pages, in each language
// (the language comes from the browser's Accept-Language).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../lib/app.mjs';
import { htmlAttrs, journey, launchBrowser, newPage } from '../lib/browser.mjs';
import { accessibilityFacts, focused } from '../lib/checks.mjs';

const PAGES = ['/', '/login', '/register'];
const LANGS = [
  { locale: 'zh-CN', lang: 'zh-CN', dir: 'ltr' },
  { locale: 'en-US', lang: 'en', dir: 'ltr' },
  { locale: 'ar', lang: 'ar', dir: 'rtl' },
];

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

for (const { locale, lang, dir } of LANGS) {
  test(`accessibility basics of ${PAGES.join(', ')} (browser locale ${locale})`, async () => {
    const { context, page } = await newPage(browser, app, { locale });
    await journey(`a11y-${lang}`, page, app, async () => {
      for (const path of PAGES) {
        const res = await page.goto(path);
        assert.equal(res.status(), 200, `GET ${path} answered ${res.status()}`);

        const attrs = await htmlAttrs(page);
        assert.equal(attrs.lang, lang, `${path}: Accept-Language ${locale} should give <html lang="${lang}">, got ${attrs.lang}`);
        assert.equal(attrs.dir, dir, `${path}: <html dir> should be ${dir} for ${lang}, got ${attrs.dir}`);

        const facts = await accessibilityFacts(page);
        assert.deepEqual(facts.unlabelled, [], `${path} (${lang}): visible form controls without <label for>/aria-label: ${JSON.stringify(facts.unlabelled)}`);
        assert.equal(facts.h1s.length, 1, `${path} (${lang}): expected exactly one <h1>, found ${facts.h1s.length}: ${JSON.stringify(facts.h1s)}`);
        assert.deepEqual(facts.imgsWithoutAlt, [], `${path} (${lang}): <img> without alt: ${JSON.stringify(facts.imgsWithoutAlt)}`);

        // The skip link is the first stop of the keyboard, and it leads to <main>.
        await page.goto(path); // fresh page: nothing focused yet
        await page.keyboard.press('Tab');
        const f = await focused(page);
        assert.ok(f.isSkipLink, `${path} (${lang}): the first Tab should focus a.skip-link, focused ${f.html || f.tag}`);
        assert.ok(await page.locator('a.skip-link').isVisible(), `${path} (${lang}): the focused skip link should be visible`);
        const box = await page.locator('a.skip-link').boundingBox();
        assert.ok(box && box.y >= 0, `${path} (${lang}): the focused skip link should be on screen, box ${JSON.stringify(box)}`);
        const target = f.href && f.href.startsWith('#') ? f.href.slice(1) : null;
        assert.ok(target && (await page.locator(`[id="${target}"]`).count()) === 1, `${path} (${lang}): the skip link's target ${f.href} does not exist`);
        await page.keyboard.press('Enter');
        const afterSkip = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
        assert.equal(afterSkip, target, `${path} (${lang}): following the skip link should move focus to #${target}, focus is on ${afterSkip}`);
      }
    });
    await context.close();
  });
}
