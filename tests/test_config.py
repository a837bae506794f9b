"""briefing.toml validation: every problem names the file, the line and the key."""
import datetime as dt

import pytest

from builder.config import load_config
from builder.errors import UsageError


def write(tmp_path, text):
    (tmp_path / "briefing.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_full_config_loads(tmp_path):
    config = load_config(write(tmp_path, '''
title = "People v. Doe"
as_of = 2024-05-01
paper = "A4"
hide = ["rumour"]
pin = ["exact words", { text = "more words", speaker = "Jane Doe" }]
[corrections]
"Jon Doe" = "John Doe"
[[sources]]
file = "a.txt"
outlet = "The Gazette"
published = "2024-04-30"
'''))
    assert config.title == "People v. Doe" and config.paper == "a4"
    assert config.as_of == dt.date(2024, 5, 1)
    assert config.corrections == {"Jon Doe": "John Doe"}
    assert [p.text for p in config.pin] == ["exact words", "more words"]
    assert config.pin[1].speaker == "Jane Doe"
    assert config.sources["a.txt"].published == dt.date(2024, 4, 30)


def test_no_config_file_gives_defaults(tmp_path):
    config = load_config(tmp_path)
    assert config.title is None and config.sources == {}


@pytest.mark.parametrize("text, line, words", [
    ('title = "x"\nsubtitel = "typo"\n', 2, "subtitel"),
    ('title = "x"\n\n[[sources]]\nfile = "a.txt"\npublisher = "X"\n', 5, "publisher"),
    ('as_of = "last tuesday"\n', 1, "YYYY-MM-DD"),
    ('paper = "legal"\n', 1, "letter"),
    ('title = "unclosed\n', 1, "not valid TOML"),
    ('hide = "one string"\n', 1, "list of strings"),
])
def test_bad_config_is_reported_with_file_and_line(tmp_path, text, line, words):
    with pytest.raises(UsageError) as err:
        load_config(write(tmp_path, text))
    message = str(err.value)
    assert "briefing.toml" in message and words in message and f"line {line}" in message
