// Mozilla Readability (0.6.0) + jsdom (27.0.0) over the article-extraction benchmark's pages, all in one process,
// the way the benchmark's own runner does it: parse each page with jsdom (page URL from the ground truth), run
// Readability.parse(), take textContent as the article body. Writes the prediction JSON that our C# scorer scores,
// and prints {"pages", "seconds", "pages_per_s", "errors"} on stdout.
// Usage: node readability-aeb.mjs <aeb-dir> <out.json>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const [aeb, out] = process.argv.slice(2);
const truth = JSON.parse(fs.readFileSync(path.join(aeb, 'ground-truth.json'), 'utf8'));
const ids = Object.keys(truth).sort();
const pages = ids.map((id) => [id, zlib.gunzipSync(fs.readFileSync(path.join(aeb, 'html', id + '.html.gz'))).toString('utf8')]);
const virtualConsole = new VirtualConsole(); // swallow jsdom's CSS/parse chatter

const output = {};
let errors = 0;
const start = process.hrtime.bigint();
for (const [id, html] of pages) {
  let body = '';
  try {
    const dom = new JSDOM(html, { url: truth[id].url, virtualConsole });
    const article = new Readability(dom.window.document).parse();
    body = article?.textContent ?? '';
    dom.window.close();
  } catch (e) {
    errors++;
    process.stderr.write(`readability: ${id}: ${e.message}\n`);
  }
  output[id] = { articleBody: body };
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
fs.writeFileSync(out, JSON.stringify(output, null, 1));
console.log(JSON.stringify({ pages: ids.length, seconds: +seconds.toFixed(3), pages_per_s: +(ids.length / seconds).toFixed(2), errors }));
