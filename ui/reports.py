"""The core's PDF documents, loaded when first asked for.

They bring in ReportLab (about 0.15 s of imports), which the first window does not
need; ``reports.compliance_report`` imports it the moment a page writes a report.
"""

from __future__ import annotations

import importlib
from types import ModuleType

DOCUMENTS = ("attendance_sheet", "compliance_report", "evaluation_report", "personal_overview")


def __getattr__(name: str) -> ModuleType:
    if name in DOCUMENTS:
        return importlib.import_module(f"oto_app.reports.{name}")
    raise AttributeError(name)
