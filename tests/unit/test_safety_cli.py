"""`clinicdesk safety check`: one text per line in, `1`/`0`, a tab and the words out, one line per line."""

from __future__ import annotations

import io
import subprocess
import sys

from clinicdesk.cli import main


def test_check_prints_one_line_per_input_line(monkeypatch, capsys):
    texts = ["Jeg har ondt i brystet og kan ikke få luft", "", "ingen brystsmerter", "min far havde en blodprop",
             "BRYSTSMÆRTER!!"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(texts) + "\n"))
    assert main(["safety", "check"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["1\tondt i brystet, ikke få luft", "0\t", "0\t", "0\t", "1\tBRYSTSMÆRTER"]


def test_check_as_a_program_reads_utf8_and_scores_a_file():
    text = "jeg har åndenød\nhvornår er mine prøvesvar klar\n"
    done = subprocess.run([sys.executable, "-m", "clinicdesk", "safety", "check"], input=text.encode("utf-8"),
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode("utf-8").splitlines() == ["1\tåndenød", "0\t"]
