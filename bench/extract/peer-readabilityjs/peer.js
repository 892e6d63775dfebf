#!/usr/bin/env node
// Speed peer for bench/extract/run.sh: Mozilla Readability on a jsdom DOM, single thread.
// Usage: node peer.js HTML_DIR [REPEAT]
// Reads every *.html.gz (or *.html) file of HTML_DIR, REPEAT times (default 1), and writes
// one JSON line {"id", "text"} per page read to stdout, like `storyline extract`. The files
// are read and decompressed inside the timed run, as storyline does.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const dir = process.argv[2];
const repeat = Number(process.argv[3] || 1);
if (!dir) {
  process.stderr.write('usage: node peer.js HTML_DIR [REPEAT]\n');
  process.exit(2);
}
const files = fs.readdirSync(dir)
  .filter((f) => f.endsWith('.html.gz') || f.endsWith('.html'))
  .sort()
  .map((f) => path.join(dir, f));
// Page scripts and stylesheets are not run or fetched (jsdom's defaults); page console
// output and CSS parse errors are dropped.
const quiet = new VirtualConsole();
const out = [];
for (let r = 0; r < repeat; r++) {
  for (const file of files) {
    let text = null;
    try {
      let bytes = fs.readFileSync(file);
      if (file.endsWith('.gz')) bytes = zlib.gunzipSync(bytes);
      const dom = new JSDOM(bytes.toString('utf8'), { url: 'https://example.com/', virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      text = article ? article.textContent : null;
      dom.window.close();
    } catch (e) {
      text = null;
    }
    out.push(JSON.stringify({ id: file, text }));
    if (out.length >= 64) {
      fs.writeSync(1, out.join('\n') + '\n');
      out.length = 0;
    }
  }
}
if (out.length) fs.writeSync(1, out.join('\n') + '\n');
