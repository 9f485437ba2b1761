"""``amts check``: sentences glued without their space, found with their lines and fixed on request."""

from __future__ import annotations

from amts_gui.cli.main import main
from amts_gui.core.text.file_check import fix_glued_sentence_ends, glued_sentence_ends
from amts_gui.core.text.markdown import parse

KOREAN = """# 풀링

최댓값을 계산합니다.그런 다음 멈춥니다. 값은 3.5입니다.
`d2l.torch`를 씁니다.$x.y$는 수식입니다 (예: e.g. 참고).다음으로 갑니다.

```python
x = a.b  # 코드입니다.그대로
```
"""


def test_glued_sentence_ends_are_found_on_their_lines_outside_code_and_math():
    doc = parse(KOREAN, "ko")
    assert [(g.line, g.excerpt) for g in glued_sentence_ends(doc)] == [
        (3, "합니다.그런 "),
        (4, "씁니다.$x."),
        (4, "참고).다음으"),
    ]
    fixed = fix_glued_sentence_ends(doc)
    assert "계산합니다. 그런 다음" in fixed and "씁니다. $x.y$는" in fixed and "참고). 다음으로" in fixed
    assert "x = a.b  # 코드입니다.그대로" in fixed and "3.5" in fixed and "`d2l.torch`" in fixed
    assert glued_sentence_ends(parse(fixed, "ko")) == []


def test_amts_check_lists_them_and_fix_writes_the_file(capsys, tmp_path):
    path = tmp_path / "pooling.md"
    path.write_text(KOREAN, encoding="utf-8")
    assert main(["check", str(path), "--lang", "ko"]) == 1
    out = capsys.readouterr().out
    assert f"{path}:3: no space after a sentence end" in out and "3 sentence ends glued" in out
    assert path.read_text(encoding="utf-8") == KOREAN  # only --fix writes
    assert main(["check", str(tmp_path), "--lang", "ko", "--fix"]) == 0
    assert "1 files fixed" in capsys.readouterr().out
    assert main(["check", str(path), "--lang", "ko"]) == 0
    assert main(["check", str(tmp_path / "none.md"), "--lang", "ko"]) == 2
    err = capsys.readouterr().err
    assert "none.md: no such file or folder" in err and err.count("\n") == 1
