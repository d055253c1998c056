"""Markup to lines: YAML front matter, HTML (beautifulsoup4 + lxml) and Markdown links."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from kg.ingest.dates import parse_date

FRONT_MATTER_LIMIT = 65536  # a front matter block larger than this is not one
# libyaml's parser when PyYAML was built with it (its wheels are): the same constructors, ten times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Meta:
    title: str | None = None
    date: str | None = None
    author: str | None = None
    source: str | None = None
    categories: tuple[str, ...] = ()
    url: str | None = None  # the article's own address: front matter url, canonical link or og:url
    extra: dict[str, str] = field(default_factory=dict)
    # Index, among the body lines kept so far, of the first date or source line: a page prints its
    # headline right above it, below the site's chrome.
    headline_at: int | None = None


# --- front matter ---------------------------------------------------------------------------------

_FENCE_RE = re.compile(r"[ \t]*---[ \t]*\n")
_CLOSE_RE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_KEY_LINE_RE = re.compile(r"^([A-Za-z_][\w-]{0,40})[ \t]*:[ \t]*(.*)$")
_LIST_ITEM_RE = re.compile(r"^[ \t]+-[ \t]+(.*)$|^-[ \t]+(.*)$")


def split_front_matter(text: str) -> tuple[dict[str, object] | None, str]:
    """Jekyll/Hexo front matter (`---` … `---`, after blank lines at most) and the rest."""
    stripped = text.lstrip("\n \t")
    fence = _FENCE_RE.match(stripped)
    if not fence:
        return None, text
    close = _CLOSE_RE.search(stripped, fence.end(), fence.end() + FRONT_MATTER_LIMIT)
    if not close:
        return None, text
    block = stripped[fence.end() : close.start()]
    rest = stripped[close.end() :]
    data: object = None
    try:
        data = yaml.load(block, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        pass
    if not isinstance(data, dict):
        data = _loose_key_values(block)
        if not data:
            return None, text
    return {str(k).lower(): v for k, v in data.items()}, rest


def _loose_key_values(block: str) -> dict[str, object]:
    """`key: value` lines and `- item` lists, for front matter YAML will not parse."""
    data: dict[str, object] = {}
    key = None
    for line in block.split("\n"):
        m = _KEY_LINE_RE.match(line)
        if m:
            key, value = m[1], m[2].strip().strip("'\"")
            data[key] = value if value else []
            continue
        item = _LIST_ITEM_RE.match(line)
        if item and key is not None and isinstance(data.get(key), list):
            data[key].append((item[1] or item[2]).strip().strip("'\""))
    return data


def _scalar(value: object, limit: int = 300) -> str | None:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        return text[:limit] or None
    if isinstance(value, dict):
        return _scalar(value.get("name"), limit)
    if isinstance(value, list):
        names = [s for s in (_scalar(v, limit) for v in value[:10] if not isinstance(v, list)) if s]
        return "、".join(names)[:limit] or None
    return None


def meta_from_front_matter(data: dict[str, object]) -> Meta:
    meta = Meta()
    meta.title = _without_site_suffix(_scalar(data.get("title")))
    for key in ("date", "published", "pubdate", "created", "updated"):
        if key in data:
            meta.date = parse_date(data[key])
            if meta.date:
                break
    meta.author = _scalar(data.get("author") or data.get("authors"))
    meta.source = _scalar(data.get("source") or data.get("publisher"))
    meta.url = _scalar(data.get("url") or data.get("canonical_url"), 2000)
    categories = data.get("categories", data.get("category"))
    if isinstance(categories, str):
        # Jekyll reads a string of categories as space-separated names.
        items = categories.replace("，", ",").replace(",", " ").split()
    elif isinstance(categories, list):
        items = [_scalar(c, 100) for c in categories[:20] if not isinstance(c, (list, dict))]
    else:
        items = []
    meta.categories = tuple(dict.fromkeys(c for c in items if c))
    return meta


# --- HTML -------------------------------------------------------------------------------------------

BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul", "caption", "title",
)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object",
              "embed", "select", "button", "input", "textarea", "head")
# Page chrome of a whole HTML page; a fragment inside a .md/.txt body keeps everything.
_PAGE_CHROME = ("nav", "footer", "aside", "form")
_HTML_IN_TEXT_RE = re.compile(r"<(?:p|div|br|h[1-6]|li|ul|ol|table|tr|td|section|article|span|blockquote)\b[^<>]{0,300}>", re.I)
# A site's name, as pages set their logo in <h1>: 某某新闻网, 某某在线, 某某日报, 某某县人民政府, 某某融媒.
_SITE_NAME_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·]{1,12}(?:网|網|在线|在線|日报|日報|晚报|晚報|融媒|客户端|客戶端|门户|門戶|"
                           r"人民政府|政府网|政府網)$")
# A channel's or a site section's name: 新闻中心, 本地频道, 首页, 栏目 (a headline says what happened).
_CHANNEL_RE = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:中心|频道|頻道|首页|首頁|栏目|欄目|专题|專題|列表|正文)$")
_BREAK = "\ufdd0"  # a noncharacter: stands for a block boundary while the tree is flattened
_WS_RE = re.compile(r"[ \t\r\n\f\v]+")
# A line break in the source between two Chinese characters is no space: CSS Text 3's segment break transformation
# removes it (开展“春风<newline>行动” renders 开展“春风行动”), as browsers do.
_CJK_WIDE = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’"
# (the break's first character tested before the lookbehind: re then skips to breaks in C, 2.4x faster on pages)
_CJK_BREAK_RE = re.compile(f"(?=[ \t\r\n])(?<=[{_CJK_WIDE}])[ \t]*[\r\n][ \t\r\n]*(?=[{_CJK_WIDE}])")
_META_DATE_NAMES = ("article:published_time", "pubdate", "publishdate", "publish_date", "date",
                    "dc.date", "dc.date.issued", "og:published_time", "datepublished")
_META_AUTHOR_NAMES = ("author", "article:author", "dc.creator")
_META_SOURCE_NAMES = ("source", "og:site_name", "dc.publisher", "publisher")


def looks_like_html(text: str) -> bool:
    return _HTML_IN_TEXT_RE.search(text[:200_000]) is not None


def html_to_text(html: str, *, whole_page: bool) -> tuple[str, Meta]:
    """Text with one block element a line; <title>/<h1> and <meta> tags as metadata.

    A whole page follows HTML whitespace rules (newlines in the source are spaces); a fragment
    inside a text file keeps its newlines, since its author wrote paragraphs both ways.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html.replace(_BREAK, ""), "lxml")
    meta = Meta()
    skip = set(_DROP_TAGS)
    h1 = None
    if whole_page:
        skip.update(_PAGE_CHROME)
        title = soup.find("title")
        h1 = None
        for heading in soup.find_all("h1", limit=4):
            text = heading.get_text(strip=True)
            if _SITE_NAME_RE.match(text):
                heading.decompose()  # the site's logo set as <h1>: chrome, neither title nor body
            elif text and h1 is None:
                h1 = heading
        if h1 is not None:
            meta.title = " ".join(h1.get_text(" ").split())[:300]
        else:
            h1 = None
            if title is not None and title.get_text(strip=True):
                meta.title = _page_title(title.get_text(" "))
        for tag in soup.find_all("meta"):
            name = str(tag.get("name") or tag.get("property") or tag.get("itemprop") or "").lower()
            content = str(tag.get("content") or "").strip()
            if not content:
                continue
            if name in _META_DATE_NAMES and not meta.date:
                meta.date = parse_date(content)
            elif name in _META_AUTHOR_NAMES and not meta.author:
                meta.author = content[:100]
            elif name in _META_SOURCE_NAMES and not meta.source:
                meta.source = content[:100]
            elif name == "og:url" and not meta.url:
                meta.url = content[:2000]
        for link in soup.find_all("link", href=True):
            if "canonical" in [str(rel).lower() for rel in (link.get("rel") or [])]:
                meta.url = str(link["href"]).strip()[:2000] or meta.url  # canonical outranks og:url
                break
    _rows_as_lines(soup)
    text = "".join(_flatten(soup, skip, h1))
    if whole_page:
        if "\n" in text or "\r" in text:
            text = _CJK_BREAK_RE.sub("", text)
        text = _WS_RE.sub(" ", text)
    return text.replace(_BREAK, "\n"), meta


DATA_CELL_MAX = 30  # a data table's cell is a word, a name or a figure; a layout table's cell holds prose
_CELL_BLOCKS = ("p", "div", "table", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article")


def _rows_as_lines(soup) -> None:
    """A data table (序号 品牌名称 申报单位 / 1 X厨师 A县 …) is read a row a line, its cells set apart by a wide space,
    as it is printed; a layout table (cells of prose or of blocks) keeps a cell a line."""
    from bs4 import NavigableString

    for table in soup.find_all("table"):
        rows = table.find_all("tr")
        cells = [row.find_all(("td", "th"), recursive=False) for row in rows]
        if len(rows) < 2 or any(len(row) < 2 for row in cells):
            continue
        if any(cell.find(_CELL_BLOCKS) is not None or len(cell.get_text(strip=True)) > DATA_CELL_MAX
               for row in cells for cell in row):
            continue
        for row, row_cells in zip(rows, cells):
            line = "\u3000".join(" ".join(cell.get_text(" ").split()) for cell in row_cells)
            row.clear()
            row.append(NavigableString(line))


def _flatten(root, skip: set[str], omit) -> list[str]:
    """The strings of the tree in document order, with a break around every block element.

    An explicit stack rather than recursion or tree surgery: deeply nested markup stays linear
    in time and cannot exhaust Python's recursion limit.
    """
    from bs4 import NavigableString, Tag

    blocks = set(BLOCK_TAGS)
    out: list[str] = []
    stack: list[tuple[object, int]] = [(root, 0)]
    while stack:
        node, index = stack.pop()
        children = node.contents
        if index == 0 and node.name in blocks:
            out.append(_BREAK)
        if index < len(children):
            stack.append((node, index + 1))
            child = children[index]
            if isinstance(child, Tag):
                if child.name == "br":
                    out.append(_BREAK)
                elif child.name not in skip and child is not omit:
                    stack.append((child, 0))
            elif type(child) is NavigableString:  # not comments, doctypes, CDATA, ...
                out.append(str(child))
        elif node.name in blocks:
            out.append(_BREAK)
    return out


# The last part of a title after a separator (_某某网, " - 某某频道", ｜某某在线).
_TRAILING_PART_RE = re.compile(r"(?:\s[-|｜—]\s|_|｜)\s*(?P<part>[^_|｜—\s-][^_|｜—-]{0,19})$")


def _without_site_suffix(title: str | None) -> str | None:
    """"镇宁县开通返岗专车_安顺新闻网" -> the headline, where what follows it only names the site or a channel."""
    while title and (m := _TRAILING_PART_RE.search(title)):
        part, head = m.group("part").strip(), title[:m.start()].strip()
        if len(head) < 4 or not (_SITE_NAME_RE.match(part) or _CHANNEL_RE.search(part)):
            break
        title = head
    return title


def _page_title(text: str) -> str | None:
    """"稳就业促增收_安康新闻网" -> the part before the site name; None when that names only a channel or the site
    (新闻中心_某某网, 某某在线): the headline is then read off the page."""
    text = " ".join(text.split())
    parts = [p.strip() for p in re.split(r"\s[-|｜—]\s|_|｜", text) if p.strip()]
    title = (parts[0] if parts and len(parts[0]) >= 4 else text)[:300]
    letters = re.sub(r"[\W_]+", "", title)
    if len(letters) <= 4 or _SITE_NAME_RE.match(letters) or _CHANNEL_RE.search(letters):
        return None
    return title


# --- Markdown ---------------------------------------------------------------------------------------

_IMAGE_RE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\[\]\s]{0,2000}(?:\s\"[^\"\n]{0,300}\")?\)")
_RETURN_LINK_RE = re.compile(r"\[\s{0,3}(?:返回|返迴|回到)[^\[\]\n]{0,100}\]\([^()\[\]\s]{0,2000}\)")
# Link text stops at the next "[": each attempt ends where the next one starts, so the scan is linear.
_LINK_RE = re.compile(r"\[([^\[\]\n]{0,300})\]\([^()\[\]\s]{0,2000}(?:\s\"[^\"\n]{0,300}\")?\)")
_AUTOLINK_RE = re.compile(r"<(?:https?:|ftp:|mailto:|//)[^<>\s]{0,2000}>")
_HEADING_RE = re.compile(r"^#{1,6}[ \t]+([^\n]*)$", re.M)
_EMPHASIS_RE = re.compile(r"\*\*|__")
_QUOTE_RE = re.compile(r"^(?:>[ \t]?)+", re.M)


def strip_markdown(text: str, *, markdown: bool) -> str:
    """Drop images, [返回…] links, URLs in links and <autolinks>; markdown also loses # ** >."""
    if "](" in text:
        text = _IMAGE_RE.sub("", text)
        text = _RETURN_LINK_RE.sub("", text)
        text = _LINK_RE.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK_RE.sub("", text)
    if markdown:
        text = _HEADING_RE.sub(lambda m: m[1].rstrip(" \t#"), text)
        text = _EMPHASIS_RE.sub("", text)
        text = _QUOTE_RE.sub("", text)
    return text
