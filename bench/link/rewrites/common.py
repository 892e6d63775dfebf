"""Helpers for the hand-written rewrite set (fictional events, our own sentences).

Every article is one dict: the input fields of `storyline link` (id, url, source/site,
published, title, text) plus gold fields (event, kind, of, origin) that build_set.py splits off.
"""
import textwrap


def _text(s):
    # Paragraphs are separated by blank lines in the source; one line each in the output.
    paras = [" ".join(p.split()) for p in textwrap.dedent(s).strip().split("\n\n")]
    return "\n\n".join(p for p in paras if p)


def art(id, kind, event, site, url, published, title, text, of=None, origin=None):
    """kind: original | rewrite | copy | followup | orphan. `of`: the article rewritten/copied.
    `origin`: expected origin; for rewrites/copies build_set.py derives it from `of`."""
    return dict(id=id, kind=kind, event=event, site=site, url=url, published=published,
                title=title, text=_text(text), of=of, origin=origin)
