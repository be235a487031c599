import pytest

from assistant.ingest.clean import clean


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain text", "plain text"),
        ("  padded \n", "padded"),
        ("\ufb01le \u2460 \uff21", "file 1 A"),
        ("zero\u200bwidth\u200c\u200d\u2060joined\ufeff", "zerowidthjoined"),
        ("bidi \u202eevil\u202c \u2066iso\u2069 \u200emark\u200f", "bidi evil iso mark"),
        ("tag\U000e0041\U000e0042\U000e007fs", "tags"),
        ("soft\u00adhyphen", "softhyphen"),
        ("non\u00a0breaking\u202fnarrow\u2007figure", "non breaking narrow figure"),
        ("infor-\nmation", "information"),
        ("infor- \n  mation", "information"),
        ("Jean-\nPierre", "Jean-\nPierre"),
        ("page 12-\n13", "page 12-\n13"),
        ("a - \nb", "a -\nb"),
        ("many   spaces\t\tand tabs", "many spaces and tabs"),
        ("trailing   \nspaces\t\n", "trailing\nspaces"),
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),
        ("one\n \t \n\n two", "one\n\n two"),
        ("keep\n\nparagraphs\nand lines", "keep\n\nparagraphs\nand lines"),
        ("windows\r\nline\rends", "windows\nline\nends"),
        ("page\x0cbreak", "page\n\nbreak"),
        ("bell\x07 null\x00 esc\x1b", "bell null esc"),
        ("\u200b \u00a0\n\n", ""),
        ("", ""),
    ],
)
def test_clean(raw, expected):
    assert clean(raw) == expected


def test_clean_is_idempotent():
    raw = "A\u00a0long-\nish  text\u200b\n\n\n\nwith\ufb01 parts  "
    assert clean(clean(raw)) == clean(raw)
