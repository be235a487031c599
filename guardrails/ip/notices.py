"""Notices carried over from someone else's text: copyright lines, licence headers, stock-media names, labels.

Each pattern looks for the notice as it is printed, not for talk about it:
"© 2021 Acme Corp." is a notice, "copyright law protects software" is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

COPYRIGHT = "copyright"
RIGHTS_RESERVED = "rights-reserved"
LICENSE = "license-header"
SPDX = "spdx"
STOCK = "stock-watermark"
CONFIDENTIAL = "confidential"

KINDS = (COPYRIGHT, RIGHTS_RESERVED, LICENSE, SPDX, STOCK, CONFIDENTIAL)

_PATTERNS: dict[str, re.Pattern[str]] = {
    COPYRIGHT: re.compile(
        r"(?:©|\(c\)|\bcopyright\s*(?:©|\(c\))?\s*(?=\d{4}))\s*(?:\d{4}(?:\s*[-–,]\s*\d{2,4})*)?"
        r"(?-i:(?:[ \t]+(?!All\b)[A-Z][\w&'-]*\.?,?){0,6})",
        re.IGNORECASE,
    ),
    RIGHTS_RESERVED: re.compile(r"\b(?:all|some) rights reserved\b|\btous droits réservés\b|\balle rechte vorbehalten\b",
                                re.IGNORECASE),
    LICENSE: re.compile(
        r"\blicensed under the [\w .-]{3,40}licen[cs]e\b|\bpermission is hereby granted, free of charge\b"
        r"|\bredistribution and use in source and binary forms\b|\bis free software(?:;|:)? you can redistribute it\b"
        r"|\bwithout warranties or conditions of any kind\b|\bprovided [\"“]as is[\"”]|\bthis work is licensed under\b"
        r"|\blicensed under (?:a )?creative commons\b|\bunder the terms of the gnu\b",
        re.IGNORECASE,
    ),
    SPDX: re.compile(r"\bSPDX-License-Identifier:\s*[\w.+-]+(?:\s+(?:OR|AND|WITH)\s+[\w.+-]+)*", re.IGNORECASE),
    STOCK: re.compile(
        r"\b(?:shutterstock|getty\s?images|istock(?:photo)?|adobe\s?stock|alamy|dreamstime|depositphotos|123rf"
        r"|fotolia|bigstock(?:photo)?|vectorstock|pond5|stock\.adobe\.com)\b(?:\s*(?:image|photo|stock photo)?\s*"
        r"(?:id|no\.?|#)\s*:?\s*\d{5,})?",
        re.IGNORECASE,
    ),
    CONFIDENTIAL: re.compile(
        r"(?-i:\bCONFIDENTIAL\b)|\b(?:strictly |company |highly )?confidential\s*(?:[-–—:|]|and proprietary\b)"
        r"|\bproprietary (?:and|&) confidential\b|\b(?:for )?internal use only\b"
        r"|\bdo not (?:distribute|forward|copy|reproduce|disseminate)\b|\bdo not share (?:outside|externally|this)\b"
        r"|\bnot for (?:public |external )?(?:distribution|release)\b",
        re.IGNORECASE,
    ),
}


@dataclass(frozen=True)
class Notice:
    start: int
    end: int
    kind: str


def find_notices(text: str) -> list[Notice]:
    found = [Notice(m.start(), m.end(), kind) for kind, pattern in _PATTERNS.items() for m in pattern.finditer(text)]
    return sorted(found, key=lambda n: n.start)
