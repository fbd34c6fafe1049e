"""The article text of a Doc, without rebuilding it.

`Doc.text` joins every token again on each access (about 1 ms for an article); `make_doc`
keeps the string it tokenised in `doc._.ct_text` (spaCy guarantees they are equal), so the
components read that.
"""

from __future__ import annotations

from spacy.tokens import Doc


def text_of(doc: Doc) -> str:
    text = doc._.ct_text
    return text if text is not None else doc.text
