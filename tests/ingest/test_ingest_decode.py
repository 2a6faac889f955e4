"""Input errors are one line that names the fix; text is kept exact but for newlines."""

import pytest

from histdesk.errors import InputError, UnreadableFileError
from histdesk.ingest.decode import decode_text, load_json, sha256


def test_empty_file_names_the_fix():
    with pytest.raises(UnreadableFileError) as err:
        decode_text("seeds/x.txt", b"  \n\n")
    assert str(err.value) == "seeds/x.txt is empty; pass a file with the thread or source text"
    assert isinstance(err.value, InputError)


def test_nul_bytes_mean_binary():
    with pytest.raises(UnreadableFileError, match=r"^a\.png looks like a binary file"):
        decode_text("a.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_mostly_control_bytes_mean_binary_even_without_nul():
    with pytest.raises(UnreadableFileError, match="binary"):
        decode_text("blob", bytes(range(1, 9)) * 20)


def test_not_utf8_says_offset_and_suggests_resaving():
    data = "Caf\u00e9 society".encode("latin-1")
    with pytest.raises(UnreadableFileError) as err:
        decode_text("notes.txt", data)
    assert str(err.value) == (
        "notes.txt is not UTF-8 (byte 0xe9 at offset 3); re-save it as UTF-8 and pass it again"
    )
    assert "\n" not in str(err.value)


def test_newlines_normalised_and_curly_quotes_kept():
    text = decode_text("t", "\ufeffLenin\u2019s \u201cwill\u201d\r\nnext\rlast\n".encode())
    assert text == "Lenin\u2019s \u201cwill\u201d\nnext\nlast\n"


def test_invalid_json_reports_line_and_column():
    with pytest.raises(UnreadableFileError) as err:
        load_json("t.json", '{\n  "a": 1,\n  "b" 2\n}')
    assert str(err.value).startswith("t.json is not valid JSON (line 3, column 7:")


def test_sha256_is_of_raw_bytes():
    assert sha256(b"abc").startswith("ba7816bf8f01cfea")


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, "1" * 10_000])
def test_json_too_deep_or_too_long_is_an_input_error(text):
    with pytest.raises(UnreadableFileError, match="too deeply nested or with numbers too long"):
        load_json("posts.json", text)
