"""Bad input from Python raises a clear exception, with the command line's message where
the command line has one; nothing crashes the interpreter."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import actorgraph
from actorgraph import ActorGraphError, ActorGraphWarning
from conftest import REPO

TEXT = "Turkish Prime Minister Recep Tayyip Erdogan condemned Israel."


def cli_error(cli, *args: str) -> str:
    """The message of `actorgraph ARGS`, which must fail, without `error: `."""
    done = cli(*args, check=False)
    assert done.returncode == 1, done.stderr
    line = done.stderr.strip().splitlines()[-1]
    assert line.startswith("error: ")
    return line[len("error: "):]


@pytest.mark.parametrize(
    "value, message",
    [
        (None, "texts_or_paths is None: give a list"),
        (TEXT, "texts_or_paths is one str: give a list of them (build([text]))"),
        (42, "texts_or_paths is a int, not a list"),
        ([TEXT, None], "texts[1] is None, not a text (str, or UTF-8 bytes)"),
        ([TEXT, 3.5], "texts[1] is a float, not a text (str, or UTF-8 bytes)"),
        ([TEXT, Path("seeds")], "texts_or_paths mixes texts and paths (item 1 is a path)"),
    ],
)
def test_what_is_not_a_text_is_a_type_error(value, message):
    with pytest.raises(TypeError) as e:
        actorgraph.build(value)
    assert str(e.value).startswith(message)


def test_bad_bytes_raise_the_command_lines_message(cli, tmp_path):
    rows = [b"caf\xe9 au lait", b"abc\0def", b" \n\t ", b"\xef\xbb\xbfok \xff"]
    for i, content in enumerate(rows):
        path = tmp_path / f"bad{i}.txt"
        path.write_bytes(content)
        expected = cli_error(cli, "build", str(path), "--out", str(tmp_path / "o"))
        with pytest.raises(ActorGraphError) as e:
            actorgraph.build([TEXT, content])
        assert str(e.value) == expected.replace(str(path), "texts[1]")


def test_a_wrong_date_names_the_text_and_the_date():
    for date in ["22/07/2014", "2014-02-30", "yesterday", ""]:
        with pytest.raises(ActorGraphError) as e:
            actorgraph.build([TEXT, TEXT], ids=["a", "b"], dates=[None, date])
        assert str(e.value) == (
            f'texts[1]: bad date "{date}" (expected an ISO date such as 2014-07-22 or '
            "2014-07-22T09:30:00Z)"
        )
    with pytest.raises(TypeError, match=r"dates\[0\] is a int"):
        actorgraph.build([TEXT], dates=[20140722])


def test_ids_and_dates_must_match_the_texts():
    with pytest.raises(ValueError, match="1 ids for 2 texts"):
        actorgraph.build([TEXT, TEXT], ids=["a"])
    with pytest.raises(ValueError, match="3 dates for 1 texts"):
        actorgraph.build([TEXT], dates=[None, None, None])
    with pytest.raises(ValueError, match='the document id "a" is given twice'):
        actorgraph.build([TEXT, TEXT], ids=["a", "a"])
    with pytest.raises(TypeError, match=r"ids\[0\] is None"):
        actorgraph.build([TEXT], ids=[None])
    with pytest.raises(ValueError, match="give them only with texts"):
        actorgraph.build([Path("seeds")], ids=["x"])
    with pytest.raises(ActorGraphError, match="the list of texts is empty"):
        actorgraph.build([])


def test_missing_paths_raise_the_command_lines_message(cli, in_repo):
    expected = cli_error(cli, "build", "no/such/folder", "--out", "/tmp/unused")
    with pytest.raises(ActorGraphError) as e:
        actorgraph.build(Path("no/such/folder"))
    assert str(e.value) == expected == "no/such/folder: no such file or directory"


def test_bad_files_in_a_folder_are_warnings_as_on_the_command_line(cli, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_bytes(b"\xc3(")
    done = cli("build", str(tmp_path), "--out", str(tmp_path / "o"), "--quiet")
    assert done.returncode == 3
    expected = [line[len("warning: "):] for line in done.stderr.splitlines()]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        graph = actorgraph.build(tmp_path)
    assert [str(w.message) for w in caught if w.category is ActorGraphWarning] == expected
    assert graph.document_count == 1


def test_merging_an_article_twice_raises_the_command_lines_message(cli, tmp_path):
    out = tmp_path / "g"
    cli("build", "seeds", "--out", str(out), "--format", "json", "--quiet")
    path = str(out / "graph.json")
    expected = cli_error(cli, "merge", path, path, "--out", str(tmp_path / "m"))
    graph = actorgraph.read(path)
    with pytest.raises(ActorGraphError) as e:
        graph.merge(actorgraph.read(path))
    assert str(e.value) == expected
    with pytest.raises(TypeError, match=r"graphs\[1\] is a str"):
        actorgraph.merge([graph, "graph.json"])


def test_bad_graph_files_and_formats(tmp_path):
    with pytest.raises(ActorGraphError, match="no such file or directory"):
        actorgraph.read(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"nodes": 3}')
    with pytest.raises(ActorGraphError, match="bad.json"):
        actorgraph.read(bad)
    graph = actorgraph.build([TEXT])
    with pytest.raises(ValueError, match='unknown format "pdf"'):
        graph.write(tmp_path / "o", formats=["json", "pdf"])
    assert not (tmp_path / "o").exists()
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ActorGraphError, match="cannot create output folder"):
        graph.write(blocker / "sub", formats=["json"])
    with pytest.raises(TypeError):
        actorgraph.Graph("not a graph")
