from __future__ import annotations

from datetime import date

import pytest

from claimtrack.errors import ArticleError, ManifestError, UsageError
from claimtrack.reading import find_files, load_manifest, read_article, unmatched_rows


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_reading_utf8_with_and_without_bom(tmp_path):
    plain = read_article(write(tmp_path, "a.txt", "Über die Lage\n\nText.".encode()), "a.txt")
    bom = read_article(write(tmp_path, "b.txt", b"\xef\xbb\xbf" + "Über die Lage\n\nText.".encode()), "b.txt")
    assert plain.text == bom.text == "Über die Lage\n\nText."
    assert (plain.article.encoding, bom.article.encoding) == ("utf-8", "utf-8-sig")
    assert not plain.decoding_fallback


def test_reading_cp1252_falls_back_and_says_so(tmp_path):
    text = "Größte Sorge\n\n„Wir müssen handeln“, sagte die Bürgermeisterin. Straßen sind gesperrt."
    source = read_article(write(tmp_path, "c.txt", text.encode("cp1252")), "c.txt")
    assert source.text == text
    assert source.decoding_fallback and source.article.encoding == "cp1252"


@pytest.mark.parametrize("encoding, name", [("utf-16-le", "utf-16"), ("utf-16-be", "utf-16"),
                                            ("utf-32-le", "utf-32"), ("utf-32-be", "utf-32")])
def test_reading_utf16_and_utf32_with_a_byte_order_mark(tmp_path, encoding, name):
    text = "Deich hält\r\n\r\n„Der Pegel sinkt“, sagte die Landrätin. 😊 Straßen bleiben gesperrt.\r\n"
    raw = ("\ufeff" + text).encode(encoding)  # these codecs write no mark: add it as an editor does
    source = read_article(write(tmp_path, "u.txt", raw), "u.txt")
    assert source.text == text.replace("\r\n", "\n")
    assert source.text.index("sagte") == len("Deich hält\n\n„Der Pegel sinkt“, ")  # str indices, not bytes
    assert (source.article.encoding, source.decoding_fallback) == (name, False)
    assert source.article.title == "Deich hält"


@pytest.mark.parametrize("data", [b"\xff\xfe\x10\x00\x00\x00\x00\x00\x01\x00", b"\xff\xfe\x00\xd8x",
                                  b"\x00\x00\xfe\xff\x00\x11\x00\x00"])
def test_reading_binary_after_a_byte_order_mark_is_still_rejected(tmp_path, data):
    with pytest.raises(ArticleError, match=r"^bin\.txt: .*(binary|cannot be decoded)"):
        read_article(write(tmp_path, "bin.txt", data), "bin.txt")


def test_reading_crlf_offsets_follow_universal_newlines(tmp_path):
    source = read_article(write(tmp_path, "d.txt", b"Titel\r\n\r\nText."), "d.txt")
    assert source.text == "Titel\n\nText."


@pytest.mark.parametrize("data, message", [(b"", "empty"), (b"   \n", "empty"), (b"\x00\x01\x02binary", "binary")])
def test_reading_rejects_unusable_files_naming_them(tmp_path, data, message):
    with pytest.raises(ArticleError, match=rf"bad\.txt: .*{message}"):
        read_article(write(tmp_path, "bad.txt", data), "bad.txt")


def test_reading_published_from_front_matter(tmp_path):
    text = "---\ntitle: Hochwasser\npublished: 2024-11-04\noutlet: Bote\n---\nHochwasser\n\nText."
    source = read_article(write(tmp_path, "e.md", text.encode()), "e.md")
    assert source.article.published == date(2024, 11, 4)
    assert source.article.published_source == "front_matter"
    assert (source.article.title, source.article.outlet) == ("Hochwasser", "Bote")
    assert source.skip == ((0, text.index("Hochwasser\n\nText")),)


@pytest.mark.parametrize("line, expected", [("18. Oktober, 2024", date(2024, 10, 18)),
                                            ("Montag, 21. Oktober 2024", date(2024, 10, 21)),
                                            ("03.02.2025", date(2025, 2, 3))])
def test_reading_published_from_a_date_line(tmp_path, line, expected):
    source = read_article(write(tmp_path, "f.txt", f"{line}\n\nTitel\n\nText.".encode()), "f.txt")
    assert (source.article.published, source.article.published_source) == (expected, "date_line")


@pytest.mark.parametrize("line", [
    "Borkenau, 13. März 2025",
    "Borkenau (dpa), 13.03.2025",
    "BERLIN (AFP) – 13.03.2025",
    "Frankfurt am Main (epd) - 13.03.2025, 14:05 Uhr",
    "2025-03-13",
    "2025-03-13 14:05",
    "Stand: 13.03.2025, 14:05 Uhr",
    "Aktualisiert am 13.03.2025 um 14:05 Uhr",
    "Zuletzt aktualisiert am Do., 13.03.2025 um 14.05 Uhr",
    "Veröffentlicht: 13. März 2025",
    "13.03.2025, 14:05 Uhr",
    "13.03.2025 – 14:05",
    "Do., 13.03.2025",
    "Donnerstag, 13. März 2025, 9 Uhr",
])
def test_reading_published_from_the_common_date_line_forms(tmp_path, line):
    text = f"Deich hält dem Hochwasser stand\n\n{line}\n\nDie Feuerwehr sagte, der Pegel sinke.".encode()
    source = read_article(write(tmp_path, "f.txt", text), "f.txt")
    assert (source.article.published, source.article.published_source) == (date(2025, 3, 13), "date_line")
    assert source.article.title == "Deich hält dem Hochwasser stand"


@pytest.mark.parametrize("first", [
    "Am 13.03.2025 sagte der Landrat, das Wasser gehe langsam zurück.",
    "Borkenau, 13. März 2025 – Die Feuerwehr hat in der Nacht mehr als 40 Keller leer gepumpt.",
    "Die Sitzung des Kreistags am 13.03.2025",
    "30.02.2025",
    "Stand: 30.02.2025, 14:05 Uhr",
])
def test_reading_no_published_date_from_body_text_or_an_impossible_date(tmp_path, first):
    text = f"Deich hält\n\n{first}\n\nDie Feuerwehr sagte, der Pegel sinke.".encode()
    source = read_article(write(tmp_path, "f.txt", text), "f.txt")
    assert (source.article.published, source.article.published_source) == (None, "unknown")


def test_reading_a_date_line_before_the_title_is_not_the_title(tmp_path):
    text = "Borkenau (dpa), 13.03.2025\n\nDeich hält dem Hochwasser stand\n\nText.".encode()
    source = read_article(write(tmp_path, "f.txt", text), "f.txt")
    assert (source.article.title, source.article.published) == ("Deich hält dem Hochwasser stand", date(2025, 3, 13))


@pytest.mark.parametrize("value", ["13.03.2025", "13. März 2025", "2025-03-13T14:05:00+01:00", "'2025-03-13 14:05'"])
@pytest.mark.parametrize("key", ["date", "published"])
def test_reading_front_matter_date_forms(tmp_path, key, value):
    text = f"---\n{key}: {value}\n---\nDeich hält\n\nText.".encode()
    source = read_article(write(tmp_path, "f.md", text), "f.md")
    assert (source.article.published, source.article.published_source) == (date(2025, 3, 13), "front_matter")


@pytest.mark.parametrize("value", ["gestern", "März 2025", "13/03/2025"])
def test_reading_front_matter_date_claimtrack_cannot_read_is_an_error_naming_file_and_value(tmp_path, value):
    text = f"---\ndate: {value}\n---\nDeich hält\n\n13.03.2025\n\nText.".encode()
    with pytest.raises(ArticleError, match=rf"^f\.md: the front matter's date '{value}' is not a date claimtrack can read"):
        read_article(write(tmp_path, "f.md", text), "f.md")


def test_reading_manifest_reads_day_month_year(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,published\ng.txt,13.03.2025\n", encoding="utf-8")
    assert load_manifest(manifest)["g.txt"].published == date(2025, 3, 13)


def test_reading_manifest_wins_and_matches_by_file_name(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,published,outlet,extra\nsub/g.txt,2024-01-02,Kurier,x\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    path = write(tmp_path / "sub", "g.txt", "18. Oktober, 2024\n\nTitel\n\nText.".encode())
    source = read_article(path, "elsewhere/g.txt", load_manifest(manifest))
    assert (source.article.published, source.article.published_source) == (date(2024, 1, 2), "manifest")
    assert source.article.outlet == "Kurier"


def test_reading_manifest_errors_name_file_and_line(tmp_path):
    bad = tmp_path / "m.csv"
    bad.write_text("path,published\na.txt,22/10/2024\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"m\.csv:2: .*'22/10/2024' is not a date .*YYYY-MM-DD"):
        load_manifest(bad)
    bad.write_text("file,date\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="columns"):
        load_manifest(bad)
    bad.write_text("path,published\na.txt,2024-01-02\nb.txt,2025-02-30\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"m\.csv:3: .*'2025-02-30' is no day of the calendar"):
        load_manifest(bad)


def test_reading_manifest_with_an_unterminated_quote_names_the_line_where_the_row_starts(tmp_path):
    bad = tmp_path / "m.csv"
    bad.write_text('path,published\na.txt,2025-03-10\n\n"b.txt,2025-03-11\nc.txt,2025-03-12\nd.txt,2025-03-13\n',
                   encoding="utf-8")
    with pytest.raises(ManifestError, match=r"^[^\n]*m\.csv:4: the row's 'path' runs over several lines[^\n]*$"):
        load_manifest(bad)


def test_reading_manifest_with_a_title_swallowing_rows_is_an_error(tmp_path):
    bad = tmp_path / "m.csv"
    bad.write_text('path,published,title\na.txt,2025-03-10,"Deich hält\nb.txt,2025-03-11,Pegel sinkt\n',
                   encoding="utf-8")
    with pytest.raises(ManifestError, match=r"m\.csv:2: the row's 'title' runs over several lines"):
        load_manifest(bad)


def test_reading_manifest_with_two_rows_for_one_path_names_both_lines(tmp_path):
    bad = tmp_path / "m.csv"
    bad.write_text("path,published,note\na.txt,2025-03-10,\"zwei\nZeilen\"\nb.txt,2025-03-11,\n"
                   "a.txt,2025-03-12,\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"m\.csv:5: a second row for 'a\.txt' \(the first is on line 2\)"):
        load_manifest(bad)


def test_reading_manifest_rows_that_name_no_file(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,published\nsub/a.txt,2025-03-10\nghost.txt,2025-03-11\nb.txt,2025-03-12\n"
                        "alt/b.txt,2025-03-13\n", encoding="utf-8")
    rows = load_manifest(manifest)
    files = [tmp_path / "elsewhere" / "a.txt", tmp_path / "b.txt"]
    # b.txt matches its own row by name; alt/b.txt names a file in a folder that was not read
    assert [(row.path, row.line) for row in unmatched_rows(rows, files)] == [("ghost.txt", 3), ("alt/b.txt", 5)]


def test_reading_front_matter_with_an_impossible_date_is_an_error_naming_the_file(tmp_path):
    text = "---\npublished: 2025-02-30\n---\nTitel\n\nText."
    with pytest.raises(ArticleError, match=r"h\.md: .*'2025-02-30' is no day of the calendar"):
        read_article(write(tmp_path, "h.md", text.encode()), "h.md")


def test_reading_find_files_recurses_and_rejects_missing_paths(tmp_path):
    write(tmp_path, "a.txt", b"x")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "b.md", b"x")
    write(tmp_path, "c.csv", b"x")
    assert [p.name for p in find_files([tmp_path])] == ["a.txt", "b.md"]
    with pytest.raises(UsageError, match="no such file"):
        list(find_files([tmp_path / "missing"]))
