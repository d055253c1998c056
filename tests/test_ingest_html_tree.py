"""kg.ingest.markup builds its page tree from lxml's events itself; it must read a page as BeautifulSoup(html, "lxml")
did before (the text, hence kg.ttl, depends on it): the same elements and the same strings, in the same order."""
from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag

from kg.ingest.markup import _Element, _parse_html, html_to_text

PAGES = [
    # bs4's two string rules: ASCII whitespace alone becomes " " or "\n" (not inside pre/textarea) ...
    "<html><body><p>甲</p> \n <p>乙</p><pre>  \n </pre><textarea> \t</textarea><div>\r\n\t</div></body></html>",
    # ... and strings inside rt, rp, script, style and template are no text (nor a comment, doctype or PI).
    "<!DOCTYPE html><ruby>劳<rp>(</rp><rt>láo</rt><rp>)</rp></ruby><script>var a='<p>';</script><style>p{}</style>"
    "<template><p>模板</p></template><?php echo 1 ?><p>务<!-- 注释 -->输转</p>",
    # A comment splits a string in two; the parser's recovery of broken markup.
    "<h1>某某<!--x-->县</h1><table><tr><td>一<td>二</table></p><p>三<b>四<i>五</b>六</i></div>七",
    "\ufeff<title>标题 <b>一</b></title><meta name=author content=' 记者 '><link rel='Canonical alternate' href=' http://a.cn/1 '>"
    "<h1>某某在线</h1><h1>返岗<br>专车</h1><nav><a>首页</a></nav><p>正文</p>",
]


def _ours(element: _Element) -> list[str]:
    return [f"<{node.name}>" if type(node) is _Element else node for node in element.iter()]


def _bs4(soup) -> list[str]:
    return [f"<{node.name}>" if isinstance(node, Tag) else str(node) for node in soup.descendants
            if isinstance(node, Tag) or type(node) is NavigableString]


def test_tree_is_the_one_beautifulsoup_built():
    for page in PAGES:
        assert _ours(_parse_html(page)) == _bs4(BeautifulSoup(page, "lxml")), page


def test_page_text_and_metadata():
    text, meta = html_to_text(PAGES[3], whole_page=True)
    assert meta.title == "返岗 专车"  # the site's logo <h1> (某某在线) is dropped, the next <h1> is the headline
    assert (meta.author, meta.url) == ("记者", "http://a.cn/1")
    assert text == "\n正文\n"  # the headline and the nav bar are not body text
    assert html_to_text(PAGES[1], whole_page=True)[0] == "劳\n务输转\n"  # ruby readings, scripts, templates dropped
    # A fragment keeps its newlines; pre keeps its whitespace, the whitespace between blocks is one character.
    assert html_to_text(PAGES[0], whole_page=False)[0] == "\n甲\n\n\n乙\n\n  \n \n\n\n\n"
