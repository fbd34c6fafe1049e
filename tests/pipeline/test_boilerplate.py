from __future__ import annotations

from claimtrack.pipeline.boilerplate import classify_lines


def kinds(text: str) -> list[tuple[str, str]]:
    return [(text[line.start:line.end], line.kind) for line in classify_lines(text)]


def test_boilerplate_title_heading_and_repeated_headline():
    text = ("Flut in Unterau\n\nDie Tann trat über die Ufer. Das Amt warnte.\n\n"
            "Flut in Unterau\n\nHilfe aus dem Landkreis\n\nDer Regen hielt an.")
    assert [k for _, k in kinds(text)] == ["title", "body", "repeated", "heading", "body"]


def test_boilerplate_comment_form_ends_the_article():
    text = ("Titel\n\nDer Regen hielt an.\n\nKommentar verfassen\n\n"
            "Ihre E-Mail-Adresse wird nicht veröffentlicht.\n\nEin Satz, der nicht mehr zählt.")
    assert [k for _, k in kinds(text)][-3:] == ["boilerplate"] * 3


def test_boilerplate_navigation_and_tag_lists():
    text = "Titel\n\nDer Regen hielt an.\n\nNach oben\n\n- Schlagworte:\n\n- #Hochwasser\n\nIndex"
    assert [k for _, k in kinds(text)] == ["title", "body", "boilerplate", "boilerplate", "boilerplate",
                                           "boilerplate"]


def test_boilerplate_copyright_line_with_a_year():
    text = "Titel\n\nDer Regen hielt an.\n\nCopyright © 2026 Kirchauer Bote\n\nCopyright 2025 Nordpost GmbH"
    assert [k for _, k in kinds(text)] == ["title", "body", "boilerplate", "boilerplate"]
    # a sentence about copyright is body
    assert kinds("Titel\n\nCopyright-Verstöße nehmen zu, sagte die Polizei.")[-1][1] == "body"


def test_boilerplate_author_paragraph_in_first_person():
    article = "Titel\n\n" + "Der Regen hielt an. " * 20 + "\n\nAls Autor dieser Webseite bin ich stets bemüht, meine Leser gut zu informieren."
    assert kinds(article)[-1][1] == "author"


def test_boilerplate_byline_paragraph_in_third_person():
    article = ("Titel\n\nVon Paul Lenz, Redakteur im Sportressort. Er schreibt seit 2015 über Radsport.\n\n"
               "Die Tour beginnt am Montag.")
    assert [k for _, k in kinds(article)] == ["title", "author", "body"]


def test_boilerplate_author_note_in_third_person_at_the_end():
    article = ("Titel\n\n" + "Der Regen hielt an. " * 20
               + "\n\nJonas Brehm ist Redakteur im Lokalteil und schreibt seit 2021 über Verkehr und Bauprojekte.")
    assert kinds(article)[-1][1] == "author"


def test_boilerplate_a_journalist_quoted_at_the_end_is_body():
    article = ("Titel\n\n" + "Der Regen hielt an. " * 20
               + "\n\nLena Ott ist Reporterin in Kiew. „Die Lage ist ernst“, sagte sie am Telefon.")
    assert kinds(article)[-1][1] == "body"


def test_boilerplate_a_sentence_opening_with_von_is_no_byline():
    article = "Titel\n\nVon Montag an bleibt die Redaktion geschlossen.\n\nVon Seiten der Redaktion hieß es, man bedaure das."
    assert [k for _, k in kinds(article)] == ["title", "body", "body"]


def test_boilerplate_date_line_is_not_the_title():
    assert [k for _, k in kinds("18. Oktober, 2024\n\nPolitik\n\nEin Titel hier\n\nText.")][:2] == ["dateline", "title"]
