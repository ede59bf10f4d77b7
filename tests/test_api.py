"""The public API is explicit and small."""

from __future__ import annotations

import factlint


def test_all_names_exist_and_are_sorted() -> None:
    assert factlint.__all__ == sorted(factlint.__all__)
    for name in factlint.__all__:
        assert getattr(factlint, name) is not None


def test_check_takes_paths(tmp_path: object) -> None:
    from conftest import ROOT

    report = factlint.check(ROOT / "seeds" / "putin-xi-video-call.txt", ROOT / "references")
    assert report.summary == {"pass": 12, "flag": 0, "unverified": 0}


def test_errors_share_one_base() -> None:
    for error in (
        factlint.ReferenceDataError,
        factlint.DocumentError,
        factlint.ConfigError,
        factlint.ReviewError,
        factlint.ClaimNotFoundError,
    ):
        assert issubclass(error, factlint.FactlintError)
        assert issubclass(error, ValueError)


def test_explain_is_the_function_even_after_its_module_is_imported() -> None:
    import factlint.explain  # a submodule import must not shadow the function

    assert callable(factlint.explain) and factlint.explain.__name__ == "explain"
    assert factlint.Explanation.__name__ == "Explanation"
