"""An editor's note in brackets, read bracket by bracket (`write/standalone._editor_note`)."""

from synoptic.write.standalone import _editor_note, not_a_statement

# MultiLing 2011 (CC BY 3.0), an Arabic report whose quotation opens a bracket and never closes
# it: one pattern backtracked over every split of its text (42 s of a story's brief at 100k
# synthetic articles, stop 39); now read bracket by bracket
OPEN_BRACKET_AR = ('لوائح الاتهام, ويتهم الجيش كاردونا وسميث بإساءة معاملة المعتقلين من 15 نوفمبر 2003 ، إلى 15 '
                   'يناير 2004 من قبل "توجيه وتشجيع ، أو السماح [باستخدام الكلاب لكي تنبح وتذمر على المعتقلين '
                   'من أجل مضايقة غير مشروعة وتهدد المعتقلين من أجل جعل المعتقلين يتبولون ويتبرزون على أنفسهم.')


def test_a_bracket_left_open_is_an_aside_not_a_statement():
    assert _editor_note(OPEN_BRACKET_AR)
    assert not_a_statement(OPEN_BRACKET_AR, "ar")
    assert _editor_note(OPEN_BRACKET_AR * 20)  # as long a text: read in one pass


def test_a_bracketed_note_of_a_word_and_two_more():
    assert _editor_note("[Editor's note: this story was updated.]")
    assert _editor_note("Text [ab cd ef] end")


def test_a_short_insertion_or_figures_in_brackets_are_no_note():
    assert not _editor_note("He said [the police] were there.")
    assert not _editor_note("x [12 34 56] y")
    assert not _editor_note("[ab c] and more")
