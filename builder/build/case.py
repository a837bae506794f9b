"""Build one case folder into one output folder: skip, re-render or rebuild (SPEC §7).

Only the light modules are imported at the top. The pipeline and the renderer
(and with it WeasyPrint) are imported when there is work to do, so an "up to
date" run costs little more than starting Python.
"""
from __future__ import annotations

import datetime as dt
import gc
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from builder.build.atomic import sweep_temp_files, write_files
from builder.build.inputs import hash_inputs
from builder.build.lock import locked
from builder.build.manifest import MANIFEST_NAME, Manifest
from builder.build.types import BuildRequest, CaseResult
from builder.errors import BriefingError, LockedError, UsageError

if TYPE_CHECKING:
    from builder.model import Source, SourceFacts


def build_case(case_dir: Path, out_dir: Path, request: BuildRequest) -> CaseResult:
    """Build one case under the output folder's lock; every problem becomes a failed result, never an exception."""
    start = time.monotonic()
    try:
        status, outputs = _build(case_dir, out_dir, request)
        return CaseResult(case_dir, out_dir, status, outputs=outputs, seconds=time.monotonic() - start)
    except BriefingError as e:
        return CaseResult(case_dir, out_dir, "failed", str(e), seconds=time.monotonic() - start, exit_code=e.exit_code)
    except Exception as e:  # a bug in the tool: one clear line for the user, the traceback with -v
        import traceback

        message = f"internal error ({type(e).__name__}: {e}); run with -v and report it"
        return CaseResult(case_dir, out_dir, "failed", message, seconds=time.monotonic() - start, exit_code=1,
                          detail=traceback.format_exc())


def _build(case_dir: Path, out_dir: Path, request: BuildRequest) -> tuple[str, list[Path]]:
    _check_folders(case_dir, out_dir)
    template = _template(request.template, case_dir)
    created = not out_dir.exists()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"cannot create the output folder {out_dir} ({e.strerror}); choose another with -o") from None
    try:
        with locked(out_dir):
            return _build_locked(case_dir, out_dir, template, request)
    except LockedError:
        raise  # the folder and its lock file belong to the build that holds it
    except Exception:
        if created:
            _remove_new_folder(out_dir)  # "nothing is written" on failure (SPEC §6)
        raise


def _build_locked(case_dir: Path, out_dir: Path, template: Path | None, request: BuildRequest) -> tuple[str, list[Path]]:
    as_of = _as_of(case_dir, request)
    names = [f"{variant}.{fmt}" for variant in request.variants for fmt in request.formats]
    outputs = [out_dir / name for name in names]
    options = {"as_of": as_of.isoformat(), "paper": request.paper, "formats": list(request.formats),
               "variants": list(request.variants), "template": str(template) if template else None}
    keys = hash_inputs(case_dir, template, options)
    previous = Manifest.read(out_dir)
    if not request.force and previous is not None and previous.describes(out_dir, keys.render, names):
        return "up to date", outputs

    sweep_temp_files(out_dir)
    files = _render(case_dir, out_dir, template, request, as_of, keys.extraction)
    files = {name: files[name] for name in names}
    write_files(out_dir, files)
    # Last: the manifest vouches only for outputs that are already in place.
    write_files(out_dir, {MANIFEST_NAME: Manifest.of(keys.render, files, as_of.isoformat()).to_bytes()})
    return "built", outputs


def _render(case_dir: Path, out_dir: Path, template: Path | None, request: BuildRequest, as_of: dt.date,
            extraction_key: str) -> dict[str, bytes]:
    from builder.build.renderers import renderers

    # The renderer starts before anything heavy is imported here, so its
    # WeasyPrint import overlaps this process's imports and extraction.
    with renderers(len(request.variants) if "pdf" in request.formats else 0) as pool:
        # Imported here, not at the top: these pull in the extractors and Jinja2.
        from builder.build.cache import CACHE_NAME, cache_entry, cached_briefing
        from builder.config import load_config
        from builder.model import RenderOptions
        from builder.pipeline import load_briefing
        from builder.render import render

        config = load_config(case_dir)  # validates briefing.toml before anything else
        briefing = None if request.force else cached_briefing(out_dir, extraction_key, case_dir)
        if briefing is None:
            # (with --jobs, the other workers already keep every core busy)
            briefing = load_briefing(case_dir, as_of, extract_all=_extract_in_two if request.jobs <= 1 else None)
            write_files(out_dir, {CACHE_NAME: cache_entry(extraction_key, briefing)})
        paper = request.paper or config.paper or "letter"
        # A renderer makes each PDF from the facts, print HTML included; its PDF comes
        # back as a handle, resolved once every variant is under way.
        rendered = {variant: render(briefing, RenderOptions(variant=variant, formats=tuple(request.formats),
                                                            paper=paper, template=template,
                                                            case_dir=case_dir.resolve()),
                                    run=None if pool is None else pool.submit)
                    for variant in request.variants}
        return {f"{variant}.{fmt}": data if isinstance(data, bytes) else data.result()
                for variant, out in rendered.items() for fmt, data in out.items()}


def _extract_in_two(sources: list[Source]) -> list[SourceFacts]:
    """The sources' facts, in their order: the longest extracted here first, then the rest shared with a forked copy
    of this process.

    A build's other core is idle once the PDF renderer has imported WeasyPrint,
    and extraction is most of what this process does before it has HTML to
    hand over. The extractors compile their patterns on first use, and the
    first article compiles most of what any other needs: forked after it, the
    copy inherits them instead of compiling them again. With two sources there
    is too little left to share for a copy to pay (the seeds' cold build was
    0.16 s slower with one).
    """
    from builder.build.forks import in_copy, may_fork

    if len(sources) < 3 or not may_fork() or (os.cpu_count() or 1) < 2:
        return _extract_each(sources)
    # Longest first, each to the lighter side: extraction time grows with the words.
    first, *rest = sorted(range(len(sources)), key=lambda i: -len(sources[i].text))
    facts = {first: _extract_each([sources[first]])[0]}
    mine: list[int] = []
    theirs: list[int] = []
    for i in rest:
        side = mine if sum(len(sources[j].text) for j in mine) <= sum(len(sources[j].text) for j in theirs) else theirs
        side.append(i)
    # Out of the collector's sight while the copy runs: its collections would walk every imported object and copy
    # the memory pages they sit on.
    gc.freeze()
    try:
        copy = in_copy(_extract_each, [sources[i] for i in theirs])
        facts.update(zip(mine, _extract_each([sources[i] for i in mine])))
        facts.update(zip(theirs, copy.result()))
    finally:
        gc.unfreeze()
    return [facts[i] for i in range(len(sources))]


def _extract_each(sources: list[Source]) -> list[SourceFacts]:
    from builder.extract import extract

    return [extract(source) for source in sources]


def _check_folders(case_dir: Path, out_dir: Path) -> None:
    if not case_dir.exists():
        raise UsageError(f"case folder {case_dir} does not exist; check the path or run `briefing init {case_dir}`")
    if not case_dir.is_dir():
        raise UsageError(f"{case_dir} is a file, not a case folder; pass the folder that holds the articles")
    if out_dir.resolve() == case_dir.resolve():
        raise UsageError(f"the output folder {out_dir} is the case folder; choose another with -o")
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"the output path {out_dir} is a file; choose a folder with -o")


def _template(template: Path | None, case_dir: Path) -> Path | None:
    """The editor's template as an absolute path inside the case folder (SPEC §6)."""
    if template is None:
        return None
    case = case_dir.resolve()
    candidates = [template] if template.is_absolute() else [template, case_dir / template]
    for candidate in candidates:
        resolved = candidate.resolve()
        if resolved.is_file():
            if case not in resolved.parents:
                raise UsageError(f"--template {template} is outside the case folder {case_dir}; "
                                 "copy the template into the case folder and pass that path")
            return resolved
    raise UsageError(f"--template {template} does not exist; pass a Jinja2 template inside {case_dir}")


def _as_of(case_dir: Path, request: BuildRequest) -> dt.date:
    """--as-of, else briefing.toml's as_of, else today's local date (SPEC §7).

    briefing.toml is only peeked at here: it is validated properly on any real
    build, and a file that fails to parse cannot match a previous good build.
    """
    if request.as_of is not None:
        return request.as_of
    try:
        raw = (case_dir / "briefing.toml").read_bytes()
    except OSError:
        raw = b""
    value = None
    if b"as_of" in raw:  # parse only when it can matter: tomllib costs a noticeable share of a no-op run
        import tomllib

        try:
            value = tomllib.loads(raw.decode("utf-8-sig")).get("as_of")
        except ValueError:
            pass
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())  # config.py accepts a quoted date too
    except (AttributeError, ValueError):
        return dt.date.today()


def _remove_new_folder(out_dir: Path) -> None:
    """Undo creating the output folder (it holds at most our lock file)."""
    for leftover in (out_dir / ".briefing.lock",):
        try:
            leftover.unlink()
        except OSError:
            pass
    try:
        out_dir.rmdir()
    except OSError:
        pass
