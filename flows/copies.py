"""What `disclose similar` shows: a document's sources and the copied passages side by side,
on the console (rich) or as one self-contained HTML page that opens offline."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from schemas import CopyMatch, CopyReport, DocumentText

DEFAULT_PASSAGE_CHARS = 360
PAGE_STYLE = """
body { font: 14px/1.5 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 2em; }
table.summary td, table.summary th { padding: 2px 10px; text-align: left; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5em; }
.text { white-space: pre-wrap; border: 1px solid #ccc; padding: 0.8em; max-height: 70vh;
        overflow: auto; font-size: 13px; }
mark { background: #ffd54f; } mark:target { background: #ff8a65; }
.label { font-weight: 600; margin-bottom: 0.3em; }
sup { color: #b00; font-weight: 700; }
"""


def name_of(document: DocumentText) -> str:
    """A document as reviewers know it: its file name and platform, else its doc_id."""
    if document.file_name is None:
        return document.doc_id[:12]
    return f"{document.file_name} ({document.platform})"


def print_report(report: CopyReport, *, console: Console) -> None:
    """Each source with its share, then its passages side by side."""
    if not report.matches:
        console.print(escape(f"{name_of(report.document)}: no copied text found."))
        return
    console.print(
        escape(f"{name_of(report.document)} copies from {len(report.matches)} earlier document(s)")
    )
    for match in report.matches:
        source = report.sources[match.source_doc_id]
        console.print(f"\n[bold]{escape(name_of(source))}[/bold]  {escape(summary(match))}")
        console.print(passage_table(match, later=report.document, source=source))


def summary(match: CopyMatch) -> str:
    """`34% of this document copied (score 0.41), 12% of the source, 3 passage(s)`."""
    return (
        f"{match.copied_fraction:.0%} of this document copied (score {match.score:.2f}), "
        f"{match.source_fraction:.0%} of the source, {len(match.passages)} passage(s)"
    )


def passage_table(match: CopyMatch, *, later: DocumentText, source: DocumentText) -> Table:
    """The passages of one source, this document's text beside the source's."""
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("p.", justify="right", no_wrap=True)
    table.add_column(escape(later.file_name or "this document"), ratio=1)
    table.add_column("p.", justify="right", no_wrap=True)
    table.add_column(escape(source.file_name or "source"), ratio=1)
    for passage in match.passages:
        table.add_row(
            str(passage.passage_no),
            str(passage.page_no),
            escape(clipped(passage.text)),
            str(passage.source_page_no),
            escape(clipped(passage.source_text)),
        )
    return table


def clipped(text: str, *, limit: int = DEFAULT_PASSAGE_CHARS) -> str:
    """One line of at most `limit` characters, the middle left out."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    half = limit // 2
    return f"{line[:half]} … {line[-half:]}"


def write_page(report: CopyReport, path: Path) -> None:
    """One HTML file, styles inline and no scripts, with the passages marked in both texts."""
    title = f"Copied text in {name_of(report.document)}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{PAGE_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        _summary_table(report),
    ]
    for number, match in enumerate(report.matches, start=1):
        source = report.sources[match.source_doc_id]
        spans = [(p.start_char, p.end_char, p.passage_no) for p in match.passages]
        source_spans = [
            (p.source_start_char, p.source_end_char, p.passage_no) for p in match.passages
        ]
        parts += [
            f'<h2 id="s{number}">{number}. {html.escape(name_of(source))}</h2>',
            f"<p>{html.escape(summary(match))}</p>",
            '<div class="pair">',
            _text_block("This document", report.document.text, spans, anchor=f"s{number}a"),
            _text_block(name_of(source), source.text, source_spans, anchor=f"s{number}b"),
            "</div>",
        ]
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def _summary_table(report: CopyReport) -> str:
    if not report.matches:
        return "<p>No copied text found.</p>"
    rows = "".join(
        f'<tr><td><a href="#s{number}">{html.escape(name_of(report.sources[m.source_doc_id]))}'
        f"</a></td><td>{m.copied_fraction:.0%}</td><td>{m.score:.2f}</td>"
        f"<td>{len(m.passages)}</td></tr>"
        for number, m in enumerate(report.matches, start=1)
    )
    head = "<tr><th>source</th><th>copied</th><th>score</th><th>passages</th></tr>"
    return f'<table class="summary">{head}{rows}</table>'


def _text_block(
    label: str, text: str, spans: Sequence[tuple[int, int, int]], *, anchor: str
) -> str:
    """A document's text with each passage marked and numbered; overlapping spans are joined."""
    pieces, position = [], 0
    for start, end, number in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        pieces.append(html.escape(text[position:start]))
        pieces.append(
            f'<mark id="{anchor}{number}"><sup>{number}</sup>{html.escape(text[start:end])}</mark>'
        )
        position = end
    pieces.append(html.escape(text[position:]))
    body = "".join(pieces)
    return f'<div><div class="label">{html.escape(label)}</div><div class="text">{body}</div></div>'
