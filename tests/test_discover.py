"""Which files a run takes: every regular file in a folder, hidden and temporary ones aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.discover import MissingPathError, find_candidates, is_skipped

NASTY_NAMES = ("a b.pdf", "Ünïcødé 商业计划.pdf", "a..b.pdf", "back\\slash.pdf", "no extension")


def touch(path: Path, content: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "name",
    [".hidden.pdf", "~$plan.pdf", "plan.pdf.tmp", "plan.pdf.part", "plan.pdf.crdownload",
     ".~lock.plan.odt#", "PLAN.PDF.TMP"],
)  # fmt: skip
def test_hidden_and_temporary_files_in_a_folder_are_skipped(tmp_path, name):
    touch(tmp_path / name)
    kept = touch(tmp_path / "plan.pdf")
    assert is_skipped(name)
    assert find_candidates([tmp_path]) == [kept]


def test_hidden_folders_are_not_walked(tmp_path):
    touch(tmp_path / ".git" / "objects" / "plan.pdf")
    kept = touch(tmp_path / "seedrs" / "2025" / "plan.pdf")
    assert find_candidates([tmp_path]) == [kept]


@pytest.mark.parametrize("name", ["notes.txt", "report.PDF", "scan.jpeg", "no extension"])
def test_every_other_file_in_a_folder_is_a_candidate_whatever_its_name(tmp_path, name):
    path = touch(tmp_path / name)
    assert find_candidates([tmp_path]) == [path]


def test_an_empty_folder_has_no_candidates(tmp_path):
    assert find_candidates([tmp_path]) == []


@pytest.mark.parametrize("name", [".hidden.pdf", "~$plan.pdf", "plan.pdf.part"])
def test_a_file_named_explicitly_is_always_taken(tmp_path, name):
    path = touch(tmp_path / name)
    assert find_candidates([path]) == [path]


@pytest.mark.parametrize("name", NASTY_NAMES)
def test_nasty_names_are_found_and_kept_as_received(tmp_path, name):
    path = touch(tmp_path / "inbox" / name)
    (found,) = find_candidates([tmp_path / "inbox"])
    assert found == path
    assert found.name == name


def test_candidates_are_sorted_and_named_once(tmp_path):
    b = touch(tmp_path / "b.pdf")
    a = touch(tmp_path / "sub" / "a.pdf")
    link = tmp_path / "link.pdf"
    link.symlink_to(b)
    found = find_candidates([tmp_path, b, tmp_path / "sub", tmp_path / "." / "b.pdf"])
    assert found == sorted(found, key=str)
    # The link is a file of its own (the flow rejects it without following it).
    assert [path.name for path in found] == ["b.pdf", "link.pdf", "a.pdf"]
    assert found[1].is_symlink()
    assert found[2] == a


def test_a_symlinked_folder_is_not_followed(tmp_path):
    kept = touch(tmp_path / "inbox" / "plan.pdf")
    (tmp_path / "inbox" / "loop").symlink_to(tmp_path / "inbox")
    assert find_candidates([tmp_path / "inbox"]) == [kept]


def test_a_missing_path_is_a_usage_error_naming_it(tmp_path):
    missing = tmp_path / "nowhere.pdf"
    with pytest.raises(MissingPathError, match=r"nowhere\.pdf"):
        find_candidates([missing])
