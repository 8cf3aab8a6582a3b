// Journey 10: Lighthouse (mobile, its default simulated throttling) on the
// pages every visitor opens: home, fair home, hall plan, a booth with a 3D
// model and a panorama, and an exhibit with a 3D model. Targets: performance
// >= 90 and accessibility 100 on each. The pages are found by clicking, as a
// visitor would; the reports are kept in test-results/lighthouse-*.json.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startApp } from '../lib/app.mjs';
import { CHROMIUM, launchBrowser, newPage, pathOf, resultPath } from '../lib/browser.mjs';

const FAIR = '/fairs/canton-demo';
const PERFORMANCE = 0.9;
const ACCESSIBILITY = 1;

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

/** The booth of hall 1 with a 3D model, and an exhibit with one, by clicking. */
async function findPages() {
  const { context, page } = await newPage(browser, app, { locale: 'en' });
  await page.goto(`${FAIR}/halls/1`);
  const booked = await page.$$eval('main figure.hall-plan svg a', (links) =>
    links.filter((a) => /\bbooked\b/.test(a.querySelector('rect.booth')?.getAttribute('class') || '')).map((a) => a.getAttribute('href')),
  );
  let booth = null;
  for (const href of booked.slice(0, 12)) {
    await page.goto(href);
    if ((await page.locator('.model-stage').count()) > 0) {
      booth = href;
      break;
    }
  }
  assert.ok(booth, 'none of the first booked booths of hall 1 shows a 3D model');
  const products = await page.$$eval('#booth-exhibits li.product-card a', (as) => as.map((a) => a.getAttribute('href')));
  let exhibit = null;
  for (const href of products) {
    await page.goto(href);
    if ((await page.locator('.model-stage').count()) > 0) {
      exhibit = pathOf(page);
      break;
    }
  }
  assert.ok(exhibit, `no product of ${booth} has a 3D model`);
  await context.close();
  return { booth, exhibit };
}

/** Failing audits of a category, for the message. */
function failing(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((r) => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 1)
    .map((r) => `${r.id} (${lhr.audits[r.id].score}${lhr.audits[r.id].displayValue ? `, ${lhr.audits[r.id].displayValue}` : ''})`);
}

test('Lighthouse mobile: performance >= 90 and accessibility 100 on home, fair home, hall, booth and exhibit', { timeout: 900_000 }, async () => {
  const { booth, exhibit } = await findPages();
  const pages = { home: '/', fair_home: FAIR, hall: `${FAIR}/halls/1`, booth, exhibit };
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const results = {};
  const problems = [];
  try {
    for (const [name, path] of Object.entries(pages)) {
      const url = `${app.baseURL}${path}`;
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const lhr = run.lhr;
      writeFileSync(resultPath(`lighthouse-${name}.json`), run.report);
      if (lhr.runtimeError) {
        problems.push(`${name} (${path}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        continue;
      }
      const perf = lhr.categories.performance.score;
      const a11y = lhr.categories.accessibility.score;
      results[name] = {
        path,
        performance: perf,
        accessibility: a11y,
        lcp_ms: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        tbt_ms: Math.round(lhr.audits['total-blocking-time'].numericValue),
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
      };
      if (perf < PERFORMANCE) problems.push(`${name} (${path}): performance ${perf}: ${failing(lhr, 'performance').join('; ')}`);
      if (a11y < ACCESSIBILITY) problems.push(`${name} (${path}): accessibility ${a11y}: ${failing(lhr, 'accessibility').join('; ')}`);
    }
  } finally {
    await chrome.kill();
  }
  writeFileSync(resultPath('lighthouse-summary.json'), JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results));
  assert.deepEqual(problems, [], problems.join('\n'));
});
