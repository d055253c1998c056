"""Chinese numerals and full-width digits: the values of the characters that write numbers."""
from __future__ import annotations

__all__ = ["DIGIT_VALUES", "FULLWIDTH_DIGITS", "FULLWIDTH_DIGITS_ONLY", "MYRIADS", "SMALL_NUMBER_VALUES",
           "TEN_POWERS"]

# Chinese digits, including the financial forms (壹贰叁) and traditional 兩 that survive normalisation.
DIGIT_VALUES = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
TEN_POWERS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
MYRIADS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
# The one-character counts of everyday prose (两个, 三批, 十项): one to ten in plain (not financial) numerals.
SMALL_NUMBER_VALUES = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                       "十": 10}
# Full-width digits, point and comma folded to ASCII (８．４３万 → 8.43万), for str.translate.
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
# The digits alone, where a full-width point or comma is a separator to keep (a date's ２０２４．３．５).
FULLWIDTH_DIGITS_ONLY = str.maketrans("０１２３４５６７８９", "0123456789")
