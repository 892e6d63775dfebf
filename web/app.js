// storyline reader. Plain DOM: every piece of data is inserted with textContent or as an
// attribute value set by setAttribute/properties, never parsed as HTML, so an article titled
// "<script>..." shows as text. Links are built from ids with encodeURIComponent; article URLs
// are only linked when they are http(s).
'use strict';

(function () {
  const main = document.getElementById('main');
  const announce = document.getElementById('announce');
  const PAGE = 20;

  // el('a', {href: '#/x', className: 'y'}, 'text', childNode, ...)
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === undefined || v === null) continue;
      if (k === 'className') node.className = v;
      else node.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === undefined || c === null || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  const enc = encodeURIComponent;
  const storyHref = (id) => '#/story/' + enc(id);
  const articleHref = (id) => '#/article/' + enc(id);
  const entityHref = (name) => '#/entity/' + enc(name);
  // What to call an article without a title: its file name when the id is a path.
  const untitled = (id) => String(id).split('/').pop() || String(id);
  const safeUrl = (u) => (typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null);

  // Each navigation gets a number; an answer that arrives after a newer navigation started is
  // dropped (a slow story list must not replace the search the reader asked for since).
  let navigation = 0;
  class Superseded extends Error {}

  async function api(path) {
    const asked = navigation;
    const res = await fetch(path, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (asked !== navigation) throw new Superseded();
    if (!res.ok) throw new Error((body && body.error) || ('HTTP ' + res.status));
    return body;
  }

  // Moving focus to the new content tells keyboard and screen-reader users that the page
  // changed; on the first page the focus stays at the top so that Tab reaches the skip link.
  let firstPage = true;
  function show(title, ...nodes) {
    main.replaceChildren(...nodes);
    document.title = title ? title + ' · storyline' : 'storyline';
    announce.textContent = title || '';
    if (!firstPage) main.focus({ preventScroll: true });
    firstPage = false;
    window.scrollTo(0, 0);
  }

  function showError(err) {
    show('Error', el('h1', {}, 'Something went wrong'), el('p', { className: 'error', role: 'alert' }, err.message));
  }

  function dateRange(s) {
    const a = s.first_published, b = s.last_published;
    if (!a && !b) return 'date unknown';
    return a === b || !b ? a : (a ? a + ' – ' + b : b);
  }

  function plural(n, word, many) { return n + ' ' + (n === 1 ? word : (many || word + 's')); }

  // Parses the hash: "#/story/ID?x=1" -> {parts: ['story', 'ID'], query: URLSearchParams}.
  function parseHash() {
    const h = location.hash.replace(/^#\/?/, '');
    const q = h.indexOf('?');
    const path = q < 0 ? h : h.slice(0, q);
    const parts = path.split('/').filter(Boolean).map((p) => {
      try { return decodeURIComponent(p); } catch (e) { return p; }
    });
    return { parts, query: new URLSearchParams(q < 0 ? '' : h.slice(q + 1)) };
  }

  function storyItem(s) {
    return el('li', {},
      el('a', { href: storyHref(s.id), className: 'headline' }, s.headline || '(untitled story)'),
      el('div', { className: 'meta' },
        plural(s.article_count, 'article') + ' · ' + plural(s.independent_sources, 'independent source') +
        ' · ' + dateRange(s)));
  }

  function pager(query, hasMore, base) {
    const offset = Number(query.get('offset') || 0);
    const link = (off, label, enabled) => {
      const q = new URLSearchParams(query);
      q.set('offset', String(Math.max(0, off)));
      return enabled ? el('a', { href: base + '?' + q.toString() }, label) : el('span', { className: 'meta' }, label);
    };
    return el('nav', { className: 'pager', 'aria-label': 'Pages' },
      link(offset - PAGE, '← Newer page', offset > 0),
      el('span', { className: 'meta' }, 'Stories ' + (offset + 1) + '–' + (offset + PAGE)),
      link(offset + PAGE, 'Older page →', hasMore));
  }

  // Story list: #/?sort=recent&offset=0&q=words
  async function renderList(query) {
    const sort = ['recent', 'size', 'sources'].includes(query.get('sort')) ? query.get('sort') : 'recent';
    const offset = Math.max(0, Number(query.get('offset') || 0) | 0);
    const q = query.get('q') || '';
    const params = new URLSearchParams({ limit: PAGE, offset, sort });
    if (q) params.set('q', q);
    const data = await api('/api/stories?' + params.toString());

    const select = el('select', { id: 'sort' });
    for (const [value, label] of [['recent', 'Most recent'], ['size', 'Most articles'], ['sources', 'Most independent sources']]) {
      const o = el('option', { value }, label);
      if (value === sort) o.selected = true;
      select.append(o);
    }
    const filter = el('input', { type: 'text', id: 'filter', placeholder: 'Filter stories by words', maxlength: 200 });
    filter.value = q;
    const form = el('form', { className: 'controls' },
      el('label', { for: 'sort' }, 'Sort'), select,
      el('label', { for: 'filter', className: 'visually-hidden' }, 'Filter'), filter,
      el('button', { type: 'submit' }, 'Apply'));
    const go = (e) => {
      if (e) e.preventDefault();
      const p = new URLSearchParams({ sort: select.value });
      if (filter.value.trim()) p.set('q', filter.value.trim());
      location.hash = '#/?' + p.toString();
    };
    form.addEventListener('submit', go);
    select.addEventListener('change', go);

    const list = el('ul', { className: 'story-list' }, ...data.stories.map(storyItem));
    show('Stories', el('h1', {}, q ? 'Stories matching “' + q + '”' : 'Stories'), form,
      data.stories.length ? list : el('p', { className: 'status' }, 'No stories.'),
      pager(query, data.has_more, '#/'));
  }

  function citations(sources, index) {
    const span = el('span', { className: 'cites' });
    for (const id of sources || []) {
      const n = index.has(id) ? index.get(id).n : '?';
      const title = index.has(id) ? (index.get(id).title || untitled(id)) : untitled(id);
      span.append(el('a', { href: articleHref(id), className: 'cite', title, 'aria-label': 'source ' + n + ': ' + title }, String(n)));
    }
    return span;
  }

  function whyText(why) {
    if (!why) return '';
    return Object.entries(why).map(([k, v]) => k.replace(/_/g, ' ') + ': ' +
      (typeof v === 'number' ? (Number.isInteger(v) ? v : v.toFixed(2)) : v)).join(', ');
  }

  // Story page: #/story/ID
  async function renderStory(id) {
    const s = await api('/api/stories/' + enc(id));
    const index = new Map();
    s.articles.forEach((a, i) => index.set(a.id, { n: i + 1, title: a.title, a }));
    const articleLink = (aid) => {
      const info = index.get(aid);
      return el('a', { href: articleHref(aid) }, (info && info.a.title) || untitled(aid));
    };
    const nodes = [
      el('h1', {}, s.headline || '(untitled story)'),
      el('p', { className: 'meta' }, plural(s.article_count, 'article') + ' · ' +
        plural(s.independent_sources, 'independent source') + ' · ' + dateRange(s)),
    ];

    // Other stories of the same ongoing topic, oldest first.
    const thread = (s.thread_stories || []).filter((t) => t.id !== s.id);
    if (thread.length) {
      nodes.push(el('aside', { className: 'thread', 'aria-labelledby': 'thread-heading' },
        el('h2', { id: 'thread-heading' }, 'Same thread: ' + plural(thread.length, 'other story', 'other stories')),
        el('ul', { className: 'story-list' }, ...thread.map(storyItem))));
    }

    nodes.push(el('h2', {}, 'Summary'));
    if (s.summary.length) {
      nodes.push(el('div', { className: 'summary' },
        ...s.summary.map((ss) => el('p', {}, ss.text, citations(ss.sources, index)))));
    } else {
      nodes.push(el('p', { className: 'status' }, 'No summary yet.'));
    }

    // Provenance: the depth-first list becomes nested lists (original -> copies/rewrites).
    nodes.push(el('h2', {}, 'Where it came from'));
    const root = el('ul', { className: 'tree' });
    const stack = [root];
    for (const n of s.provenance) {
      const info = index.get(n.id);
      const a = info ? info.a : {};
      const rel = ['original', 'copy', 'rewrite'].includes(n.relation) ? n.relation : 'original';
      const item = el('li', {},
        el('span', { className: 'badge ' + rel }, n.relation),
        articleLink(n.id),
        el('span', { className: 'meta' }, ' ' + [a.site, a.published].filter(Boolean).join(' · ')));
      if (n.relation !== 'original') {
        item.append(el('div', { className: 'why' },
          'confidence ' + Number(a.confidence || 0).toFixed(2) + (whyText(a.why) ? ' — ' + whyText(a.why) : '')));
      } else if (a.origin && a.origin !== a.id) {
        item.append(el('div', { className: 'why' }, 'credits ' + a.origin + (whyText(a.why) ? ' — ' + whyText(a.why) : '')));
      }
      const depth = Math.max(0, n.depth | 0);
      while (stack.length > depth + 1) stack.pop();
      while (stack.length < depth + 1) {
        const parent = stack[stack.length - 1];
        const sub = el('ul', {});
        (parent.lastElementChild || parent).append(sub);
        stack.push(sub);
      }
      stack[stack.length - 1].append(item);
    }
    nodes.push(root);

    if (s.key_quotes.length) {
      nodes.push(el('h2', {}, 'Who said what'));
      for (const sq of s.key_quotes) {
        nodes.push(el('h3', {}, sq.speaker || 'Unattributed'));
        for (const q of sq.quotes) {
          nodes.push(el('blockquote', {}, '“' + q.text + '”',
            el('div', { className: 'meta' }, 'first in ', articleLink(q.first_article),
              q.repeated_by ? ' · repeated by ' + plural(q.repeated_by, 'other article') : '')));
        }
      }
    }

    if (s.timeline.length) {
      nodes.push(el('h2', {}, 'Timeline'));
      nodes.push(el('ol', { className: 'timeline' }, ...s.timeline.map((t) =>
        el('li', {}, el('strong', {}, t.value), el('span', {}, t.text, citations(t.sources, index))))));
    }

    if (s.entities.length) {
      nodes.push(el('h2', {}, 'Who and where'));
      nodes.push(el('ul', { className: 'chips' }, ...s.entities.map((e) =>
        el('li', {}, el('a', { href: entityHref(e.entity), title: e.type }, e.entity + ' (' + e.articles + ')')))));
    }

    nodes.push(el('h2', {}, 'Articles'));
    nodes.push(el('ol', {}, ...s.articles.map((a) => el('li', {}, articleLink(a.id),
      el('span', { className: 'meta' }, ' ' + [a.site, a.published].filter(Boolean).join(' · '))))));
    show(s.headline || 'Story', ...nodes);
  }

  // Splits the text at every span boundary; each piece carries the classes of the spans that
  // cover it. Offsets are UTF-8 bytes, so the text is sliced as bytes and decoded per piece.
  function highlightedText(text, marks) {
    const bytes = new TextEncoder().encode(text);
    const decoder = new TextDecoder();
    const len = bytes.length;
    const clamp = (x) => Math.min(len, Math.max(0, x | 0));
    const spans = marks.map((m) => ({ ...m, begin: clamp(m.begin), end: clamp(m.end) })).filter((m) => m.end > m.begin);
    const cuts = new Set([0, len]);
    for (const m of spans) { cuts.add(m.begin); cuts.add(m.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const out = el('div', { className: 'article-text' });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = decoder.decode(bytes.subarray(a, b));
      const covering = spans.filter((m) => m.begin <= a && m.end >= b);
      if (!covering.length) { out.append(document.createTextNode(piece)); continue; }
      const node = el('span', {
        className: covering.map((m) => m.cls).join(' '),
        title: covering.map((m) => m.label).join('; '),
      }, piece);
      out.append(node);
    }
    return out;
  }

  // Article page: #/article/ID
  async function renderArticle(id) {
    const a = await api('/api/articles/' + enc(id));
    const marks = [];
    for (const e of a.entities) marks.push({ begin: e.begin, end: e.end, cls: 'hl-entity', label: e.type + ': ' + e.entity });
    for (const d of a.dates) marks.push({ begin: d.begin, end: d.end, cls: 'hl-date', label: d.type + (d.value ? ': ' + d.value : '') });
    for (const q of a.quotes) {
      marks.push({ begin: q.begin, end: q.end, cls: 'hl-quote', label: 'quote' + (q.speaker ? ' by ' + q.speaker : '') });
      if (q.speaker_begin !== undefined) marks.push({ begin: q.speaker_begin, end: q.speaker_end, cls: 'hl-speaker', label: 'speaker' });
    }
    const url = safeUrl(a.url);
    const link = a.link || {};
    const relation = link.copy_of ? ['copy of ', link.copy_of] : link.rewrite_of ? ['rewrite of ', link.rewrite_of] : null;
    const nodes = [
      el('p', { className: 'meta' }, el('a', { href: storyHref(a.story) }, '← the whole story')),
      el('h1', {}, a.title || untitled(a.id)),
      el('p', { className: 'meta' }, [a.site, a.byline, a.published, a.language].filter(Boolean).join(' · '),
        url ? ' · ' : '', url ? el('a', { href: url, rel: 'noopener noreferrer nofollow' }, 'original page') : null),
    ];
    if (relation) {
      nodes.push(el('p', { className: 'why' }, relation[0], el('a', { href: articleHref(relation[1]) }, relation[1]),
        ' (confidence ' + Number(link.confidence || 0).toFixed(2) + (whyText(link.why) ? '; ' + whyText(link.why) : '') + ')'));
    }
    nodes.push(el('p', { className: 'legend meta' }, 'Highlighted: ',
      el('span', { className: 'hl-entity' }, 'names'), el('span', { className: 'hl-date' }, 'dates'),
      el('span', { className: 'hl-quote' }, 'quotes')));
    nodes.push(highlightedText(a.text || '', marks));
    if (a.quotes.length) {
      nodes.push(el('h2', {}, 'Quotes'));
      for (const q of a.quotes) nodes.push(el('blockquote', {}, '“' + q.text + '”', el('div', { className: 'meta' }, '— ' + (q.speaker || 'unattributed'))));
    }
    const names = [...new Map(a.entities.map((e) => [e.entity, e])).values()];
    if (names.length) {
      nodes.push(el('h2', {}, 'Names'));
      nodes.push(el('ul', { className: 'chips' }, ...names.map((e) => el('li', {}, el('a', { href: entityHref(e.entity), title: e.type }, e.entity)))));
    }
    show(a.title || 'Article', ...nodes);
  }

  // Snippets mark matches as [word]; turn those into <mark> elements (text only).
  function snippet(text) {
    const p = el('p', {});
    const re = /\[([^\[\]]*)\]/g;
    let last = 0, m;
    while ((m = re.exec(text)) !== null) {
      p.append(document.createTextNode(text.slice(last, m.index)), el('mark', {}, m[1]));
      last = m.index + m[0].length;
    }
    p.append(document.createTextNode(text.slice(last)));
    return p;
  }

  // Search: #/search?q=words
  async function renderSearch(query) {
    const q = (query.get('q') || '').trim();
    document.getElementById('search-input').value = q;
    if (!q) { show('Search', el('h1', {}, 'Search'), el('p', { className: 'status' }, 'Type words in the search box.')); return; }
    const data = await api('/api/search?' + new URLSearchParams({ q, limit: 50 }).toString());
    const list = el('ul', { className: 'hits' }, ...data.hits.map((h) => el('li', {},
      el('a', { href: articleHref(h.id) }, h.title || untitled(h.id)),
      el('span', { className: 'meta' }, ' · ', el('a', { href: storyHref(h.story) }, 'story')),
      snippet(h.snippet || ''))));
    show('Search: ' + q, el('h1', {}, 'Results for “' + q + '”'),
      el('p', { className: 'meta' }, plural(data.hits.length, 'article')),
      data.hits.length ? list : el('p', { className: 'status' }, 'Nothing found.'));
  }

  // Entity page: #/entity/NAME — its stories over time (grouped by month, most recent first)
  // and the names that appear with it most often.
  async function renderEntity(name) {
    const data = await api('/api/entities/' + enc(name) + '?limit=200');
    const months = new Map();
    for (const s of data.stories) {
      const month = (s.last_published || s.first_published || '').slice(0, 7) || 'date unknown';
      if (!months.has(month)) months.set(month, []);
      months.get(month).push(s);
    }
    const timeline = el('div', { className: 'entity-timeline' });
    for (const [month, stories] of months) {
      timeline.append(el('h3', {}, month), el('ul', { className: 'story-list' }, ...stories.map((s) => {
        const item = storyItem(s);
        item.querySelector('.meta').append(' · named ' + plural(s.mentions, 'time') + ' in ' + plural(s.articles_mentioning, 'article'));
        return item;
      })));
    }
    const related = data.related.length
      ? el('ul', { className: 'chips' }, ...data.related.map((r) => el('li', {},
        el('a', { href: entityHref(r.entity), title: r.type }, r.entity + ' (' + r.articles + ')'))))
      : el('p', { className: 'status' }, 'No other names appear with it.');
    show(name, el('h1', {}, name),
      el('p', { className: 'meta' }, data.type + ' · named ' + plural(data.mentions, 'time') + ' in ' +
        plural(data.articles, 'article') + ' · ' + plural(data.stories.length, 'story', 'stories') +
        (data.stories.length >= data.limit ? ' (the most recent shown)' : '')),
      el('section', { 'aria-labelledby': 'entity-stories' }, el('h2', { id: 'entity-stories' }, 'Stories over time'), timeline),
      el('section', { 'aria-labelledby': 'entity-related' }, el('h2', { id: 'entity-related' }, 'Often named with'), related));
  }

  async function route() {
    navigation++;
    const { parts, query } = parseHash();
    try {
      if (parts[0] === 'story' && parts[1]) await renderStory(parts[1]);
      else if (parts[0] === 'article' && parts[1]) await renderArticle(parts[1]);
      else if (parts[0] === 'entity' && parts[1]) await renderEntity(parts[1]);
      else if (parts[0] === 'search') await renderSearch(query);
      else await renderList(query);
    } catch (err) {
      if (!(err instanceof Superseded)) showError(err);
    }
  }

  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = document.getElementById('search-input').value.trim();
    location.hash = '#/search?' + new URLSearchParams({ q }).toString();
  });
  // The skip link moves focus without touching the hash, which is the router's.
  document.querySelector('a.skip').addEventListener('click', (e) => {
    e.preventDefault();
    main.focus();
  });
  window.addEventListener('hashchange', route);
  route();
  // Not a navigation: fetched directly so that a quick first click does not drop it.
  fetch('/api/stats').then((r) => r.json()).then((s) => {
    document.getElementById('stats').textContent = plural(s.articles, 'article') + ' stored ·';
  }).catch(() => {});
})();
