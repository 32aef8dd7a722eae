// Opens a graph.html in Debian's headless Chromium (driven by playwright-core, which
// downloads no browser of its own) and uses it as a person would: waits for the layout,
// takes a screenshot, clicks an actor and a relation to read the evidence, filters out a
// relation, narrows the period with the two date inputs (when the graph is dated), drags an
// actor, zooms. Prints what it saw as JSON for tests/consumers/browser.rs.
//
// node html_check.mjs GRAPH.html SCREENSHOT_PREFIX [ACTOR_ID EDGE_INDEX RELATION [SEARCH]]
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [file, shots, actor, edgeIndex, relation, search] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), "actorgraph-chromium-"));
const result = { requests: [], errors: [] };
// A new, empty profile folder (--user-data-dir) for every run.
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.ACTORGRAPH_CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
try {
  const page = browser.pages()[0] || await browser.newPage();
  page.on("request", (r) => { if (!r.url().startsWith("file:")) result.requests.push(r.url()); });
  page.on("pageerror", (e) => result.errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") result.errors.push(m.text()); });
  await page.goto(pathToFileURL(file).href);
  // Let the layout run as a user would see it, then finish it for a stable picture.
  await page.waitForFunction(() => window.actorgraph && window.actorgraph.settled, null, { timeout: 20000 }).catch(() => {});
  await page.evaluate(() => window.actorgraph.settle());
  const state = () => page.evaluate(() => ({
    actors: window.actorgraph.visibleActors,
    relations: window.actorgraph.visibleRelations,
    zoom: window.actorgraph.zoom,
    minWeight: window.actorgraph.minWeight,
    selection: window.actorgraph.selection,
    details: document.getElementById("details").innerText,
    title: document.title,
    counts: document.getElementById("counts").textContent,
    note: document.getElementById("note").textContent,
  }));
  // Clicks where the page says a thing is drawn; returns what the page shows then, and
  // takes a screenshot of it.
  const click = async (at, shot) => {
    await page.mouse.click(at.x, at.y);
    const seen = await state();
    await page.screenshot({ path: `${shots}-${shot}.png` });
    return seen;
  };
  result.initial = await state();
  await page.screenshot({ path: `${shots}-graph.png` });

  if (actor !== undefined) {
    const at = await page.evaluate((id) => window.actorgraph.screenPosition(id), actor);
    result.actorPosition = at;
    if (at) {
      result.afterNodeClick = await click(at, "actor");
      result.nodeHeading = await page.locator("#details h2").innerText();
    }
    const edgeAt = await page.evaluate((i) => window.actorgraph.edgePosition(i), Number(edgeIndex));
    result.edgePosition = edgeAt;
    if (edgeAt) {
      result.afterEdgeClick = await click(edgeAt, "evidence");
      result.evidence = await page.locator("#details ol li").allInnerTexts();
    }
    // Drag the actor 120 px right and 60 px down.
    const from = await page.evaluate((id) => window.actorgraph.screenPosition(id), actor);
    const before = await page.evaluate((id) => window.actorgraph.worldPosition(id), actor);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(from.x + 20 * i, from.y + 10 * i);
    const during = await page.evaluate((id) => window.actorgraph.worldPosition(id), actor);
    await page.mouse.up();
    result.drag = { before, during, zoom: (await state()).zoom };
    // Zoom in with the wheel over the middle of the graph.
    const zoomBefore = (await state()).zoom;
    await page.mouse.move(500, 400);
    await page.mouse.wheel(0, -400);
    result.zoom = { before: zoomBefore, after: (await state()).zoom };
    // Filter one relation out.
    await page.locator(`#show-${relation}`).uncheck();
    result.afterFilter = await state();
    await page.locator(`#show-${relation}`).check();
    result.afterUnfilter = await state();
    // Narrow the period to its first day with the date inputs, then widen it again.
    result.period = await page.evaluate(() => window.actorgraph.period);
    if (result.period) {
      await page.locator("#until").fill(result.period.first);
      await page.locator("#until").dispatchEvent("change");
      result.afterPeriod = await state();
      await page.screenshot({ path: `${shots}-period.png` });
      await page.locator("#until").fill(result.period.last);
      await page.locator("#until").dispatchEvent("change");
      result.afterWholePeriod = await state();
    }
    // Find an actor by typing one of its names in the search box.
    if (search) {
      await page.locator("#search").fill(search);
      await page.locator("#search").press("Enter");
      result.afterSearch = await state();
    }
  }
} catch (e) {
  result.errors.push(String(e && e.stack || e));
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
