"""``split_fields``: the fields typed in the search box apart from the words (issue 23)."""

import pytest

from indexer import BadField, split_fields


@pytest.mark.parametrize(
    "typed,words,filters,years",
    [
        ("nam:2019..2023", "", {}, ("2019", "2023")),
        ("năm:2023 thông tin", "thông tin", {}, ("2023", "2023")),
        ("nam:..2020", "", {}, (None, "2020")),
        ("nam:2019..23", "", {}, ("2019", "2023")),
        ('loại:"Kế Hoạch" cấp:xã', "", {"doc_type": ["Kế hoạch"], "level": ["commune"]}, None),
        ("loai:kl cap:huyen cap:huyện", "", {"doc_type": ["Kết luận"], "level": ["district"]}, None),
        ('tinh:"thanh hoa" co-quan:UBND', "", {"province": ["Thanh Hoá"], "agency": ["UBND"]}, None),
        ("so:57-KL/TW 57-KL/TW", "57-KL/TW", {"number": ["57-KL/TW"]}, None),
        ('"cap:xa" V/v: 8:30 http://x.vn -nam:2023', '"cap:xa" V/v: 8:30 http://x.vn -nam:2023', {}, None),
    ],
)
def test_fields_apart_from_words(typed, words, filters, years):
    found = split_fields(typed)
    assert (found.words, found.filters, found.years) == (words, filters, years)


@pytest.mark.parametrize(
    "typed,fixed",
    [
        ("foo:bar x", "Thử: bar x"),
        ("tnih:hue", "Thử: tinh:hue"),
        ("nam:2023..2019", "Thử: nam:2019..2023"),
        ("nam:23", "Thử: nam:2019..2023"),
        ("cap:abc", "Thử: cap:xa"),
        ("loai:ke-hoac", 'Thử: loai:"kế hoạch"'),
        ("tinh:cao-bangg", 'Thử: tinh:"Cao Bằng"'),
    ],
)
def test_unknown_fields_and_malformed_values_name_a_corrected_query(typed, fixed):
    with pytest.raises(BadField) as refused:
        split_fields(typed)
    assert refused.value.status == 400 and refused.value.message_vi.endswith(fixed)
    assert refused.value.message_en.endswith(fixed.replace("Thử", "Try"))
