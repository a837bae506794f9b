"""The record of the last good build in an output folder (SPEC §7).

It holds the render key of the inputs and the sha256 of every output. It is
written last, after every output is in place, so it only ever describes a
complete build. "Up to date" needs both: the same inputs, and every expected
output still on disk with the recorded hash (someone may have deleted or
edited a PDF since).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST_NAME = ".briefing-manifest.json"
_FORMAT = 1


@dataclass
class Manifest:
    inputs: str = ""
    outputs: dict[str, str] = field(default_factory=dict)  # file name -> sha256
    as_of: str = ""

    @staticmethod
    def read(folder: Path) -> Manifest | None:
        """The folder's manifest, or None when there is none or it cannot be trusted."""
        try:
            data = json.loads((folder / MANIFEST_NAME).read_bytes())
            if data.get("format") != _FORMAT:
                return None
            return Manifest(inputs=str(data["inputs"]), outputs=dict(data["outputs"]), as_of=str(data.get("as_of", "")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    @staticmethod
    def of(inputs: str, files: dict[str, bytes], as_of: str) -> Manifest:
        return Manifest(inputs, {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}, as_of)

    def describes(self, folder: Path, inputs: str, expected: list[str]) -> bool:
        """True when these inputs were built here and every expected output is intact."""
        if self.inputs != inputs or set(self.outputs) != set(expected):
            return False
        for name in expected:
            try:
                with open(folder / name, "rb") as f:
                    if hashlib.file_digest(f, "sha256").hexdigest() != self.outputs[name]:
                        return False
            except OSError:
                return False
        return True

    def to_bytes(self) -> bytes:
        data = {"format": _FORMAT, "inputs": self.inputs, "as_of": self.as_of, "outputs": self.outputs}
        return json.dumps(data, indent=2, sort_keys=True).encode() + b"\n"
