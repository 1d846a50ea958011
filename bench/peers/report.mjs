// Composes bench/results/peers.md and peers.json from the run's pieces. Usage: node report.mjs aeb-scores.json readability-timing.json recognizers.json outdir
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
const [aebFile, rjsTimingFile, rtFile, outDir, oursRtFile] = process.argv.slice(2);
const aeb = JSON.parse(fs.readFileSync(aebFile, 'utf8'));
const rjsTiming = JSON.parse(fs.readFileSync(rjsTimingFile, 'utf8'));
const rt = JSON.parse(fs.readFileSync(rtFile, 'utf8'));
const oursRt = oursRtFile && fs.existsSync(oursRtFile) ? JSON.parse(fs.readFileSync(oursRtFile, 'utf8')) : {};
const ours = aeb.ours, rjs = { ...aeb.readability_js, ...rjsTiming };
const ratio = (a, b) => (a && b ? +(a / b).toFixed(3) : null);
const f = (x, d = 3) => (x == null ? 'n/a' : Number(x).toFixed(d));
const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}, load ${os.loadavg().map((x) => x.toFixed(1)).join('/')}`,
  aeb: { ours, readability_js: rjs, ratio_f1: ratio(ours.f1, rjs.f1), ratio_speed: ratio(ours.pages_per_s, rjs.pages_per_s) },
  recognizers_text: { ...rt, ours_test_rule: oursRt },
};
fs.writeFileSync(path.join(outDir, 'peers.json'), JSON.stringify(result, null, 2) + '\n');
const rn = rt.recognizers_numbers, rd = rt.recognizers_dates, cd = rt.chrono_dates;
const md = `# Side-by-side peers

Run by \`bench/peers/run.sh\` on ${result.date} — ${result.machine}.
Same machine, same inputs, one process per system. Speeds are only comparable within one run (the machine is shared).

## HTML article extraction — Zyte article-extraction benchmark (181 pages)

Scored by our C# port of the benchmark's scorer (\`Triangulate.Evaluation.ArticleExtraction.AebScorer\`, checked
against the published rows). Ours: \`HtmlArticleExtractor.Extract(html).Text\` (body text without the title line),
decoded as \`HtmlReader\` does, best of 3 timed passes after a warm-up, one thread. Readability.js 0.6.0 with
jsdom 27.0.0, \`textContent\` of \`parse()\`, one timed pass in one Node process.

| system | F1 | precision | recall | accuracy | pages/s |
|---|---:|---:|---:|---:|---:|
| Triangulate HtmlArticleExtractor | ${f(ours.f1)} | ${f(ours.precision)} | ${f(ours.recall)} | ${f(ours.accuracy)} | ${f(ours.pages_per_s, 1)} |
| Readability.js 0.6.0 (jsdom 27.0.0) | ${f(rjs.f1)} | ${f(rjs.precision)} | ${f(rjs.recall)} | ${f(rjs.accuracy)} | ${f(rjs.pages_per_s, 2)} |
| **ratio ours ÷ theirs** | **${f(result.aeb.ratio_f1)}** | | | | **${f(result.aeb.ratio_speed, 1)}×** |

## Numbers and dates — Recognizers-Text English model specs

Rule: the set of (lower-cased text, resolved value[, unit]) equals the expected set; cases flagged NotSupported on
dotnet skipped. Numbers = NumberModel, OrdinalModel, PercentModel, Age/Currency/Dimension/TemperatureModel;
dates = DateTimeModel.json. chrono-node gives one reading per mention, so a date passes when it equals any expected reading.

| system | suite | cases | pass rate | cases/s |
|---|---|---:|---:|---:|
| @microsoft/recognizers-text-suite 1.3.1 | numbers + units | ${rn?.cases ?? 'n/a'} | ${f(rn?.pass_rate)} | ${f(rn?.cases_per_s, 1)} |
| @microsoft/recognizers-text-suite 1.3.1 | DateTimeModel | ${rd?.cases ?? 'n/a'} | ${f(rd?.pass_rate)} | ${f(rd?.cases_per_s, 1)} |
| chrono-node 2.10.3 | DateTimeModel | ${cd?.cases ?? 'n/a'} | ${f(cd?.pass_rate)} | ${f(cd?.cases_per_s, 1)} |

Our layers are not measured under this rule (they are built to the per-file rules below); see the next table.

### Per file, by the rules of our own data-driven tests

The same files and pass rules as \`RecognizersPeerSuiteTests\` (numbers: same count, pairwise lower-cased text and
value rounded to 6 decimals) and \`RecognizersDateTimeTests\` (dates: every expected span found, a leading
preposition allowed, nothing extra but times/durations; parser files also need the future or past reading).
"ours" is \`Triangulate.Bench peers-recognizers\` (compiled in when src/Triangulate.Extraction/Numbers and /Time
exist); where it is missing, the floor our tests assert is shown instead. Ratios: ours ÷ Recognizers-Text npm.

| file | ours pass rate | ours cases/s | Recognizers-Text npm | its cases/s | chrono-node | its cases/s | ratio pass | ratio speed |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${testRows()}
`;

function testRows() {
  const floors = { 'NumberModel.json': 0.82, 'NumberRangeModel.json': 0.75, 'OrdinalModel.json': 0.40, 'PercentModel.json': 0.80,
    'DateExtractor.json': 0.79, 'DateParser.json': 0.73, 'DatePeriodExtractor.json': 0.84, 'DatePeriodParser.json': 0.55 };
  const rows = [];
  const ours = (group, file) => {
    const o = oursRt?.[group]?.[file];
    return o?.pass_rate != null ? [f(o.pass_rate), f(o.cases_per_s, 0), o] : [`≥ ${f(floors[file], 2)} (floor)`, 'n/a', null];
  };
  const ratios = (o, r) => o && r ? `${f(ratio(o.pass_rate, r.pass_rate), 2)} | ${f(ratio(o.cases_per_s, r.cases_per_s), 0)}×` : '— | —';
  for (const [file, r] of Object.entries(rt.test_rule?.numbers ?? {})) {
    const [p, s, o] = ours('numbers', file);
    rows.push(`| Number/${file} | ${p} | ${s} | ${f(r.pass_rate)} | ${f(r.cases_per_s, 0)} | — | — | ${r.cases_per_s ? ratios(o, r) : '— | —'} |`);
  }
  for (const [file, r] of Object.entries(rt.test_rule?.dates ?? {})) {
    const [p, s, o] = ours('dates', file);
    rows.push(`| DateTime/${file} | ${p} | ${s} | ${f(r.recognizers.pass_rate)} | ${f(r.recognizers.cases_per_s, 0)} | ${f(r.chrono.pass_rate)} | ${f(r.chrono.cases_per_s, 0)} | ${ratios(o, r.recognizers)} |`);
  }
  return rows.join('\n');
}
fs.writeFileSync(path.join(outDir, 'peers.md'), md);
