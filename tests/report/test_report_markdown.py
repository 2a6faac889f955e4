from histdesk.report.markdown import md_escape


def test_md_escape_flattens_and_neutralises_markup():
    assert md_escape("a | b\n*c* [d](x) <script>") == "a \\| b \\*c\\* \\[d\\](x) &lt;script&gt;"
    assert md_escape("R&D_team") == "R&amp;D\\_team"
