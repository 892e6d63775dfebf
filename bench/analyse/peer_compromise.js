'use strict';
// compromise (https://github.com/spencermountain/compromise) as a peer of `storyline analyze`:
//   node peer_compromise.js FILE.jsonl [FILE.jsonl ...] > out.jsonl
// Writes the storyline contract's fields that compromise can fill: "sentences", "entities"
// (people -> PERSON, places -> PLACE) and "quotes" (compromise's quotations(), quote marks
// trimmed). compromise does not attribute quotes; so that quotes_eval.py can score speakers,
// each quote gets the compromise person mention nearest to it in its own sentence, else in the
// sentence before or after (a simple proximity rule, stated as such in the report), and no cue.
const nlp = require('compromise');
const { readArticles, byteOffsets, trimSpan, writeLine } = require('./peer_common');

function spans(view, text) {
  return view.json({ offset: true, terms: false }).map((m) => {
    const s = m.offset.start;
    const [b, e] = trimSpan(text, s, s + m.offset.length);
    return { b, e };
  }).filter((x) => x.e > x.b);
}

for (const art of readArticles(process.argv.slice(2))) {
  const text = art.text;
  const bytes = byteOffsets(text);
  const doc = nlp(text);
  const sentences = doc.sentences().json({ offset: true, terms: false }).map((m) => {
    const s = m.offset.start;
    return [s, s + m.offset.length];
  });
  const people = spans(doc.people(), text);
  const places = spans(doc.places(), text);
  const sentenceOf = (pos) => {
    let lo = 0, hi = sentences.length - 1, ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid][0] <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  };
  const quotes = spans(doc.quotations(), text).map((q) => {
    const qs = sentenceOf(q.b);
    let best = null, bestKey = Infinity;
    for (const p of people) {
      if (p.b < q.e && p.e > q.b) continue;  // inside the quote
      const ds = Math.abs(sentenceOf(p.b) - qs);
      if (ds > 1) continue;
      const key = ds * 1e9 + Math.min(Math.abs(p.b - q.e), Math.abs(q.b - p.e));
      if (key < bestKey) { bestKey = key; best = p; }
    }
    const out = { begin: bytes[q.b], end: bytes[q.e], text: text.slice(q.b, q.e),
                  speaker: best ? text.slice(best.b, best.e) : null, cue: null };
    if (best) { out.speaker_begin = bytes[best.b]; out.speaker_end = bytes[best.e]; }
    return out;
  });
  const entities = [];
  for (const [list, type] of [[people, 'PERSON'], [places, 'PLACE']]) {
    for (const m of list) {
      const t = text.slice(m.b, m.e);
      entities.push({ begin: bytes[m.b], end: bytes[m.e], text: t, type, entity: t });
    }
  }
  entities.sort((a, b) => a.begin - b.begin);
  writeLine({ id: art.id, published: art.published || null,
              sentences: sentences.map(([s, e]) => [bytes[s], bytes[e]]),
              entities, quotes });
}
