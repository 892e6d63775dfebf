'use strict';
// Shared by the bench/analyse peers: reads storyline input JSONL ({"id", "text", "published",
// ...}) from the files named on the command line (a file named twice is read twice: that is
// how run.sh repeats the input for timing) and maps JavaScript string indices (UTF-16 code
// units) to the UTF-8 byte offsets the storyline contract uses.
const fs = require('fs');

function* readArticles(paths) {
  for (const p of paths) {
    const data = fs.readFileSync(p, 'utf8');
    for (const line of data.split('\n')) {
      if (!line.trim()) continue;
      let obj;
      try {
        obj = JSON.parse(line);
      } catch (e) {
        continue;  // bad line: skipped, as storyline does
      }
      if (typeof obj.text !== 'string') continue;
      yield obj;
    }
  }
}

// byteAt[i] = UTF-8 byte offset of UTF-16 index i (i in [0, text.length]).
function byteOffsets(text) {
  const out = new Uint32Array(text.length + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = b;
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {  // high surrogate: the pair is 4 bytes
      b += 4;
      out[++i] = b;  // low surrogate: not a boundary, point past the pair
      continue;
    } else b += 3;
  }
  out[text.length] = b;
  return out;
}

// Trims characters that are not letters or digits off both ends of text[start, end).
function trimSpan(text, start, end) {
  const word = /[\p{L}\p{N}]/u;
  while (start < end && !word.test(text[start])) start++;
  while (end > start && !word.test(text[end - 1])) end--;
  return [start, end];
}

function writeLine(obj) {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

module.exports = { readArticles, byteOffsets, trimSpan, writeLine };
