// `npm start`: builds the extension, serves the sample article on 127.0.0.1 and opens Chromium with
// ClaimLens loaded on it. With a display it is a normal window; without one it runs headless,
// writes a screenshot and prints one line per badge found.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, ROOT, serve } from './lib/chromium';
import { readBadges, waitForBadges } from './lib/badges';

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const headless = process.argv.includes('--headless') || !process.env.DISPLAY || !!process.env.CI;
run('bash', ['scripts/ensure-chromium.sh']);
if (!process.argv.includes('--no-build')) run('npm', ['run', '--silent', 'build']);

const server = await serve({ mounts: { '/': 'test/fixtures' } });
const browser = await launchWithExtension({ headless });
const page = await browser.context.newPage();
const url = server.url('/seed-article.html');
await page.goto(url);
const count = await waitForBadges(page);
const badges = (await readBadges(page)).filter((b) => b.visible);
console.log(
  `ClaimLens on ${url}: ${badges.length} badge(s) shown (${count} in the page, the others in layers switched off)`,
);
for (const b of badges) console.log(`  ${b.kind.padEnd(11)} ${(b.status ?? '').padEnd(10)} ${b.label}`);

if (headless) {
  const dir = join(ROOT, 'out');
  mkdirSync(dir, { recursive: true });
  const shot = join(dir, 'start-seed-article.png');
  // Open the first claim's card so the screenshot shows what a reader sees on click.
  const first = page.locator('[data-claimlens-badge][data-kind="claim"]').first();
  if ((await first.count()) > 0) {
    await first.scrollIntoViewIfNeeded();
    await first.click();
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: shot, fullPage: false });
  console.log(`Screenshot: ${shot}`);
  if (browser.outsideRequests.length)
    console.log(`Requests outside 127.0.0.1 (refused): ${browser.outsideRequests.join(', ')}`);
  await browser.close();
  await server.close();
} else {
  console.log('Chromium is open with ClaimLens loaded; close the window to stop.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
}
