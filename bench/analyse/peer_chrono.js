'use strict';
// chrono-node (https://github.com/wanasit/chrono) as a peer of storyline's date recogniser:
//   TZ=UTC node peer_chrono.js FILE.jsonl [FILE.jsonl ...] > out.jsonl
// Parses each article with its "published" date as the reference and writes the contract's
// "dates" field. chrono returns full dates; the TIMEX3-style value keeps only what the text
// fixed (chrono's "known" components, the weekday fixing the day): a year alone -> "1998",
// a month -> "1998-09", a day -> "1998-09-14", a clock time -> "1998-09-14T15:00" (TIME).
// chrono has no durations or sets.
const chrono = require('chrono-node');
const { readArticles, byteOffsets, writeLine } = require('./peer_common');

const pad = (n, w = 2) => String(n).padStart(w, '0');

function value(c) {
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  if (c.isCertain('hour')) {
    return ['TIME', `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(c.get('hour'))}:${pad(c.get('minute') || 0)}`];
  }
  if (c.isCertain('day') || c.isCertain('weekday')) return ['DATE', `${pad(y, 4)}-${pad(m)}-${pad(d)}`];
  if (c.isCertain('month')) return ['DATE', `${pad(y, 4)}-${pad(m)}`];
  return ['DATE', `${pad(y, 4)}`];
}

for (const art of readArticles(process.argv.slice(2))) {
  const text = art.text;
  const bytes = byteOffsets(text);
  let ref = art.published ? new Date(String(art.published).slice(0, 10) + 'T12:00:00Z') : new Date();
  if (isNaN(ref.getTime())) ref = new Date();
  let results = [];
  try {
    results = chrono.parse(text, ref);
  } catch (e) {
    results = [];
  }
  const dates = results.map((r) => {
    const [type, v] = value(r.start);
    const b = r.index, e = r.index + r.text.length;
    return { begin: bytes[b], end: bytes[e], text: r.text, type, value: v };
  });
  writeLine({ id: art.id, published: art.published || null, dates });
}
