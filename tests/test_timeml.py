"""The TimeML reader: text without tags, TIMEX3 offsets into it, the creation time."""
import pytest

from extract.timeml import read_tml
from tests.conftest import SHARED

SAMPLE = """<?xml version="1.0" ?><TimeML>
<DOCID>sample</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>The season <EVENT eid="e1">started</EVENT> about <TIMEX3 tid="t1" type="DURATION" value="P1M">a month</TIMEX3> earlier, in <TIMEX3 tid="t2" type="DATE" value="2013-02">February</TIMEX3>.</TEXT>
</TimeML>"""


def test_reads_text_offsets_and_dct(tmp_path):
    path = tmp_path / "sample.tml"
    path.write_text(SAMPLE, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == "2013-03-22"
    assert doc.text == "The season started about a month earlier, in February."
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("a month", "DURATION", "P1M"), ("February", "DATE", "2013-02")]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)


def test_reads_the_tempeval_test_set():
    files = sorted((SHARED / "data" / "tempeval3" / "test").glob("*.tml"))
    if not files:
        pytest.skip("../shared/data/tempeval3 is not here")
    docs = [read_tml(f) for f in files]
    assert len(docs) == 20 and all(d.dct for d in docs)
    assert sum(len(d.timexes) for d in docs) == 138  # 158 TIMEX3 less the 20 DCTs
    assert all(d.text[t.start:t.end] == t.text for d in docs for t in d.timexes)
