"""Appointment and installation lists: every item is a person, every assigned place a subject region."""

from mentions import article_of

INSTALLATION = """Gubernur Lantik Lima Penjabat Sementara Bupati

Padang, Warta Nagari - Gubernur Sumatera Barat Rahmat Hidayat melantik lima Pjs Bupati di Auditorium Gubernuran, Senin (23/9/2024).
Pelantikan berlangsung khidmat dan dihadiri para kepala perangkat daerah.
Adapun Pjs Bupati yang dilantik sebagai berikut:
1. Dewi Kartika, S.STP, M.Si (Kepala Biro Pemerintahan Setda Provinsi), untuk Pjs. Bupati Solok;
2. Irwan Santoso (Kepala Dinas Sosial Provinsi), untuk Pjs. Bupati Agam;
3. Hendri Saputra untuk Kabupaten Pasaman, yang sebelumnya menjabat sebagai Kepala Badan Kesbangpol Provinsi;
4. Wahyu Ramdani untuk Kabupaten Tanah Datar;
5. Budi Santoso
Rahmat berpesan agar para Pjs Bupati menjaga netralitas ASN selama masa kampanye.
"""


def test_every_item_of_an_installation_list_is_an_official_of_its_place(lexicon):
    article = article_of(INSTALLATION, lexicon)
    got = {o.name: (o.role_normalized, o.region) for o in article.officials}
    assert (
        got.pop("Budi Santoso")[0] == "Penjabat Sementara Bupati"
    )  # a bare item: the heading's office
    assert got == {
        "Rahmat Hidayat": ("Gubernur", "Provinsi Sumatera Barat"),
        "Dewi Kartika": ("Penjabat Sementara Bupati", "Kabupaten Solok"),
        "Irwan Santoso": ("Penjabat Sementara Bupati", "Kabupaten Agam"),
        "Hendri Saputra": ("Penjabat Sementara Bupati", "Kabupaten Pasaman"),
        "Wahyu Ramdani": ("Penjabat Sementara Bupati", "Kabupaten Tanah Datar"),
    }
    regions = {r.name for r in article.regions}
    assert {
        "Kabupaten Solok",
        "Kabupaten Agam",
        "Kabupaten Pasaman",
        "Kabupaten Tanah Datar",
    } <= regions


def test_a_numbered_list_without_an_office_above_it_adds_no_one(lexicon):
    text = "Juara Lomba Desa\n\nAgam, Warta Nagari - Panitia mengumumkan pemenang lomba kebersihan.\n1. Dewi Kartika\n2. Irwan Santoso\n"
    article = article_of(text, lexicon)
    assert article.officials == ()


def test_an_item_takes_its_places_own_office_not_the_appointing_governors(lexicon):
    """'Berikut nama Pjs yang dilantik Gubernur:' over 'NAME untuk Kabupaten X': the office above
    the list is the governor who installs them, so an item's place gets the head of its own
    level (Bupati for a regency, Wali Kota for a city), acting as the heading's line says."""
    from mentions import officials

    lines = [
        "Berikut nama Pjs yang dilantik Gubernur:",
        "1. Dimas Saputra untuk Kabupaten Pasaman, yang sebelumnya menjabat Kepala Dinas Sosial;",
        "2. Sinta Dewi Rahayu untuk Kota Solok.",
    ]
    assert officials(lines, lexicon) == [
        ("Dimas Saputra", "Penjabat Sementara Bupati"),
        ("Sinta Dewi Rahayu", "Penjabat Sementara Wali Kota"),
    ]


def test_a_head_and_deputy_written_as_a_pair_joined_by_and(lexicon):
    """'Gubernur dan Wakil Gubernur X, A dan B': A holds the first office, B the second, both of
    the place written once (was: A as the deputy, B nobody)."""
    from mentions import officials

    text = "Bupati dan Wakil Bupati Solok, Dimas Saputra dan Sinta Dewi Rahayu, hadir di sana."
    assert officials(text, lexicon) == [
        ("Dimas Saputra", "Bupati"),
        ("Sinta Dewi Rahayu", "Wakil Bupati"),
    ]


def test_a_bulleted_list_the_story_introduces_gives_each_item_its_own_post(lexicon):
    """'Pejabat yang dilantik:' then '- NAME, POST' items: each person holds the post written
    after their name, and an item that reads like a headline in title case is still the
    story's list, not another story's headline."""
    from mentions import officials

    lines = [
        "Pejabat yang dilantik:",
        "- Dimas Saputra, Kepala Dinas Sosial",
        "- Suparmanto Wiradinata, Camat Koto Tangah",
    ]
    assert officials(lines, lexicon) == [
        ("Dimas Saputra", "Kepala Dinas"),
        ("Suparmanto Wiradinata", "Camat"),
    ]


def test_a_count_in_digits_before_a_lower_case_office_lists_its_holders(lexicon):
    """'3 kepala desa, yakni A, B, dan C': a count written in digits, like 'tiga', makes the
    office in lower case an office, and the names after it its holders."""
    from mentions import officials

    text = (
        "Polisi memeriksa 3 kepala desa, yakni Dimas Saputra, Sinta Dewi Rahayu, dan Rudi Hartono."
    )
    assert officials(text, lexicon) == [
        ("Dimas Saputra", "Kepala Desa"),
        ("Sinta Dewi Rahayu", "Kepala Desa"),
        ("Rudi Hartono", "Kepala Desa"),
    ]


def test_a_government_bodys_staff_listed_after_their_standing_in_a_trial(lexicon):
    """'para eks pegawai Kementerian X, yakni terdakwa A, B, dan C': civil servants of a
    ministry, each of them, whatever their standing in the trial; a shop's staff are no one's
    officials."""
    from mentions import officials

    trial = (
        "JAKARTA - Sidang itu menghadirkan para eks pegawai Kementerian Pertanian, yakni "
        "terdakwa Dimas Saputra, Sinta Dewi Rahayu, dan Rudi Hartono."
    )
    assert officials(trial, lexicon) == [
        ("Dimas Saputra", "Anggota"),
        ("Sinta Dewi Rahayu", "Anggota"),
        ("Rudi Hartono", "Anggota"),
    ]
    assert officials("JAKARTA - Polisi memeriksa pegawai toko Dimas Saputra.", lexicon) == []


def test_a_numbered_villages_name_after_a_bodys_post_is_no_person(lexicon):
    text = (
        "Judul\n\nJAKARTA - Polisi meminta keterangan dari dua saksi pegawai BPTD Desa Batu "
        "Lumbang II, yaitu Dimas (27) dan Rudi (50).\n"
    )
    article = article_of(text, lexicon)
    assert "Lumbang II" not in [o.name for o in article.officials]


def test_a_panel_of_judges_named_in_the_next_sentence_one_known_by_one_name(lexicon):
    """'majelis hakim ... . Mereka ialah A, B dan C': a panel is several judges, named in the
    next sentence; one of them may be known by one name. A word of the dictionary is no name."""
    from mentions import officials

    lines = (
        "Jaksa menyebut uang itu diberikan agar terdakwa memilih majelis hakim perkara itu "
        "sesuai keinginannya. Mereka ialah Dimas Saputra, Suparmanto dan Sinta Dewi Rahayu."
    )
    assert officials(lines, lexicon) == [
        ("Dimas Saputra", "Hakim"),
        ("Suparmanto", "Hakim"),
        ("Sinta Dewi Rahayu", "Hakim"),
    ]
    common = lines.replace("Suparmanto", "Kemarin")
    assert [name for name, _ in officials(common, lexicon)] == ["Dimas Saputra"]


def test_an_item_appointing_a_name_no_list_holds_is_a_person_but_a_thing_is_not(lexicon):
    """'N. NAME (home post), untuk Pjs. Wali Kota X': the item's own office makes a person of a
    name no list of names holds ('Rendra Wijayakusuma'). A bare unknown name under the heading may
    be a thing ('Balai Sidang'), and an item whose every word is an everyday one is one."""
    text = (
        "Gubernur Lantik Penjabat Sementara Kepala Daerah\n\n"
        "Padang, Warta Nagari - Gubernur Sumatera Barat melantik tiga Pjs kepala daerah yang "
        "kepala daerahnya cuti kampanye, Senin (23/9/2024). Mereka yang dilantik:\n"
        "1. Rendra Wijayakusuma (Kepala Dinas Sosial Provinsi), untuk Pjs. Wali Kota Padang Panjang;\n"
        "2. Bantuan Sosial (Kepala Dinas), untuk Pjs. Bupati Agam;\n"
        "3. Balai Sidang\n"
    )
    article = article_of(text, lexicon)
    got = {o.name: (o.role_normalized, o.region) for o in article.officials}
    assert got == {"Rendra Wijayakusuma": ("Penjabat Sementara Wali Kota", "Kota Padang Panjang")}
    assert "Kota Padang Panjang" in {r.name for r in article.regions}


NO_HEADING_OFFICE = """Tiga Pejabat Dilantik Gubernur

Padang, Warta Nagari - Gubernur Sumatera Barat Rahmat Hidayat melantik tiga pejabat di Auditorium Gubernuran, Senin (2/3/2026).
Ketiga pejabat tersebut adalah:
1. Dewi Kartika (Kepala Biro Pemerintahan), untuk Pjs. Bupati Agam;
2. Irwan Santoso, S.STP, M.Si untuk Kota Bukittinggi, sebelumnya Asisten I;
3. Hj. Sari Handayani, SE, MM untuk Kabupaten Solok, yang sebelumnya Kepala Dinas Sosial.
"""


def test_the_first_items_office_serves_the_items_that_name_only_a_place(lexicon):
    """No heading names the office: '1. A, untuk Pjs. Bupati X;' makes the list's items that
    name only a place ('untuk Kabupaten Z') its acting heads, at the level of their place."""
    article = article_of(NO_HEADING_OFFICE, lexicon)
    got = {o.name: (o.role_normalized, o.region) for o in article.officials}
    assert got == {
        "Rahmat Hidayat": ("Gubernur", "Provinsi Sumatera Barat"),
        "Dewi Kartika": ("Penjabat Sementara Bupati", "Kabupaten Agam"),
        "Irwan Santoso": ("Penjabat Sementara Wali Kota", "Kota Bukittinggi"),
        "Sari Handayani": ("Penjabat Sementara Bupati", "Kabupaten Solok"),
    }
    assert {"Kabupaten Agam", "Kota Bukittinggi", "Kabupaten Solok"} <= {
        r.name for r in article.regions
    }


def test_an_item_whose_home_post_ends_with_aceh_s_dayah_office_names_one_person(lexicon):
    """'Dinas Pendidikan Dayah' is an office of Aceh: 'Dayah Aceh' is no one's name."""
    text = (
        "Tiga Pejabat Dilantik\n\n"
        "Banda Aceh - Gubernur Aceh Rahmat Hidayat melantik tiga pejabat, Senin (2/3/2026).\n"
        "Mereka adalah:\n"
        "1. Dewi Kartika (Kepala Dinas Pendidikan Dayah Aceh), untuk Pj Bupati Aceh Besar;\n"
    )
    article = article_of(text, lexicon)
    assert {o.name for o in article.officials} == {"Rahmat Hidayat", "Dewi Kartika"}


PROSE_LIST = """Gubernur Lantik Tiga Penjabat Bupati

Padang, Warta Nagari - Gubernur Sumatera Barat Rendra Wijayakusuma melantik tiga penjabat (Pj) bupati, Rabu (4/3/2026).
Ketiganya ialah Dimas Saputra, S.STP., M.Si., untuk Kabupaten Pasaman, yang sebelumnya menjabat Kepala Dinas Sosial; Dr. Hi. Arif Budiman, M.Pd., untuk Kabupaten Agam. Kemudian Ir. Sinta Dewi Rahayu, M.T., untuk Kota Solok, yang sebelumnya Kepala Biro Umum.
"""


def test_a_list_written_as_sentences_names_the_head_of_each_place_given(lexicon):
    """'..., ialah A, S.STP., untuk Kabupaten X, ...; B untuk Kabupaten Y. Kemudian C untuk Kota
    Z': each name is the acting head of its place, and each place a subject (was: nobody)."""
    article = article_of(PROSE_LIST, lexicon)
    got = {o.name: (o.role_normalized, o.region) for o in article.officials}
    assert got == {
        "Rendra Wijayakusuma": ("Gubernur", "Provinsi Sumatera Barat"),
        "Dimas Saputra": ("Penjabat Bupati", "Kabupaten Pasaman"),
        "Arif Budiman": ("Penjabat Bupati", "Kabupaten Agam"),
        "Sinta Dewi Rahayu": ("Penjabat Wali Kota", "Kota Solok"),
    }
    assert {"Kabupaten Pasaman", "Kabupaten Agam", "Kota Solok"} <= {
        r.name for r in article.regions
    }


def test_untuk_a_place_after_a_word_of_the_sentence_names_no_one(lexicon):
    """'Dana itu, untuk Kabupaten Agam,' gives money to a place: no name opens the item."""
    text = "Bantuan\n\nPadang, Warta Nagari - Dana hibah tahun ini, untuk Kabupaten Agam, naik.\n"
    assert article_of(text, lexicon).officials == ()


def test_an_item_that_writes_its_own_post_does_not_take_the_heading_office(lexicon):
    """'3. A, S.Pd., guru SD Negeri 4;' under a list whose lines above name a Bupati: the item
    says what A is, so A is not the Bupati (was: two teachers made Bupati)."""
    from mentions import officials

    lines = [
        "Laporan itu menyangkut pemilihan Bupati Brebes.",
        "Berikut daftar terlapor:",
        "1. Dimas Saputra, S.Sos., Camat Larangan;",
        "2. Sinta Dewi Rahayu, S.Pd., guru SD Negeri 4 Sukamaju;",
        "3. Arif Budiman, A.Md.Keb., bidan Puskesmas Sukamaju.",
    ]
    assert officials(lines, lexicon) == [("Dimas Saputra", "Camat")]


def test_an_item_that_opens_with_the_office_names_its_holder_after_a_colon(lexicon):
    """'- Camat Pampangan: A, S.Sos': the office and its place's words, a colon, the holder
    (was: nobody); a colon after an office that opens no item opens what was said."""
    from mentions import officials

    lines = [
        "Mereka yang dilantik ialah:",
        "- Camat Sukamaju: Dimas Saputra, S.STP, M.Si",
        "- Camat Sungai Rampah Jaya: Rusdi, S.Sos",
        "Bupati Agam: Kami minta camat netral.",
    ]
    assert officials(lines, lexicon, written=True) == [
        ("Dimas Saputra", "Camat Sukamaju"),
        ("Rusdi", "Camat Sungai Rampah Jaya"),
    ]


def test_an_item_that_opens_with_the_place_names_its_acting_head_after_a_colon(lexicon):
    """'1. Kabupaten X: A, S.STP (home post)' under a story that appoints acting heads: A is the
    acting head of X (the post in brackets is the one he leaves), and X is a subject."""
    text = (
        "Mendagri Tetapkan Dua Penjabat Bupati\n\n"
        "JAKARTA - Menteri Dalam Negeri menetapkan dua penjabat (Pj) bupati, Senin (9/3/2026).\n"
        "Nama-nama yang ditetapkan sebagai berikut:\n"
        "1. Kabupaten Solok: Dimas Saputra, S.STP, M.Si (Kepala Biro Pemerintahan Setda Provinsi)\n"
        "2. Kabupaten Agam: Rendra Wijayakusuma, S.H. (Staf Ahli Gubernur Bidang Pemerintahan)\n"
    )
    article = article_of(text, lexicon)
    got = {o.name: (o.role_normalized, o.region) for o in article.officials}
    assert got == {
        "Dimas Saputra": ("Penjabat Bupati", "Kabupaten Solok"),
        "Rendra Wijayakusuma": ("Penjabat Bupati", "Kabupaten Agam"),
    }
    assert {r.name for r in article.regions} == {"Kabupaten Solok", "Kabupaten Agam"}


def test_a_place_and_a_colon_in_a_list_with_no_acting_heads_appoint_no_one(lexicon):
    text = (
        "Juara Lomba Desa Diumumkan\n\n"
        "PADANG - Panitia mengumumkan pemenang lomba kebersihan, Senin (9/3/2026).\n"
        "1. Kabupaten Solok: Dimas Saputra, S.Pd (guru SD Negeri 3)\n"
    )
    got = [(o.name, o.role_normalized) for o in article_of(text, lexicon).officials]
    assert ("Dimas Saputra", "Penjabat Bupati") not in got and (
        "Dimas Saputra",
        "Bupati",
    ) not in got


def test_lines_that_give_a_name_then_its_post_after_a_dash_or_a_comma(lexicon):
    """'A, S.E. — Kepala Dinas X' as lines of their own: each post is the name's before it, never
    the name's that opens the next line."""
    text = (
        "Wali Kota Padang Lantik Pejabat\n\n"
        "PADANG - Wali Kota Padang melantik empat pejabat, Senin (9/3/2026). Mereka yang dilantik:\n"
        "Dimas Saputra Wibowo, S.E. — Kepala Dinas Sosial\n"
        "Rendra Wijayakusuma, S.STP, Camat Koto Tangah\n"
        "Sinta Dewi Lestari, S.Kep., Ns. – Lurah Sukadamai\n"
        "Hendra Kusuma, S.Pd.SD., Gr. - Kepala Bagian Umum\n"
    )
    got = [(o.name, o.role_normalized) for o in article_of(text, lexicon).officials]
    assert got == [
        ("Dimas Saputra Wibowo", "Kepala Dinas"),
        ("Rendra Wijayakusuma", "Camat"),
        ("Sinta Dewi Lestari", "Lurah"),
        ("Hendra Kusuma", "Kepala Bagian"),
    ]


def test_an_item_moving_a_person_from_an_old_post_to_a_new_one(lexicon):
    """'- A, M.T., dari OLD menjadi NEW;': the new post is A's; a given name opens the item, so a
    word of it that also names bodies ('Alam') does not make it a thing."""
    text = (
        "Gubernur Tunjuk Dua Plt Kepala Dinas\n\n"
        "KENDARI - Gubernur menunjuk dua pelaksana tugas, Senin (9/3/2026). Mereka yakni:\n"
        "- Ir. Andi Syamsul Alam, M.T., dari Kepala Bidang Bina Marga menjadi Plt Kepala Dinas "
        "Pertanian;\n"
        "- Dimas Saputra, S.E., dari Sekretaris Dinas Sosial menjadi Plt Kepala Dinas Sosial.\n"
    )
    got = [(o.name, o.role_normalized) for o in article_of(text, lexicon).officials]
    assert got == [
        ("Andi Syamsul Alam", "Pelaksana Tugas Kepala Dinas"),
        ("Dimas Saputra", "Pelaksana Tugas Kepala Dinas"),
    ]


def test_officials_listed_after_a_word_for_any_official_keep_their_own_offices(lexicon):
    """'Keempat pejabat yang dilantik, yakni A untuk Kabupaten X, ...': 'pejabat' names no office;
    each is the acting head of the place given (was: 'Pejabat')."""
    text = (
        "Gubernur Lantik Penjabat Bupati\n\n"
        "WAMENA - Gubernur melantik dua penjabat bupati, Senin (9/3/2026). Kedua pejabat yang "
        "dilantik, yakni Dimas Saputra, S.STP., untuk Kabupaten Nduga, dan Rendra Wijayakusuma, "
        "S.E., untuk Kabupaten Yalimo.\n"
    )
    got = {o.name: (o.role_normalized, o.region) for o in article_of(text, lexicon).officials}
    assert got == {
        "Dimas Saputra": ("Penjabat Bupati", "Kabupaten Nduga"),
        "Rendra Wijayakusuma": ("Penjabat Bupati", "Kabupaten Yalimo"),
    }


def test_each_person_listed_after_an_office_keeps_the_post_sebagai_gives_them(lexicon):
    """'Pejabat yang dilantik yakni A, S.STP., M.A.P., yang sebelumnya X, sebagai Kepala Badan
    Y; B, M.T., sebagai Kepala Dinas Z': each holds the post after 'sebagai', not 'Pejabat'
    ('M.A.P.' read whole as a degree)."""
    from mentions import officials

    lines = [
        "Pejabat yang dilantik yakni Dimas Saputra, S.STP., M.A.P., yang sebelumnya Sekretaris "
        "BKD, sebagai Kepala Badan Kepegawaian Daerah; Ir. Rendra Wijaya, M.T., sebagai Kepala "
        "Dinas Pekerjaan Umum."
    ]
    assert officials(lines, lexicon) == [
        ("Dimas Saputra", "Kepala Badan"),
        ("Rendra Wijaya", "Kepala Dinas"),
    ]
