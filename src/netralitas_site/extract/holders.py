"""The person holding a role phrase: right after it, after a comma, in brackets, or before it ('Budi
Santoso selaku Kepala Dinas'), with the words that belong to the office cut off the name."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from .body_runs import name_after_body
from .holder_gaps import AT_PLACE, COMPANY_WORDS, words_before_holder
from .names import ParsedName, Stream, _opens_next_name, parse_name
from .place_runs import _holder_after_a_place, _is_place_run, _split_place_and_name
from .role_words import (
    DEMONSTRATIVES,
    LOWER_COURTESY,
    RolePhrase,
    _balinese_name,
    _bracketed_person,
    _capital_run,
    _extend_with_run,
    _is_title,
    _joined_by_and,
    _names_a_place,
    _opens_name,
    _token_after,
)
from .roles import _extend_role, role_at
from .text import ITEM_START, fold


def _holder(
    stream: Stream, role: RolePhrase, lexicon: Lexicon
) -> tuple[ParsedName | None, RolePhrase]:
    """The person holding `role`: right after it, or after the comma that follows it."""
    k = role.end
    if k >= len(stream):
        return None, role
    if (
        stream.fold(k - 1) == "dan"
        and stream.sep(k) == " "
        and stream.is_cap(k)
        and role_at(stream, k, lexicon) is None
        and _capital_run(stream, k, lexicon) == k + 1
        and stream.fold(k) not in lexicon.name_tokens
    ):
        # 'Kepala Bidang Pelatihan dan Lomba (Kabid Latlom)': one word after 'dan' ends the
        # unit's name (not another office, not a person: 'Direktur X dan Budi')
        return _holder(stream, _extend_with_run(stream, role, k + 1, lexicon), lexicon)
    if (
        stream.sep(k).strip() == "&"
        and stream.is_cap(k)
        and role_at(stream, k, lexicon) is None
        and not _opens_name(stream, k, lexicon)
    ):
        # 'Deputi Bidang Tanah & Tataruang Kemenko X Budi': the unit's name goes on after '&'
        end, _ = _extend_role(stream, k + 1, lexicon)
        return _holder(stream, _extend_with_run(stream, role, end, lexicon), lexicon)
    end = stream.toks[k - 1][2]
    if ":" in stream.text:
        after_colon = _holder_after_colon(stream, role, lexicon)
        if after_colon is not None:
            return after_colon
    gap = words_before_holder(stream.text, end)
    if gap is not None:
        j = _token_after(stream, gap.end())
        if j < len(stream) and stream.toks[j][1] == gap.end() and _opens_holder(stream, j, lexicon):
            name = parse_name(stream, j, lexicon)
            if gap.re is not AT_PLACE:
                return name, role
            gap_words = {stream.fold(i) for i in range(k, j)}
            if (
                name is not None
                and len(name.name.split()) >= 2
                and lexicon.places.match_at(stream.toks, j) is None
                and gap_words.isdisjoint(COMPANY_WORDS)
            ):  # 'di Karon, Phuket': the place goes on; 'di Bank X': a company's post
                return name, role
    sep = stream.sep(k)
    if sep.strip() == ")":
        sep = " "  # 'Menteri Dalam Negeri (Mendagri) Tito': the short form closes, the name follows
    if (
        sep.strip() == "."
        and len(stream.raw(k - 1)) == 1
        and stream.raw(k - 1).isupper()
        and stream.sep(k - 1) == "."
    ):
        sep = " "  # 'Wali Kota L.A. Karen': the place's initials end with a dot
    if (
        sep == " "
        and stream.fold(k) in LOWER_COURTESY
        and not stream.is_cap(k)
        and k + 1 < len(stream)
        and stream.sep(k + 1) == " "
        and stream.is_cap(k + 1)
        and role_at(stream, k + 1, lexicon) is None
    ):
        return parse_name(stream, k + 1, lexicon), role  # 'Gubernur Aceh pak Budi'
    if sep.strip() == "(" and stream.is_cap(
        k
    ):  # 'Gubernur Jambi (Hasan Basri)': the holder in brackets
        name = parse_name(stream, k, lexicon)
        closed = name is not None and stream.text[name.char_end :].lstrip().startswith(")")
        words = name.name.split() if name is not None else []
        if (
            name is not None
            and closed
            and (len(words) >= 2 or _bracketed_person(stream, name.start, lexicon))
            and any(fold(w) in lexicon.name_tokens for w in words)
            and not any(
                fold(w) in lexicon.institution_words or (w.isupper() and len(w) > 1) for w in words
            )
        ):
            return name, role
        return None, role
    if sep.strip() == "" and _opens_name(stream, k, lexicon):
        return parse_name(stream, k, lexicon), role
    if sep.strip() == "" and stream.is_cap(k):
        run_end = _capital_run(stream, k, lexicon)
        if (
            run_end < len(stream)
            and stream.sep(run_end) in (" ", "")  # '' where a page lost the space: 'PolriIrjen'
            and _opens_name(stream, run_end, lexicon)
        ):
            # 'Danrem 102/Panju Panjung Kolonel Czi Benediktus': the run ends the unit's name
            return parse_name(stream, run_end, lexicon), _extend_with_run(
                stream, role, run_end, lexicon
            )
        split = _split_place_and_name(stream, role, k, run_end, lexicon)
        if split == run_end:
            split = _holder_after_a_place(stream, k, run_end, lexicon)
        if split != run_end:
            return parse_name(stream, split, lexicon), (
                _extend_with_run(stream, role, split, lexicon) if split > k else role
            )
        while (
            _joined_by_and(stream, run_end, lexicon)
            and not _run_is_a_name(stream, k, run_end, lexicon)
            and not _two_people(stream, k, run_end, lexicon)
        ):
            # 'Bidang Kedaruratan dan Logistik BPBD, Yetti'; not 'Bupati X Budi Santoso serta Direktur Y'
            end, _ = _extend_role(stream, run_end + 1, lexicon)
            end = max(end, run_end + 2)
            if end < len(stream) and stream.sep(end) == " ":
                end, _ = _extend_role(stream, end, lexicon)  # '... dan Galian Negeri Belanda (KTG)'
            role = _extend_with_run(stream, role, end, lexicon)
            k = role.end
            if k >= len(stream) or stream.sep(k).strip() not in ("", ",", ")", "),"):
                return None, role
            if stream.sep(k).strip() in (",", "),"):
                return (
                    parse_name(stream, k, lexicon)
                    if stream.is_cap(k) or _is_title(stream, k, lexicon)
                    else None
                ), role
            run_end = _capital_run(stream, k)
        balinese = next((b for b in range(k, run_end) if _balinese_name(stream, b)), None)
        if balinese is not None and _names_a_place(
            role
        ):  # 'Perbekel Desa X I Made Y': the name starts there
            return parse_name(stream, balinese, lexicon), (
                _extend_with_run(stream, role, balinese, lexicon) if balinese > k else role
            )
        if _names_a_place(
            role
        ):  # 'Camat Enam Lingkung': the words name the place, a name follows a comma
            if (
                run_end < len(stream)
                and stream.sep(run_end) == " "
                and stream.is_cap(run_end)
                and not stream.sep(_capital_run(stream, run_end, lexicon)).strip().startswith(",")
            ):
                return parse_name(stream, run_end, lexicon), _extend_with_run(
                    stream, role, run_end, lexicon
                )
            while (
                run_end < len(stream)
                and stream.sep(run_end) == " "
                and (stream.is_cap(run_end) or stream.raw(run_end).isdigit())
            ):
                run_end += 1  # 'Kepala SD Inpres 11 Sanggeng'
            extended = _extend_with_run(stream, role, run_end, lexicon)
            end, _ = _extend_role(stream, run_end, lexicon)
            if end > run_end:
                extended = _extend_with_run(stream, role, end, lexicon)
            if stream.sep(end).strip().startswith(",") and end < len(stream):
                if lexicon.post_name.match(stream.text, stream.toks[end][1]):
                    return None, extended  # 'Kepala SMA X Budi, S.Pd.': degrees, not a holder
                return parse_name(stream, end, lexicon), extended
            gap = words_before_holder(stream.text, stream.toks[end - 1][2])
            if gap is not None and gap.re is not AT_PLACE:  # 'Camat Badau yang baru, Budi'
                j = _token_after(stream, gap.end())
                if j < len(stream) and stream.toks[j][1] == gap.end() and stream.is_cap(j):
                    return parse_name(stream, j, lexicon), extended
            return None, extended
        after = stream.sep(run_end)
        name = parse_name(stream, k, lexicon)
        if (
            name is not None
            and stream.fold(name.end) in DEMONSTRATIVES
            and stream.sep(name.end) == " "
        ):
            return (
                None,
                role,
            )  # 'mantan Presiden Inter Milan tersebut': the run named the body, not a person
        body_end = _body_short_form_end(stream, role, k, run_end, lexicon)
        if body_end is not None:
            # 'Sekretaris Forum Maju Bersama (FMB) Budi': the short form spells the office's
            # words and the run's, so the run named the body; the person follows the bracket
            extended = _extend_with_run(stream, role, body_end, lexicon)
            if stream.fold(body_end) in lexicon.institution_words:
                return _holder(
                    stream, extended, lexicon
                )  # '... (PRM) Badan X (BX), Budi': the body it belongs to
            return parse_name(stream, body_end, lexicon), extended
        if (
            name is None
        ):  # 'Kepala Kantor Pertanahan Kabupaten Bangka, Ir. Nyoman': the run was the body
            if (
                after.strip().startswith(",")
                and run_end < len(stream)
                and (stream.is_cap(run_end) or _is_title(stream, run_end, lexicon))
            ):
                holder = parse_name(stream, run_end, lexicon)
                if holder is not None:
                    return holder, _extend_with_run(stream, role, run_end, lexicon)
            return name_after_body(stream, role, k, run_end, lexicon) or (None, role)
        paren = re.match(
            r"\s*\(\s*[A-Z][\w\-]*\s*\)\s*,\s*$",
            stream.text[stream.toks[run_end - 1][2] : stream.toks[run_end + 1][1]]
            if run_end + 1 < len(stream)
            else "",
        )
        if paren and not _initials_of(stream, k, run_end, stream.fold(run_end)):
            # 'Anggota Dewan Kehormatan Penyelenggara Pemilu (DKPP), Dr. Hamdani'; not 'Wakil Presiden Jusuf Kalla (JK), dia'
            return parse_name(stream, run_end + 1, lexicon), _extend_with_run(
                stream, role, run_end + 1, lexicon
            )
        if (
            after.strip().startswith(",")
            and run_end < len(stream)
            and _role_continues(stream, run_end, name, lexicon, role)
        ):
            extended = _extend_with_run(stream, role, run_end, lexicon)
            return parse_name(stream, run_end, lexicon), extended
        return name, role
    if sep.strip() in (",", "),") and (stream.is_cap(k) or _is_title(stream, k, lexicon)):
        place = lexicon.places.match_at(stream.toks, k) if stream.is_cap(k) else None
        past = k + place[0] if place else k
        if (
            not place
            and stream.is_cap(k)
            and (stream.fold(k) in lexicon.institution_words or stream.is_acronym(k))
        ):
            past = k + 1  # 'Direktur Jenderal Kesehatan Hewan, Kementan, Budi': the body's name
        if (
            past > k
            and past < len(stream)
            and stream.sep(past).strip() == ","
            and stream.is_cap(past)
        ):
            return parse_name(stream, past, lexicon), _extend_with_run(
                stream, role, past, lexicon
            )  # 'Bupati Agam, Sumatera Barat, Budi'
        return parse_name(stream, k, lexicon), role
    return None, role


def _opens_holder(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """A capital, or a title written in lower case ('dijabat dr. Budi Santoso')."""
    return stream.is_cap(k) or stream.raw(k) + "." in lexicon.pre_name


def _body_short_form_end(
    stream: Stream, role: RolePhrase, k: int, run_end: int, lexicon: Lexicon
) -> int | None:
    """Where the person starts after a run whose bracketed short form spells the initials of the
    office's last words and the run's ('Sekretaris Forum Maju Bersama (FMB) Budi'), or the run's
    alone when the run holds a body's word ('Kepala Balai Taman Nasional Gunung Maju (BTNGM),
    Budi'); None otherwise: the short form of a name is a person's ('Jusuf Kalla (JK)')."""
    if run_end >= len(stream) or "(" not in stream.sep(run_end):
        return None
    short = re.match(
        r"\s*\(([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?)\)[\s,]*",
        stream.text[stream.toks[run_end - 1][2] :],
    )
    if short is None:
        return None
    letters = short.group(1).replace(" ", "").lower()
    run_initials = "".join(stream.fold(i)[0] for i in range(k, run_end))
    office_initials = "".join(stream.fold(i)[0] for i in range(role.start, k))
    if not letters.endswith(run_initials):
        return None
    if len(letters) == len(run_initials) and not any(
        stream.fold(i) in lexicon.institution_words for i in range(k, run_end)
    ):
        return None
    if not office_initials.endswith(letters[: -len(run_initials)]):
        return None
    after = _token_after(stream, stream.toks[run_end - 1][2] + short.end())
    return after if after < len(stream) and stream.is_cap(after) else None


def _initials_of(stream: Stream, start: int, end: int, short: str) -> bool:
    """'JK' of 'Jusuf Kalla': the short form in brackets is the run's initials, the run is a person."""
    return end - start >= 2 and short == "".join(stream.fold(i)[0] for i in range(start, end))


def _run_is_a_name(stream: Stream, start: int, end: int, lexicon: Lexicon) -> bool:
    """Two or more words opening with a given name and without a body's words: a person, not part of
    a body's name ('Sigit Pamungkas', not 'Tetap Haji' of 'Komite Tetap Haji dan Umrah')."""
    words = [stream.fold(i) for i in range(start, end)]
    return (
        len(words) >= 2
        and words[0] in lexicon.name_tokens
        and not any(w in lexicon.institution_words or w in lexicon.never_in_names for w in words)
    )


def _two_people(stream: Stream, start: int, end: int, lexicon: Lexicon) -> bool:
    """'Komisi VI Andre Rosiade dan Eko Hendro Purnomo': two runs of two or more words joined by
    'dan', neither holding a body's, a place's or a sentence's word, are two people, not one
    body's name ('Kedaruratan dan Logistik')."""
    after = end + 1
    other_end = (
        _capital_run(stream, after, lexicon)
        if after < len(stream) and stream.is_cap(after)
        else after
    )
    if end - start < 2 or other_end - after < 2:
        return False
    words = [stream.fold(i) for i in (*range(start, end), *range(after, other_end))]
    return (
        not any(
            w in lexicon.institution_words
            or w in lexicon.never_in_names
            or w in lexicon.not_first_words
            for w in words
        )
        and not _is_place_run(stream, start, end, lexicon)
        and not _is_place_run(stream, after, other_end, lexicon)
    )


def _role_continues(
    stream: Stream, k: int, name: ParsedName, lexicon: Lexicon, role: RolePhrase | None = None
) -> bool:
    """'Camat Koto XI Tarusan, H. Budi' - the words before the comma were a place, a name follows it.
    Not when the office named its place already and the run reads as a name ('Gubernur Riau
    Budi Santoso, Ustaz X'): the next item of a list follows."""
    if name.degrees and name.char_end > stream.toks[k - 1][2]:
        return False  # 'Edisar, SH.' - the comma opened the degrees
    if role is not None and role.head in ("presiden", "wakil presiden") and not role.rest:
        return False  # 'Presiden Soekarno, Lapangan ...': a bare President's next word is the name
    if (
        role is not None
        and (role.region_hits or role.head.replace(" ", "") in lexicon.level_by_head)
        and not _names_a_place(role)
        and _run_is_a_name(stream, name.start, name.end, lexicon)
        and not _is_place_run(stream, name.start, name.end, lexicon)
    ):
        return False  # 'dengan Gubernur Budi Santoso, Andi menegaskan': the run was the holder
    if (
        role is not None
        and not _names_a_place(role)
        and _names_a_foreign_place(stream, role, lexicon)
    ):
        return False  # 'Perdana Menteri Israel Benjamin Netanyahu, Iran ...': the post's country is named, the run is the name
    if stream.is_cap(k) and _is_place_run(stream, k, _capital_run(stream, k), lexicon):
        return False  # a place follows the comma, not a holder
    if not (stream.is_cap(k) or _is_title(stream, k, lexicon)) or _degrees_after(
        stream, k, lexicon
    ):
        return False
    if role_at(stream, k, lexicon) is not None:
        return False  # the next item of a list starts: the run was the name
    nxt = parse_name(stream, k, lexicon)
    if nxt is None:
        return False
    evidence = lexicon.name_tokens
    # 'Sekda X Budi Santoso, Kepala Humas Perhutani': the run was the name, a new item follows
    return not (
        any(fold(w) in evidence for w in name.name.split())
        and not any(fold(w) in evidence for w in nxt.name.split())
    )


def _degrees_after(stream: Stream, k: int, lexicon: Lexicon) -> bool:
    """'Budi, SH.': the comma opened the name's degrees; not 'ST Budi Santoso', initials before a
    name word."""
    degree = lexicon.post_name.match(stream.text, stream.toks[k][1])
    return degree is not None and not _opens_next_name(stream.text, degree.end(), lexicon)


def _names_a_foreign_place(stream: Stream, role: RolePhrase, lexicon: Lexicon) -> bool:
    return any(
        lexicon.foreign_places.match_at(stream.toks, i)
        for i in range(role.start, role.end)
        if stream.is_cap(i)
    )


def _holder_after_colon(
    stream: Stream, role: RolePhrase, lexicon: Lexicon
) -> tuple[ParsedName, RolePhrase] | None:
    """'- Camat Pampangan: A, S.Sos': an item that opens with the office (and its place's words)
    names its holder after a colon, and nothing else; a colon elsewhere opens what someone said."""
    opening = ITEM_START.match(stream.text)
    if role.span[0] != (opening.end() if opening else 0):
        return None
    colon = WORDS_TO_COLON.match(stream.text, role.span[1])
    if colon is None:
        return None
    k = _token_after(stream, colon.end())
    name = parse_name(stream, k, lexicon) if k < len(stream) else None
    if name is None or not ITEM_END.match(stream.text, name.char_end):
        return None
    last = _token_after(stream, stream.text.index(":", colon.start()))  # words up to the colon
    return name, role if last == role.end else _extend_with_run(stream, role, last, lexicon)


WORDS_TO_COLON = re.compile(r"(?:\s+[A-Z][\w'’.\-]*){0,3}\s*:\s*(?=[A-Z])")
ITEM_END = re.compile(r"\s*[;,.]?\s*$")
