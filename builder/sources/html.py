"""Article text from a saved web page.

The stdlib parser is enough: we need the text of the article's block elements,
deterministically, and nothing a page could execute or fetch. Scripts, styles,
frames and navigation are dropped; each block becomes one line, so the same
paragraph rules apply as for pasted text.
"""
from __future__ import annotations

from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "form",
         "button", "svg", "template", "object", "embed", "select", "figure", "head"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
          "blockquote", "br", "tr", "figcaption", "pre", "ul", "ol", "table", "hr", "dd", "dt"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed",
         "param", "track"}


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: dict[str, list[str]] = {"article": [], "main": [], "body": []}
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False
        self._skip_depth = 0
        self._open: list[str] = []
        self._line: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k: v or "" for k, v in attrs}
            key = (a.get("property") or a.get("name") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
            return
        if tag in _VOID:
            if tag in _BLOCK:
                self._flush()
            return
        if tag == "title":
            self._in_title = True
        if tag in _SKIP:
            self._skip_depth += 1
        if tag in _BLOCK:
            self._flush()
        self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or tag not in self._open:
            return
        while self._open:
            top = self._open.pop()
            if top in _SKIP:
                self._skip_depth -= 1
            if top == "title":
                self._in_title = False
            if top == tag:
                break
        if tag in _BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._skip_depth:
            return
        self._line.append(data)

    def _flush(self) -> None:
        line = " ".join("".join(self._line).split())
        self._line = []
        if not line or self._skip_depth:
            return
        self.blocks["body"].append(line)
        for container in ("article", "main"):
            if container in self._open:
                self.blocks[container].append(line)

    def close(self) -> None:
        super().close()
        self._flush()


def html_article(markup: str) -> tuple[str, dict[str, str]]:
    """(article text, metadata found in the page's <meta> and <title>)."""
    parser = _ArticleParser()
    parser.feed(markup)
    parser.close()
    lines = parser.blocks["article"] or parser.blocks["main"] or parser.blocks["body"]
    meta: dict[str, str] = {}
    title = parser.meta.get("og:title") or " ".join(parser.title.split())
    if title:
        meta["title"] = title
    for key, names in {
        "outlet": ("og:site_name", "application-name"),
        "date": ("article:published_time", "date", "pubdate", "dc.date"),
        "author": ("author", "article:author"),
        "url": ("og:url",),
    }.items():
        for name in names:
            if parser.meta.get(name):
                meta[key] = parser.meta[name]
                break
    return "\n\n".join(lines) + ("\n" if lines else ""), meta
