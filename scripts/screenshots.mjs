// The page's screenshots for README and docs/page.md: the headline check in English and
// in Chinese at a desktop width, and in Chinese at a phone's (360 px).
//   npm run screenshots   (after npm run build, which builds site/)
// Chinese needs a CJK font on the machine (Debian: fonts-wqy-microhei or fonts-noto-cjk).
import { resolve } from 'node:path';
import { launchChromium, serveFolder } from './chromium.mjs';

const QUESTION = '?source=taobao&surface=live-cart&at=2022-06-01';
const shots = [
  { file: 'docs/page-en.png', lang: 'en', viewport: { width: 1000, height: 1500 } },
  { file: 'docs/page-zh.png', lang: 'zh', viewport: { width: 1000, height: 1500 } },
  // A phone shows the question first; the shot is of the answer below it.
  { file: 'docs/page-phone.png', lang: 'zh', viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, from: '#answer-heading' },
];

const site = await serveFolder(resolve('site'));
const browser = await launchChromium();
try {
  for (const { file, lang, viewport, deviceScaleFactor = 1, from } of shots) {
    const page = await browser.newPage({ viewport, deviceScaleFactor, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
    await page.goto(`${site.url}${QUESTION}&lang=${lang}`);
    await page.locator('#answer .verdict').waitFor();
    if (from) await page.locator(from).evaluate((element) => element.scrollIntoView());
    await page.screenshot({ path: file });
    await page.close();
    console.log(`screenshots: wrote ${file}`);
  }
} finally {
  await browser.close();
  await site.close();
}
