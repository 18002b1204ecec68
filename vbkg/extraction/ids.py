"""Document ids, for the extraction modules that name them; the rules live in identity_key.

`kl-1-tw-2021`, `kh-46-ldld-2023-ldld-quan-long-bien` (a shared issuer code needs the
issuing body), `kh-ldld-quan-long-bien-2021-01-08-thuc-hien-chu-de-cong-tac` (no number).
"""

from __future__ import annotations

from .identity_key import document_id, needs_issuer, slug

__all__ = ["document_id", "needs_issuer", "slug"]
