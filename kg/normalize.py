"""Normalise a Document into an Article: simplified, repaired text split into sentences with offsets."""
from __future__ import annotations

import bisect
import hashlib
import re

from kg.model import Article, Document, Sentence, Span
from kg.text.chars import CJK
from kg.text.chars import CJK_RE as _CJK_RE
from kg.text.script import common_chars, t2s

__all__ = [
    "normalize",
    "clean_text",
    "normalize_title",
    "strip_glosses",
    "split_sentences",
]

# --- character classes -------------------------------------------------------------------------

# Vowels with tone marks, and ü: a pinyin gloss always carries at least one of them, which is
# what tells 數(shù) apart from 微信(wechat) or 项目(a).
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
PINYIN = "a-zA-Z" + TONED
# Scripts that do not occur inside Chinese news prose but that GBK/Big5 mis-decoding produces.
ODD = "\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3130-\u318f\uac00-\ud7af\ue000-\uf8ff\u2500-\u257f\ufffd"
_ODD_RE = re.compile(f"[{ODD}]")

# Marks around stretches found unreliable; they travel through every later rewrite and are
# turned into Article.unreliable spans at the end. Shift Out / Shift In are neither whitespace
# nor anything OpenCC converts, and input never keeps them (all C0 controls are dropped first).
MS, ME = "\x0e", "\x0f"

# C0 controls other than tab and newline; a regex finds them far faster than str.translate.
_CONTROLS_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f]")

# Full-width digits and Latin letters fold to ASCII; Chinese punctuation stays as written.
_FOLD = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B)) for c in range(*r)}
# Every other Unicode space (U+1680, U+2000-U+200A, U+202F, U+205F) is a plain space too.
_OTHER_SPACES = "\u1680\u2000-\u200a\u202f\u205f"
_FOLD.update({0x3000: " ", 0x00A0: " ", 0x1680: " ", 0x202F: " ", 0x205F: " "})
_FOLD.update({c: " " for c in range(0x2000, 0x200B)})
_FOLDED = f"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000\u00a0{_OTHER_SPACES}]"
# Written XX* rather than X+ (so are _SPACES_RE and _TERMINATOR_RE): a pattern that opens with a
# plain class lets the regex engine skip to the characters that can start a match, while one that
# opens with a repeat is tried at every position, two to three times slower.
_FOLD_RE = re.compile(f"{_FOLDED}{_FOLDED}*")

def _common_ratio(text: str) -> float:
    """Share of the characters of `text` that are common CJK characters."""
    if not text:
        return 0.0
    common = common_chars()
    return sum(1 for c in text if c in common) / len(text)


# --- pinyin glosses -----------------------------------------------------------------------------

# 數(shù) / 數（shù）: a toned syllable in brackets right after a CJK character (or after a
# mark / replacement character standing where one was).
# A legacy encoding (Big5, GBK) has no toned vowels: a page saved in one shows 協(xi?) — the ? stands for the vowel.
_GLOSS_RE = re.compile(
    f"(?<=[{CJK}{MS}{ME}\ufffd])[(（](?=[{PINYIN}]{{0,7}}[{TONED}]|[a-z]{{1,6}}\\?)[{PINYIN}?]{{1,8}}[)）]"
)
# ?shù): the mis-decoding swallowed the bracket together with the byte before it.
_EATEN_GLOSS_RE = re.compile(
    f"(?<=[{CJK}{MS}{ME}\ufffd])[?\ufffd](?=[{PINYIN}]{{0,7}}[{TONED}])[{PINYIN}]{{1,8}}\\)"
)


def strip_glosses(text: str) -> str:
    """Remove pinyin glosses: 數(shù)字化 -> 數字化, 當?shù)鼐 -> 當鼐 (mojibake is left to clean_text)."""
    if "(" not in text and "（" not in text and ")" not in text:
        return text
    return _GLOSS_RE.sub("", _EATEN_GLOSS_RE.sub("", text))


# --- GBK one-byte-shift mojibake -----------------------------------------------------------------

# A '?' (or U+FFFD) where a decoder gave up on a byte, possibly with the rest of a swallowed
# gloss ("?shù)") or a stray '!', followed by a run of non-ASCII letters. When the file was GBK and
# one byte went missing, every later pair is read one byte off until an ASCII byte resynchronises
# the decoder; dropping the run's first byte and decoding again gives back the text.
_RUN_CHARS = f"[^\\x00-\\x7f\\s{MS}{ME}，。、；：？！“”‘’（）《》〈〉【】「」『』—…·]"
_MOJIBAKE_RE = re.compile(
    f"(?P<anchor>(?<![?\ufffd])[?\ufffd]++(?:[{PINYIN}]{{1,8}}\\))?!?)"
    f"(?P<run>[\\x40-\\x7e]?{_RUN_CHARS}{{1,200}}(?:!{_RUN_CHARS}{{1,200}})*)"
)
# Read one byte late, a character ending in byte A3 before one starting with A1 (海、, 港。) makes the pair
# A3 A1, a full-width '！'; a page that folds full-width forms to ASCII prints it '!'. Inside a run it is
# part of the garbling, and stands for those two bytes again.
_FOLDED = str.maketrans({"!": "！"})
# What is left after the repair pass: replacement characters, '?' runs between characters, and
# letters of scripts that have no business inside Chinese prose.
_LEFTOVER_RE = re.compile(
    f"{MS}[^{ME}]*{ME}"
    f"|(?P<bad>[{ODD}]++|(?<=[^\\x00-\\x7f])\\?{{2,}}+|(?<!\\?)\\?{{2,}}+(?=[^\\x00-\\x7f]))"
)


_TRAIL_BYTE_RE = re.compile("[\x40-\x7e]")


def _reads_plain(text: str) -> bool:
    if not text or _ODD_RE.search(text):
        return False
    if _TRAIL_BYTE_RE.search(text) and _CJK_RE.search(text):
        # An ASCII letter glued inside a run of CJK is the trail byte of a split pair.
        return False
    return _common_ratio(text) >= 0.8


def _shift_decode(run: str, after: str) -> tuple[str, bool] | None:
    """Re-read `run` one byte later as GBK; returns (text, consumed_next_char) or None."""
    try:
        # gb18030, not gbk: a decoder that met an unassigned pair may have left a private-use
        # character, which gb18030 maps back to its two bytes.
        data = run.translate(_FOLDED).encode("gb18030")
    except UnicodeEncodeError:
        return None
    data = data[1:]
    consumed = False
    if len(data) % 2:
        if after and "\x40" <= after <= "\x7e":
            data += after.encode("ascii")
            consumed = True
    text = data.decode("gbk", errors="replace")
    return text, consumed


def _repair_mojibake(text: str) -> str:
    if "?" not in text and "\ufffd" not in text:
        return text
    out: list[str] = []
    pos = 0
    for m in _MOJIBAKE_RE.finditer(text):
        start, end = m.span()
        if start < pos:
            continue
        anchor, run = m.group("anchor"), m.group("run")
        if run[0] < "\x80" and not anchor.endswith(")"):
            continue  # "?A股": only a swallowed gloss leaves a lone trail byte behind
        run_plain = _reads_plain(run)
        # A lone '?' may be an ordinary question mark; "?shù)", "?!" or "??" are garbling.
        garbled_anchor = anchor != "?"
        if run_plain and not garbled_anchor:
            continue
        after = text[end : end + 1]
        repaired = _shift_decode(run, after)
        out.append(text[pos:start])
        if repaired is not None:
            fixed, consumed = repaired
            plain = fixed.replace("\ufffd", "")
            lost = fixed.count("\ufffd")
            if (
                len(plain) >= 2
                and lost * 4 <= len(fixed)
                and _reads_plain(plain)
                and (not run_plain or _common_ratio(plain) > _common_ratio(run))
            ):
                # The anchor stands for a character whose bytes are gone: keep a marked
                # placeholder, and mark every character the re-decoding could not give back.
                out.append(f"{MS}\ufffd{ME}")
                out.append(re.sub("\ufffd+", lambda r: f"{MS}{r.group()}{ME}", fixed))
                pos = end + (1 if consumed else 0)
                continue
        if run_plain:
            out.append(text[start:end])  # the garbling stopped at the anchor
        else:
            out.append(f"{MS}{anchor}{run}{ME}")
        pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _mark_leftovers(text: str) -> str:
    if "?" not in text and not _ODD_RE.search(text):
        return text
    return _LEFTOVER_RE.sub(lambda m: f"{MS}{m.group()}{ME}" if m.group("bad") else m.group(), text)


# --- punctuation --------------------------------------------------------------------------------

_CLOSERS = "”’」』）》〉】"
_OPENERS = "“‘「『（《〈【"
# Each rule comes with a cheap test that any text it would change passes: most text has none of
# these faults, and a scan for two literal characters costs a fraction of a scan with look-arounds.
_PUNCT_RULES = [
    # ",、" ",。" ",;": a comma the garbling put before a stronger mark.
    # Matches start only at the head of a run of commas and take it whole (possessive), so a
    # long run costs one pass, not one per starting position.
    ("[,，][、。；！？;]", "(?<![,，])[,，]++(?=[、。；！？;])", ""),
    # ASCII ; and : written after Chinese text are the full-width marks (；：).
    (";", f"(?<=[{CJK}{_CLOSERS}{ME})])[ \\t]*+;[ \\t]*", "；"),
    (":", f"(?<=[{CJK}{_CLOSERS}{ME}])[ \\t]*+:[ \\t]*", "："),
    ("[、。；！？][,，]", "(?<=[、。；！？])[,，]++", ""),
    ("[,，][,，]", "(?<![,，])[,，]{2,}+", "，"),  # a test written [,，]{2} scans half as fast
    ("、、", "(?<!、)、{2,}+", "、"),
    # An ASCII comma after Chinese text is a Chinese comma; 1,000 keeps its comma.
    (",", f"(?<=[{CJK}{_CLOSERS}{ME})])[ \\t]*+,[ \\t]*", "，"),
    (",", f"(?<=[0-9%]),[ \\t]*(?=[{CJK}{_OPENERS}{MS}])", "，"),
    # No space after a Chinese mark.
    ("[，。、；：！？“”][ \\t]", "(?<=[，。、；：！？“”])[ \\t]+", ""),
]
# The tests of the comma rules only match two of these marks side by side, which most text never
# has: one scan for such a pair answers for all of them until a rule changes the text.
_MARKS = ",，、。；！？;"
_MARK_PAIR_RE = re.compile(f"[{_MARKS}][{_MARKS}]")
_PAIR_TESTS = {"[,，][、。；！？;]", "[、。；！？][,，]", "[,，][,，]"}
assert _PAIR_TESTS <= {test for test, _, _ in _PUNCT_RULES}, "a pair test no longer names a rule's test"
_PUNCT_PASSES = [
    (test in _PAIR_TESTS, re.compile(test), re.compile(pattern), repl) for test, pattern, repl in _PUNCT_RULES
]


# Straight double quotes ("A", full-width ＂A＂) around Chinese words, as some sites and copy-editors write them,
# are the curly pair that names things (“A”): paired left to right within a line; a pair with no Chinese
# inside (HTML or English left in the text) or a long one stays. One character for one, so offsets hold.
_STRAIGHT_PAIR_RE = re.compile('["＂]([^"＂\n]*)["＂]')
_LONGEST_QUOTED = 40


def _curl_straight_quotes(text: str) -> str:
    if '"' not in text and "＂" not in text:
        return text
    return _STRAIGHT_PAIR_RE.sub(
        lambda m: f"“{m.group(1)}”" if len(m.group(1)) <= _LONGEST_QUOTED and _CJK_RE.search(m.group(1))
        else m.group(), text)


def _repair_punctuation(text: str) -> str:
    paired = None  # whether _MARK_PAIR_RE matches the text as it now is; None: not known
    for needs_pair, test, pattern, repl in _PUNCT_PASSES:
        if needs_pair:
            if paired is None:
                paired = _MARK_PAIR_RE.search(text) is not None
            if not paired:
                continue
        if test.search(text):
            text = pattern.sub(repl, text)
            paired = None
    return text


# --- the whole clean-up -------------------------------------------------------------------------

_SPACES_RE = re.compile(r"[ \t][ \t]+")  # not [ \t]{2,}: see _FOLD_RE
_MARKS_RE = re.compile(f"[{MS}{ME}]")


def _marked_text(raw: str) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    # Unicode's line and paragraph separators (and NEL) break lines as a newline does; three
    # replaces that find nothing cost a fifth of one regex scan.
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    text = _CONTROLS_RE.sub("", text)
    text = _repair_mojibake(text)
    text = _mark_leftovers(text)
    text = strip_glosses(text)
    text = _repair_punctuation(_curl_straight_quotes(text))
    text = t2s(text)
    text = _FOLD_RE.sub(lambda m: m.group().translate(_FOLD), text)
    if "  " in text or "\t" in text:  # a literal scan is ten times faster than the regex's
        text = _SPACES_RE.sub(" ", text)
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line and line.strip(MS + ME + " "))


def _unmark(text: str) -> tuple[str, tuple[Span, ...]]:
    if MS not in text:
        return text, ()
    parts: list[str] = []
    spans: list[Span] = []
    length = 0
    start = None
    pos = 0
    for m in _MARKS_RE.finditer(text):
        chunk = text[pos : m.start()]
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group() == MS:
            start = length
        elif start is not None:
            if length > start:
                spans.append(Span(start, length))
            start = None
    parts.append(text[pos:])
    return "".join(parts), tuple(spans)


def clean_text(raw: str) -> tuple[str, tuple[Span, ...]]:
    """Repaired, gloss-free, simplified text with one paragraph a line, and its unreliable spans."""
    return _unmark(_marked_text(raw))


def normalize_title(title: str | None) -> str | None:
    if not title:
        return None
    text, _ = clean_text(title)
    text = " ".join(text.split("\n")).strip()
    return text or None


# --- paragraphs and sentences ---------------------------------------------------------------------

# A sentence ends at 。！？；!? (and at a line end); closing quotes and brackets stay with it.
_TERMINATOR_RE = re.compile(f"[。！？；!?][。！？；!?]*[{_CLOSERS})\"']*")  # XX*, see _FOLD_RE
_CONTENT_RE = re.compile(f"[0-9A-Za-z{CJK}]")


def _inside(starts: list[int], spans: tuple[Span, ...], offset: int) -> bool:
    """Whether `offset` lies in one of the sorted, non-overlapping `spans`."""
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and spans[i].start <= offset < spans[i].end


# Real sentences of this genre stay under a few hundred characters; a "sentence" of thousands is a
# list or text without punctuation, and extractors that look at every pair of places in a
# sentence would turn quadratic on it. Longer runs are cut at a clause break (，；：、) before the
# limit, else hard at the limit.
MAX_SENTENCE = 500
_CLAUSE_BREAK_RE = re.compile(r"[，,；;：:、]")


def _bounded(line: str, line_start: int, cuts: list[int]) -> list[int]:
    """`cuts` with extra cuts so that no piece between two cuts is longer than MAX_SENTENCE."""
    bounded: list[int] = []
    begin = line_start
    for cut in cuts:
        while cut - begin > MAX_SENTENCE:
            window = line[begin - line_start:begin - line_start + MAX_SENTENCE]
            breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(window)]
            step = breaks[-1] if breaks and breaks[-1] > MAX_SENTENCE // 4 else MAX_SENTENCE
            begin += step
            bounded.append(begin)
        bounded.append(cut)
        begin = max(begin, cut)
    return bounded


def split_sentences(
    text: str, unreliable: tuple[Span, ...] = ()
) -> tuple[tuple[Span, ...], tuple[Sentence, ...]]:
    """Paragraph spans (one per line) and sentences with exact offsets into `text`."""
    paragraphs: list[Span] = []
    sentences: list[Sentence] = []
    unreliable = tuple(sorted(unreliable, key=lambda u: (u.start, u.end)))
    starts = [u.start for u in unreliable]
    offset = 0
    for line in text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        if not line or line.isspace():
            continue
        index = len(paragraphs)
        paragraphs.append(Span(line_start, line_start + len(line)))
        # Cuts are offsets into the line; most text has no unreliable span to look up.
        if unreliable:
            cuts = [
                m.end()
                for m in _TERMINATOR_RE.finditer(line)
                if not _inside(starts, unreliable, line_start + m.start())
            ]
        else:
            cuts = [m.end() for m in _TERMINATOR_RE.finditer(line)]
        cuts.append(len(line))
        if len(line) > MAX_SENTENCE:  # a shorter line cannot hold a piece that needs cutting
            cuts = _bounded(line, 0, cuts)
        begin = 0
        for cut in cuts:
            if cut <= begin:
                continue
            piece = line[begin:cut]
            if _CONTENT_RE.search(piece):  # content is never whitespace, so stripping cannot remove it
                stripped = piece.strip()
                s = line_start + begin + len(piece) - len(piece.lstrip())
                sentences.append(Sentence(s, s + len(stripped), index, stripped))
            begin = cut
    return tuple(paragraphs), tuple(sentences)


def normalize(doc: Document) -> Article:
    """Document -> Article: repaired, simplified text with paragraphs, sentences and unreliable spans."""
    text, unreliable = clean_text(doc.body or "")
    paragraphs, sentences = split_sentences(text, unreliable)
    return Article(
        document=doc,
        title=normalize_title(doc.title),
        text=text,
        paragraphs=paragraphs,
        sentences=sentences,
        unreliable=unreliable,
        text_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
